using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ScriptToMovie.App.Tests.Webhooks;

/// <summary>
/// Another app's webhook receiver on a loopback port: it records every request as it arrived and answers as the test
/// tells it (by the request's number, from 1), so a test can play a receiver that is down, moved, gone or busy.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Hit(int Number, string Path, string? Id, string? Timestamp, string? Signature, byte[] Body, DateTime At)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
        public string Type => Json.GetProperty("type").GetString()!;
    }

    public sealed record Answer(int Status, string? RetryAfter = null, string? Location = null);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Hit> _hits = new();
    private int _count;

    public Func<int, Answer> Answers { get; set; } = _ => new Answer(200);
    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/hook";
    public IReadOnlyList<Hit> Hits => [.. _hits];

    private WebhookReceiver(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    /// <summary>A port nothing listens on yet: a receiver that is down, until <see cref="StartAsync"/> opens it.</summary>
    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public static async Task<WebhookReceiver> StartAsync(int? port = null)
    {
        var p = port ?? FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, p));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, p);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var number = Interlocked.Increment(ref _count);
        _hits.Enqueue(new Hit(number, http.Request.Path, http.Request.Headers["webhook-id"], http.Request.Headers["webhook-timestamp"],
            http.Request.Headers["webhook-signature"], body.ToArray(), DateTime.UtcNow));
        var answer = Answers(number);
        http.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null) http.Response.Headers.RetryAfter = answer.RetryAfter;
        if (answer.Location is not null) http.Response.Headers.Location = answer.Location;
        await http.Response.WriteAsync("a receiver's body the sender must never echo");
    }

    public async Task<Hit> WaitForAsync(Func<Hit, bool> match, double seconds = 60)
    {
        Hit? found = null;
        await TestTime.UntilAsync(() => (found = _hits.FirstOrDefault(match)) is not null, seconds,
            () => $"a matching webhook; received: {string.Join(", ", _hits.Select(h => h.Type))}");
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>
/// A receiver's verification written from the Standard Webhooks spec alone, sharing no code with the server's signer:
/// HMAC-SHA256 over "id.timestamp.body" with the base64 key after "whsec_", any "v1," entry matching, ±5 minutes.
/// </summary>
public static class IndependentVerifier
{
    public static bool Verify(string secret, WebhookReceiver.Hit hit)
    {
        if (hit.Id is null || hit.Timestamp is null || hit.Signature is null) return false;
        if (Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(hit.Timestamp)) > 300) return false;
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var signed = Encoding.UTF8.GetBytes($"{hit.Id}.{hit.Timestamp}.").Concat(hit.Body).ToArray();
        var expected = HMACSHA256.HashData(key, signed);
        return hit.Signature.Split(' ').Any(entry =>
        {
            var parts = entry.Split(',', 2);
            if (parts.Length != 2 || parts[0] != "v1") return false;
            try { return CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(parts[1]), expected); }
            catch (FormatException) { return false; }
        });
    }
}
