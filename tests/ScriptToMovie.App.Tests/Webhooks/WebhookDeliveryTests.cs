using System.Net.Http.Json;
using System.Text.Json;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Integrations;
using ScriptToMovie.App.Tests.Pipeline;

namespace ScriptToMovie.App.Tests.Webhooks;

/// <summary>Webhooks from another app's side: registered, signed, retried, disabled, resent, and never lost.</summary>
[Trait("Category", "Api")]
public class WebhookDeliveryTests : IClassFixture<WebhookDeliveryTests.WebhookFactory>
{
    /// <summary>Loopback receivers allowed, and a retry schedule of fifths of a second so retries happen within a test.</summary>
    public sealed class WebhookFactory : AppFactory
    {
        public WebhookFactory()
        {
            Settings["VIDEO_PROVIDER"] = "mock";
            Settings["MOCK_VIDEO_FAIL_SCENES"] = "2";
            Fast(Settings);
        }

        public static void Fast(IDictionary<string, string?> settings)
        {
            settings["WEBHOOKS_ALLOW_PRIVATE_NETWORKS"] = "true";
            settings["WEBHOOK_RETRY_SCHEDULE"] = "200ms,200ms,200ms,200ms,200ms,200ms,200ms,200ms";
            // As often as a retry falls due; polling faster only competes with the run for the (SQLite) database.
            settings["WEBHOOK_POLL_SECONDS"] = "0.2";
            settings["WEBHOOK_TIMEOUT_SECONDS"] = TestTime.SettingSeconds(5);
            settings["WEBHOOK_CLAIM_SECONDS"] = TestTime.SettingSeconds(20);
        }
    }

    public const string OneScene = """
        INT. LIGHTHOUSE - NIGHT

        ELSA (60s, weathered, yellow oilskin) trims the lamp.

        ELSA
        One more night.
        """;

    private readonly WebhookFactory _app;
    public WebhookDeliveryTests(WebhookFactory app) => _app = app;

    private static async Task<(int Id, string Secret)> RegisterAsync(HttpClient user, string url, params string[] events)
    {
        var created = await user.PostAsJsonAsync("/api/webhooks", new { url, events = events.Length == 0 ? null : events, description = "Decode Shorts" });
        Assert.Equal(201, (int)created.StatusCode);
        var json = await created.ReadJsonAsync();
        var secret = json.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        return (json.GetProperty("endpoint").GetProperty("id").GetInt32(), secret);
    }

    private static async Task<JsonElement> DeliveryAsync(HttpClient user, int endpointId, Func<JsonElement, bool> match, double seconds = 60)
    {
        JsonElement found = default;
        await TestTime.UntilAsync(async () =>
        {
            var page = await user.GetJsonAsync($"/api/webhooks/{endpointId}/deliveries");
            foreach (var d in page.GetProperty("items").EnumerateArray())
                if (match(d)) { found = d; return true; }
            return false;
        }, seconds, () => $"a matching delivery of endpoint {endpointId}; last: {found}");
        return found;
    }

    [Fact]
    public async Task An_offline_run_that_completes_sends_run_started_and_run_completed_signed_so_an_independent_verifier_accepts_them()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var user = await _app.SignedInClientAsync();
        var (endpointId, secret) = await RegisterAsync(user, receiver.Url, "run.started", "run.completed");
        var (token, _) = await user.CreateTokenAsync("runs:write", "runs:read");
        var partner = _app.TokenClient(token);

        var run = await (await partner.PostAsJsonAsync("/api/v1/runs", new { title = "Lighthouse", script = OneScene, externalRef = "ds-7" })).ReadJsonAsync();
        var runId = run.GetProperty("id").GetString()!;
        var done = await RunsApiTests.WaitForApiRunAsync(partner, runId);
        Assert.Equal("completed", done.GetProperty("status").GetString());

