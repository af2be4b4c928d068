using System.Net;
using System.Net.Sockets;
using ScriptToMovie.App.Webhooks;

namespace ScriptToMovie.App.Tests.Webhooks;

/// <summary>SSRF: what a webhook may not reach, decided on the address connected to, through an injected resolver.</summary>
public class WebhookConnectionTests
{
    private sealed class Resolver(Dictionary<string, string[]> names) : IWebhookResolver
    {
        public List<string> Asked { get; } = [];
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
        {
            Asked.Add(host);
            return Task.FromResult(names.TryGetValue(host, out var a) ? a.Select(IPAddress.Parse).ToArray() : []);
        }
    }

    private static readonly Resolver Names = new(new()
    {
        ["metadata.attacker.example"] = ["169.254.169.254"],
        ["intranet.attacker.example"] = ["10.0.0.1"],
        ["mixed.attacker.example"] = ["93.184.215.14", "192.168.1.1"],
        ["partner.example"] = ["93.184.215.14"],
        ["v6.attacker.example"] = ["::ffff:127.0.0.1"],
    });

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("10.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("::1")]
    [InlineData("0x7f000001")]
    [InlineData("127.1")]
    [InlineData("metadata.attacker.example")]
    [InlineData("intranet.attacker.example")]
    [InlineData("mixed.attacker.example")]
    [InlineData("v6.attacker.example")]
    [InlineData("[fd00::1]")]
    [InlineData("100.64.0.1")]
    public async Task Special_purpose_addresses_are_refused_however_they_are_written(string host)
    {
        var refused = await Assert.ThrowsAsync<WebhookAddressRefused>(() => WebhookConnections.CheckedAddressAsync(Names, host, allowPrivate: false, default));
        Assert.Contains("may not reach", refused.Message);
    }

    [Fact]
    public async Task A_public_address_is_the_one_connected_to_and_private_networks_may_be_allowed_for_tests()
    {
        Assert.Equal(IPAddress.Parse("93.184.215.14"), await WebhookConnections.CheckedAddressAsync(Names, "partner.example", false, default));
        Assert.Equal(IPAddress.Parse("10.0.0.1"), await WebhookConnections.CheckedAddressAsync(Names, "intranet.attacker.example", true, default));
    }

    [Fact]
    public async Task The_handler_refuses_at_connect_time_without_sending_anything()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var resolver = new Resolver(new() { ["rebinding.attacker.example"] = ["127.0.0.1"] });
        using var client = new HttpClient(WebhookConnections.Handler(resolver, allowPrivate: false));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync($"http://rebinding.attacker.example:{port}/hook", new StringContent("{}")));

        Assert.IsType<WebhookAddressRefused>(error.InnerException);
        Assert.Contains("rebinding.attacker.example", resolver.Asked);
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var serve = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync();
            var buffer = new byte[4096];
            await socket.ReceiveAsync(buffer);
            await socket.SendAsync("HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray());
        });
        using var client = new HttpClient(WebhookConnections.Handler(new Resolver(new() { ["receiver.test"] = ["127.0.0.1"] }), allowPrivate: true));

        var response = await client.PostAsync($"http://receiver.test:{port}/hook", new StringContent("{}"));
        await serve;

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
    }

    [Theory]
    [InlineData("http://partner.example/hook", false, "must use https")]
    [InlineData("ftp://partner.example/hook", false, "absolute https")]
    [InlineData("https://user:pw@partner.example/hook", false, "user name")]
    [InlineData("not a url", false, "absolute https")]
    public void A_webhook_url_is_https_without_credentials(string url, bool allowPrivate, string expected)
    {
        Assert.Contains(expected, Assert.Throws<WebhookAddressRefused>(() => WebhookConnections.CheckUrl(url, allowPrivate)).Message);
    }
}
