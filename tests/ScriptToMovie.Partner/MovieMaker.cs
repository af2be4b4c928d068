using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptToMovie.Fakes.Oidc;

namespace ScriptToMovie.Partner;

/// <param name="S2mUrl">Script-to-Movie's base URL.</param>
/// <param name="ServiceToken">Decode Shorts' own service token (s2m_…), made once on Script-to-Movie's Integrations page.</param>
/// <param name="User">The Decode Shorts user the movie is for: subject, email, name.</param>
/// <param name="FollowByWebhook">Learn that the run ended from its signed webhook instead of by polling.</param>
public sealed record MovieOrder(string S2mUrl, string ServiceToken, PartnerUser User, string Title, string Script, string ExternalRef, double WaitSeconds,
    bool FollowByWebhook = false);
public sealed record PartnerUser(string Subject, string Email, string Name);
/// <summary>What Decode Shorts learnt: the run's end state and, for a finished movie, where it saved the MP4.</summary>
/// <param name="EndingEvent">The webhook that said the run ended (run.completed, run.failed, run.cancelled), when followed by webhook.</param>
/// <param name="SignatureVerified">Whether that webhook's Standard Webhooks signature checked out with the run's secret.</param>
public sealed record MovieOutcome(string RunId, string Status, string? Message, IReadOnlyList<string> FailureMessages, string? MoviePath, int? CreateStatus, string? Problem,
    string? EndingEvent = null, bool SignatureVerified = false);

/// <summary>How the partner learns that a run ended: polling today; a webhook receiver later.</summary>
public interface IRunFollower
{
    Task<JsonElement> UntilEndedAsync(HttpClient s2m, string runId, TimeSpan within, CancellationToken ct);
}

public sealed class PollingFollower : IRunFollower
{
    public async Task<JsonElement> UntilEndedAsync(HttpClient s2m, string runId, TimeSpan within, CancellationToken ct)
    {
        var until = DateTime.UtcNow + within;
        JsonElement run;
        do
        {
            run = await s2m.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}", ct);
            if (run.GetProperty("status").GetString() is not ("queued" or "running")) return run;
            await Task.Delay(250, ct);
        } while (DateTime.UtcNow < until);
        throw new TimeoutException($"Run {runId} did not end within {within.TotalSeconds:0} s; last seen: {run}");
    }
}

/// <summary>
/// Decode Shorts makes a movie for one of its users: it signs the user's access token with its own provider, and
/// calls Script-to-Movie with its service token acting for that user (S2M-On-Behalf-Of), so the run is the user's.
/// </summary>
public sealed class MovieMaker(FakeIdentityProvider identity, IRunFollower follower, string? webhookUrl = null)
{
    public async Task<MovieOutcome> MakeAsync(MovieOrder order, CancellationToken ct)
    {
        var userToken = identity.Issue(order.User.Subject, order.User.Email, order.User.Name, ["runs:write", "runs:read", "media:read"], PartnerApp.Audience);
        // No cookie container: everything rides on the two tokens.
        using var s2m = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(order.S2mUrl) };
        s2m.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", order.ServiceToken);
        s2m.DefaultRequestHeaders.Add("S2M-On-Behalf-Of", userToken);

        var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/runs")
        {
            Content = JsonContent.Create(new { title = order.Title, script = order.Script, externalRef = order.ExternalRef, webhookUrl }),
        };
        create.Headers.Add("Idempotency-Key", order.ExternalRef);
        var created = await s2m.SendAsync(create, ct);
        if (!created.IsSuccessStatusCode)
            return new MovieOutcome("", "refused", null, [], null, (int)created.StatusCode, await created.Content.ReadAsStringAsync(ct));
        var runId = (await created.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetString()!;
        // The run's own webhook secret comes once, in the answer that made it.
        if (follower is WebhookFollower hooks && created.Headers.TryGetValues("Webhook-Secret", out var secrets)) hooks.Secret = secrets.First();

        var run = await follower.UntilEndedAsync(s2m, runId, TimeSpan.FromSeconds(order.WaitSeconds), ct);
        var status = run.GetProperty("status").GetString()!;
        var failures = run.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("message").GetString()!).ToList();
        string? moviePath = null;
        if (status is "completed" or "completed_with_errors")
        {
            var media = await s2m.GetFromJsonAsync<JsonElement>(run.GetProperty("links").GetProperty("media").GetString()!, ct);
            if (media.GetProperty("movie").ValueKind == JsonValueKind.Object)
            {
                // The signed link on its own: a fresh client with no token and no cookie, as a download job would be.
                using var bare = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(order.S2mUrl) };
                var bytes = await bare.GetByteArrayAsync(media.GetProperty("movie").GetProperty("url").GetString()!, ct);
                moviePath = Path.Combine(Path.GetTempPath(), $"decode-shorts-{runId}.mp4");
                await File.WriteAllBytesAsync(moviePath, bytes, ct);
            }
        }
        var hook = follower as WebhookFollower;
        return new MovieOutcome(runId, status, run.GetProperty("message").GetString(), failures, moviePath, (int)created.StatusCode, null,
            hook?.EndingEvent, hook?.SignatureVerified ?? false);
    }
}
