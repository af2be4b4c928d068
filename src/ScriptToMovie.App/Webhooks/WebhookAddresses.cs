using System.Net;
using System.Net.Sockets;

namespace ScriptToMovie.App.Webhooks;

/// <summary>
/// The addresses a webhook may never reach: every special-purpose IPv4 and IPv6 range (loopback, private, link-local
/// with the cloud metadata service, CGNAT, documentation, multicast, reserved), IPv4-mapped IPv6 unwrapped first.
/// Checked on the address actually connected to, so a name that resolves somewhere else at send time gains nothing.
/// </summary>
public static class WebhookAddresses
{
    private static readonly (IPAddress Network, int Bits)[] Blocked =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "2002::/16",
            "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
        }.Select(Parse),
    ];

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return !Blocked.Any(b => b.Network.AddressFamily == address.AddressFamily && InRange(address, b.Network, b.Bits));
    }

    private static bool InRange(IPAddress address, IPAddress network, int bits)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        for (var i = 0; i < a.Length && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : 0xFF << (8 - bits) & 0xFF;
            if ((a[i] & mask) != (n[i] & mask)) return false;
        }
        return true;
    }

    private static (IPAddress, int) Parse(string cidr)
    {
        var slash = cidr.IndexOf('/');
        return (IPAddress.Parse(cidr[..slash]), int.Parse(cidr[(slash + 1)..]));
    }
}

/// <summary>Name resolution, injectable so tests can make a name resolve to a private address without real traffic.</summary>
public interface IWebhookResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct);
}

public sealed class DnsWebhookResolver : IWebhookResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Dns.GetHostAddressesAsync(host, ct);
}

/// <summary>A webhook URL or address that is refused, with a sentence that names the rule, never the network's answer.</summary>
public sealed class WebhookAddressRefused(string message) : Exception(message);

/// <summary>
/// The HTTP handler every webhook delivery goes through: resolves the host itself, refuses if any address is
/// special-purpose (unless private networks are allowed for tests and private deployments), connects to the
/// checked address, follows no redirect and gives up quickly.
/// </summary>
public static class WebhookConnections
{
    public static SocketsHttpHandler Handler(IWebhookResolver resolver, bool allowPrivate) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        ConnectCallback = async (context, ct) =>
        {
            var address = await CheckedAddressAsync(resolver, context.DnsEndPoint.Host, allowPrivate, ct);
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>The address to connect to; refuses when any address the host has is special-purpose.</summary>
    public static async Task<IPAddress> CheckedAddressAsync(IWebhookResolver resolver, string host, bool allowPrivate, CancellationToken ct)
    {
        // IPAddress.TryParse reads hex and dword forms (0x7f000001) too, so they are checked as the address they are.
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolver.ResolveAsync(host, ct);
        if (addresses.Length == 0) throw new WebhookAddressRefused("The webhook's host name does not resolve.");
        if (!allowPrivate && addresses.FirstOrDefault(a => !WebhookAddresses.IsPublic(a)) is not null)
            throw new WebhookAddressRefused("The webhook's address is a private, loopback or otherwise special-purpose address, which webhooks may not reach.");
        return addresses[0];
    }

    /// <summary>The URL check at registration, for quick feedback; the connect-time check is the one that protects.</summary>
    public static Uri CheckUrl(string? url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            throw new WebhookAddressRefused("A webhook URL must be an absolute https:// address.");
        if (uri.Scheme == "http" && !allowPrivate)
            throw new WebhookAddressRefused("A webhook URL must use https://.");
        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
            throw new WebhookAddressRefused("A webhook URL may not contain a user name, a password or a #fragment.");
        return uri;
    }
}
