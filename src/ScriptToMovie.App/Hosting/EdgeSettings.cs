using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Hosting;

/// <summary>How the server meets the network: which proxies are trusted, and how its logs are written.</summary>
public sealed record EdgeSettings
{
    [Setting("TRUSTED_PROXIES", "Proxies whose X-Forwarded-For/-Proto are believed (addresses or CIDR networks, comma list); absent = loopback only.")]
    public IReadOnlyList<string> TrustedProxies { get; init; } = [];

    [Setting("LOG_FORMAT", "text or json (one JSON object per log line). Outside Development, request logs are at Warning.")]
    [AllowedValues("text", "json")]
    public string LogFormat { get; init; } = "text";

    public bool JsonLogs => LogFormat == "json";

    public static EdgeSettings From(IConfiguration c) => SettingsBinder.Bind<EdgeSettings>(c);

    /// <summary>Entries of TRUSTED_PROXIES that are neither an address nor a network, as sentences.</summary>
    public IEnumerable<string> Problems() =>
        TrustedProxies.Where(e => !IPAddress.TryParse(e, out _) && !System.Net.IPNetwork.TryParse(e, out _))
            .Select(e => $"TRUSTED_PROXIES must list IP addresses or networks such as 10.0.0.0/8; got '{e}'.");

    public void Apply(ForwardedHeadersOptions o)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        if (TrustedProxies.Count == 0) return; // ASP.NET Core's default: loopback only
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        foreach (var entry in TrustedProxies)
        {
            if (entry.Contains('/') && System.Net.IPNetwork.TryParse(entry, out var network)) o.KnownIPNetworks.Add(network);
            else if (IPAddress.TryParse(entry, out var address)) o.KnownProxies.Add(address);
        }
    }
}
