using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ScriptToMovie.App.Hosting;

/// <summary>How the server meets the network: which proxies are trusted, and how its logs are written.</summary>
public sealed record EdgeSettings
{
    /// <summary>TRUSTED_PROXIES: addresses or networks (CIDR) whose X-Forwarded-For/-Proto are believed.
    /// Absent = loopback only (a proxy on the same machine).</summary>
    public IReadOnlyList<IPAddress> TrustedProxies { get; init; } = [];
    public IReadOnlyList<System.Net.IPNetwork> TrustedNetworks { get; init; } = [];
    /// <summary>LOG_FORMAT=json: one JSON object per log line, for log collectors.</summary>
    public bool JsonLogs { get; init; }

    public static EdgeSettings From(IConfiguration c)
    {
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in Settings.AppSettings.ParseList(c["TRUSTED_PROXIES"]))
        {
            if (entry.Contains('/') && System.Net.IPNetwork.TryParse(entry, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) proxies.Add(address);
            else throw new InvalidOperationException($"TRUSTED_PROXIES has \"{entry}\", which is neither an IP address nor a network such as 10.0.0.0/8.");
        }
        return new EdgeSettings
        {
            TrustedProxies = proxies,
            TrustedNetworks = networks,
            JsonLogs = string.Equals(c["LOG_FORMAT"]?.Trim(), "json", StringComparison.OrdinalIgnoreCase),
        };
    }

    public void Apply(ForwardedHeadersOptions o)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        if (TrustedProxies.Count == 0 && TrustedNetworks.Count == 0) return; // ASP.NET Core's default: loopback only
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        foreach (var p in TrustedProxies) o.KnownProxies.Add(p);
        foreach (var n in TrustedNetworks) o.KnownIPNetworks.Add(n);
    }
}