        var completed = await receiver.WaitForAsync(h => h.Type == "run.completed");
        Assert.True(IndependentVerifier.Verify(secret, completed), "The run.completed signature did not verify.");
        var data = completed.Json.GetProperty("data");
        Assert.Equal(runId, data.GetProperty("runId").GetString());
        Assert.Equal("ds-7", data.GetProperty("externalRef").GetString());
        Assert.Equal("completed", data.GetProperty("status").GetString());
        Assert.Equal(done.GetProperty("message").GetString(), data.GetProperty("message").GetString());
        Assert.Equal($"/api/v1/runs/{runId}/media", data.GetProperty("links").GetProperty("media").GetString());
        Assert.StartsWith("msg_", completed.Id);

        var started = await receiver.WaitForAsync(h => h.Type == "run.started");
        Assert.True(IndependentVerifier.Verify(secret, started));
        Assert.Equal(runId, started.Json.GetProperty("data").GetProperty("runId").GetString());

        var delivered = await DeliveryAsync(user, endpointId, d => d.GetProperty("eventType").GetString() == "run.completed" && d.GetProperty("status").GetString() == "delivered");
        Assert.Equal(1, delivered.GetProperty("attempts").GetInt32());
        Assert.Equal(200, delivered.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(completed.Id, delivered.GetProperty("messageId").GetString());
    }

    [Fact]
    public async Task A_failed_scene_sends_scene_failed_with_the_scenes_sentence_and_a_failed_run_sends_run_failed_with_the_runs_sentence()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var user = await _app.SignedInClientAsync();
        var (_, secret) = await RegisterAsync(user, receiver.Url, "run.completed", "run.failed", "scene.failed");
        var (token, _) = await user.CreateTokenAsync("runs:write", "runs:read");
        var partner = _app.TokenClient(token);

        // Scene 2's clip fails (MOCK_VIDEO_FAIL_SCENES=2): the run completes with errors and names the scene.
        var run = await (await partner.PostAsJsonAsync("/api/v1/runs", new { title = "Garden", script = RunControlTests.ThreeScenes })).ReadJsonAsync();
        var runId = run.GetProperty("id").GetString()!;
        var done = await RunsApiTests.WaitForApiRunAsync(partner, runId);
        var sceneFailure = done.GetProperty("failures").EnumerateArray().Single(f => f.GetProperty("sceneId").ValueKind == JsonValueKind.Number);
        var sceneFailed = await receiver.WaitForAsync(h => h.Type == "scene.failed");
        Assert.True(IndependentVerifier.Verify(secret, sceneFailed));
        Assert.Equal(sceneFailure.GetProperty("message").GetString(), sceneFailed.Json.GetProperty("data").GetProperty("message").GetString());
        Assert.Equal(2, sceneFailed.Json.GetProperty("data").GetProperty("sceneNumber").GetInt32());
        var completed = await receiver.WaitForAsync(h => h.Type == "run.completed" && h.Json.GetProperty("data").GetProperty("runId").GetString() == runId);
        Assert.Equal("completed_with_errors", completed.Json.GetProperty("data").GetProperty("status").GetString());

        // A media folder that refuses writes fails the whole run: run.failed carries the sentence the UI shows.
        var project = await user.CreateProjectAsync("Nowhere to save", RunControlTests.ThreeScenes);
        var clips = Path.Combine(_app.DataDirectory, "media", project.ToString(), "clips");
        Directory.CreateDirectory(Path.GetDirectoryName(clips)!);
        await File.WriteAllTextAsync(clips, "a file where the clips folder must be");
        await user.StartAsync($"/api/workflow/{project}/start");
        var status = await user.WaitForRunAsync(project);
        Assert.Equal("failed", status.GetProperty("status").GetString());

