using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ScriptToMovie.Partner;

/// <summary>One event as it arrived: the Standard Webhooks headers and the body's exact bytes.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, byte[] Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    public string Type => Json.GetProperty("type").GetString() ?? "";
    public string? RunId => Json.GetProperty("data").TryGetProperty("runId", out var r) ? r.GetString() : null;
}

/// <summary>
/// Decode Shorts' webhook receiver. It keeps what arrives and answers 204 at once; whether an event is genuine is
/// decided by <see cref="StandardWebhooks.Verify"/> with the secret of the run it claims to be about.
/// </summary>
public sealed class WebhookReceiver
{
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public void Map(WebApplication app) => app.MapPost("/webhooks/s2m", async (HttpRequest request) =>
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        _received.Enqueue(new ReceivedWebhook(request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
            request.Headers["webhook-signature"].ToString(), body.ToArray()));
        _arrived.Release();
        return Results.NoContent();
    });

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToArray();

    public async Task<ReceivedWebhook> WaitForAsync(Func<ReceivedWebhook, bool> match, TimeSpan within, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(within);
        while (true)
        {
            if (_received.FirstOrDefault(match) is { } found) return found;
            try { await _arrived.WaitAsync(deadline.Token); }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException($"No matching webhook within {within.TotalSeconds:0} s; received: "
                                           + string.Join(", ", _received.Select(w => w.Type)));
            }
        }
    }
}

/// <summary>
/// The receiving side of Standard Webhooks written from the specification (standardwebhooks.com), independently of the
/// server's signer: HMAC-SHA256 keyed with the base64 part of "whsec_…" over "{id}.{timestamp}.{body}", compared in
/// constant time against each "v1,…" entry of the header, and a timestamp within five minutes.
/// </summary>
public static class StandardWebhooks
{
    public static bool Verify(string secret, ReceivedWebhook w, DateTimeOffset now)
    {
        if (!long.TryParse(w.Timestamp, out var seconds) || Math.Abs(now.ToUnixTimeSeconds() - seconds) > 300) return false;
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret);
        var signed = Encoding.UTF8.GetBytes($"{w.Id}.{w.Timestamp}.").Concat(w.Body).ToArray();
        var expected = HMACSHA256.HashData(key, signed);
        foreach (var entry in w.Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(',', 2);
            if (parts.Length != 2 || parts[0] != "v1") continue;
            byte[] given;
            try { given = Convert.FromBase64String(parts[1]); } catch (FormatException) { continue; }
            if (CryptographicOperations.FixedTimeEquals(given, expected)) return true;
        }
        return false;
    }
}

/// <summary>
/// Learns that a run ended from its webhook (run.completed, run.failed or run.cancelled, signature checked), then
/// reads the run once: payloads are thin, the API has the whole state.
/// </summary>
public sealed class WebhookFollower(WebhookReceiver receiver) : IRunFollower
{
    private static readonly string[] Endings = ["run.completed", "run.failed", "run.cancelled"];

    public string? Secret { get; set; }
    public string? EndingEvent { get; private set; }
    public bool SignatureVerified { get; private set; }

    public async Task<JsonElement> UntilEndedAsync(HttpClient s2m, string runId, TimeSpan within, CancellationToken ct)
    {
        var ended = await receiver.WaitForAsync(w => w.RunId == runId && Endings.Contains(w.Type), within, ct);
        EndingEvent = ended.Type;
        SignatureVerified = Secret is not null && StandardWebhooks.Verify(Secret, ended, DateTimeOffset.UtcNow);
        return await s2m.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}", ct);
    }
}