        var failed = await receiver.WaitForAsync(h => h.Type == "run.failed");
        Assert.True(IndependentVerifier.Verify(secret, failed));
        Assert.Equal(StorageFailedException.UserMessage, failed.Json.GetProperty("data").GetProperty("message").GetString());
        Assert.Equal(project, failed.Json.GetProperty("data").GetProperty("projectId").GetInt32());
        Assert.Equal("failed", failed.Json.GetProperty("data").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_receiver_that_is_down_for_the_first_attempts_gets_the_event_once_it_is_up()
    {
        var port = WebhookReceiver.FreePort();
        var user = await _app.SignedInClientAsync();
        var (endpointId, secret) = await RegisterAsync(user, $"http://127.0.0.1:{port}/hook");

        var test = await (await user.PostAsync($"/api/webhooks/{endpointId}/test", null)).ReadJsonAsync();
        var failing = await DeliveryAsync(user, endpointId, d => d.GetProperty("attempts").GetInt32() >= 2);
        Assert.Equal("pending", failing.GetProperty("status").GetString());
        Assert.Equal("Could not connect to the receiver.", failing.GetProperty("lastError").GetString());

        await using var receiver = await WebhookReceiver.StartAsync(port);
        var hit = await receiver.WaitForAsync(h => h.Type == "webhook.test");
        Assert.Equal(test.GetProperty("messageId").GetString(), hit.Id);
        Assert.True(IndependentVerifier.Verify(secret, hit));
        var delivered = await DeliveryAsync(user, endpointId, d => d.GetProperty("status").GetString() == "delivered");
        Assert.True(delivered.GetProperty("attempts").GetInt32() >= 3);
        Assert.Single(receiver.Hits);
    }

    [Fact]
    public async Task A_410_turns_the_endpoint_off_and_a_redirect_counts_as_a_failure_that_is_not_followed()
    {
        await using var gone = await WebhookReceiver.StartAsync();
        gone.Answers = _ => new WebhookReceiver.Answer(410);
        var user = await _app.SignedInClientAsync();
        var (goneId, _) = await RegisterAsync(user, gone.Url);
        await user.PostAsync($"/api/webhooks/{goneId}/test", null);
        var refused = await DeliveryAsync(user, goneId, d => d.GetProperty("status").GetString() == "failed");
        Assert.Equal(410, refused.GetProperty("lastStatusCode").GetInt32());
        var endpoint = (await user.GetJsonAsync("/api/webhooks")).EnumerateArray().Single(e => e.GetProperty("id").GetInt32() == goneId);
        Assert.False(endpoint.GetProperty("enabled").GetBoolean());
        Assert.Contains("410", endpoint.GetProperty("disabledReason").GetString());
        Assert.Contains("turned off", await (await user.PostAsync($"/api/webhooks/{goneId}/test", null)).AssertProblemAsync(409));
        Assert.Single(gone.Hits);

        await using var moved = await WebhookReceiver.StartAsync();
        moved.Answers = n => n <= 2 ? new WebhookReceiver.Answer(302, Location: moved.Url + "/elsewhere") : new WebhookReceiver.Answer(204);
        var (movedId, _) = await RegisterAsync(user, moved.Url);
        await user.PostAsync($"/api/webhooks/{movedId}/test", null);
        var redirected = await DeliveryAsync(user, movedId, d => d.GetProperty("lastStatusCode").ValueKind == JsonValueKind.Number);
        Assert.Equal(302, redirected.GetProperty("lastStatusCode").GetInt32());
        Assert.Contains("redirect", redirected.GetProperty("lastError").GetString());
        Assert.DoesNotContain("never echo", redirected.GetProperty("lastError").GetString());
        var delivered = await DeliveryAsync(user, movedId, d => d.GetProperty("status").GetString() == "delivered");
        Assert.Equal(3, delivered.GetProperty("attempts").GetInt32());
        Assert.All(moved.Hits, h => Assert.Equal("/hook", h.Path));
    }

    [Fact]
    public async Task Retry_after_is_honoured_over_the_schedule()
    {
        await using var busy = await WebhookReceiver.StartAsync();
        busy.Answers = n => n == 1 ? new WebhookReceiver.Answer(503, RetryAfter: "2") : new WebhookReceiver.Answer(200);
        var user = await _app.SignedInClientAsync();
        var (id, _) = await RegisterAsync(user, busy.Url);
        await user.PostAsync($"/api/webhooks/{id}/test", null);

        var second = await busy.WaitForAsync(h => h.Number == 2);
        var first = busy.Hits.Single(h => h.Number == 1);
        // The schedule alone would retry after about 0.2 s.
        Assert.True(second.At - first.At >= TimeSpan.FromSeconds(1.9), $"Retried after {(second.At - first.At).TotalSeconds:0.00} s, not after Retry-After's 2 s.");
        Assert.Equal(first.Id, second.Id);
        Assert.NotEqual("", second.Timestamp);
    }

    [Fact]
    public async Task A_rotated_secret_signs_beside_the_old_one_and_redeliver_sends_the_same_event_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var user = await _app.SignedInClientAsync();
        var (id, oldSecret) = await RegisterAsync(user, receiver.Url);
        var rotated = await (await user.PostAsync($"/api/webhooks/{id}/rotate-secret", null)).ReadJsonAsync();
        var newSecret = rotated.GetProperty("secret").GetString()!;
        Assert.NotEqual(oldSecret, newSecret);
        Assert.True(rotated.GetProperty("previousSecretUntil").GetDateTime() > DateTime.UtcNow.AddHours(1));

        await user.PostAsync($"/api/webhooks/{id}/test", null);
        var hit = await receiver.WaitForAsync(h => h.Type == "webhook.test");
        Assert.Equal(2, hit.Signature!.Split(' ').Length);
        Assert.True(IndependentVerifier.Verify(newSecret, hit));
        Assert.True(IndependentVerifier.Verify(oldSecret, hit));

        var delivery = await DeliveryAsync(user, id, d => d.GetProperty("status").GetString() == "delivered");
        var again = await user.PostAsync($"/api/webhooks/{id}/deliveries/{delivery.GetProperty("id").GetInt32()}/redeliver", null);
        Assert.Equal(202, (int)again.StatusCode);
        var resent = await receiver.WaitForAsync(h => h.Number == 2);
        Assert.Equal(hit.Id, resent.Id);
        Assert.Equal(hit.Body, resent.Body);
    }

    [Fact]
    public async Task Another_users_endpoint_is_not_found_and_a_token_needs_the_webhooks_scope()
    {
        var owner = await _app.SignedInClientAsync();
        var (id, _) = await RegisterAsync(owner, "http://127.0.0.1:9/hook");
        var stranger = await _app.SignedInClientAsync();

        Assert.Empty((await stranger.GetJsonAsync("/api/webhooks")).EnumerateArray());
        await (await stranger.GetAsync($"/api/webhooks/{id}/deliveries")).AssertProblemAsync(404);
        await (await stranger.PatchAsJsonAsync($"/api/webhooks/{id}", new { enabled = false })).AssertProblemAsync(404);
        await (await stranger.PostAsync($"/api/webhooks/{id}/test", null)).AssertProblemAsync(404);
        await (await stranger.PostAsync($"/api/webhooks/{id}/rotate-secret", null)).AssertProblemAsync(404);
        await (await stranger.DeleteAsync($"/api/webhooks/{id}")).AssertProblemAsync(404);
        Assert.Single((await owner.GetJsonAsync("/api/webhooks")).EnumerateArray());

        var (runsOnly, _) = await owner.CreateTokenAsync("runs:read");
        Assert.Equal(403, (int)(await _app.TokenClient(runsOnly).GetAsync("/api/webhooks")).StatusCode);
        var (hooks, _) = await owner.CreateTokenAsync("webhooks:write");
        var listed = await _app.TokenClient(hooks).GetJsonAsync("/api/webhooks");
        Assert.Equal(id, listed.EnumerateArray().Single().GetProperty("id").GetInt32());
        Assert.Equal(204, (int)(await _app.TokenClient(hooks).DeleteAsync($"/api/webhooks/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_url_must_be_https_unless_private_networks_are_allowed()
    {
        using var strict = new AppFactory();
        var user = await strict.SignedInClientAsync();
        Assert.Contains("https", await (await user.PostAsJsonAsync("/api/webhooks", new { url = "http://example.com/hook" })).AssertProblemAsync(400));
        Assert.Contains("private", await (await user.PostAsJsonAsync("/api/webhooks", new { url = "https://169.254.169.254/latest" })).AssertProblemAsync(400));
        Assert.Contains("not an event", await (await user.PostAsJsonAsync("/api/webhooks", new { url = "https://example.com/hook", events = new[] { "run.exploded" } })).AssertProblemAsync(400));
    }
}
