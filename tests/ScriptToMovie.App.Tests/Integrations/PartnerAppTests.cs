using System.Net.Http.Json;
using System.Text.Json;
using ScriptToMovie.App.Tests.EndToEnd;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Integrations;

/// <summary>
/// The seed's Stage 4 without our UI: Decode Shorts (tests/ScriptToMovie.Partner, its own process with its own
/// OpenID Connect provider) makes a movie for one of its users with its service token acting for that user, follows
/// the run, downloads the MP4 through the signed link with no cookie; with a clip failing it reads the seed's sentence.
/// </summary>
[Trait("Category", "Api")]
public sealed class PartnerAppTests : IClassFixture<PartnerAppTests.TwoApps>
{
    private readonly TwoApps _apps;
    public PartnerAppTests(TwoApps apps) => _apps = apps;

    public sealed class TwoApps : IAsyncLifetime
    {
        private readonly string _data = Directory.CreateTempSubdirectory("s2m-partner-").FullName;
        private AppProcess? _partner, _s2m;
        public string PartnerUrl { get; } = $"http://127.0.0.1:{AppProcess.FreePort()}";
        public string S2mUrl { get; } = $"http://127.0.0.1:{AppProcess.FreePort()}";
        public string ServiceToken { get; private set; } = "";
        public HttpClient Partner { get; } = new() { Timeout = TimeSpan.FromMinutes(10) };

        public static string PartnerDll => Path.Combine(Repository.Root, "tests", "ScriptToMovie.Partner", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "ScriptToMovie.Partner.dll");

        public async Task InitializeAsync()
        {
            _partner = AppProcess.StartDll(PartnerDll, ["--urls", PartnerUrl], new Dictionary<string, string>());
            var env = AppProcess.QuickPipeline(_data);
            env["PIPELINE_EVENTS_POLL_SECONDS"] = "0.1";
            env["CLIP_RETRY_DELAY_MS"] = "10";
            env["VIDEO_PROVIDER"] = "mock";
            env["MOCK_VIDEO_FAIL_SCENES"] = "2"; // a one-scene script succeeds, the three-scene one loses its second clip
            env["AUTH_OIDC_AUTHORITY"] = PartnerUrl;
            env["AUTH_OIDC_AUDIENCE"] = "script-to-movie";
            // The partner's webhook receiver is on this machine's loopback address.
            env["WEBHOOKS_ALLOW_PRIVATE_NETWORKS"] = "true";
            env["WEBHOOK_POLL_SECONDS"] = "0.2";
            _s2m = AppProcess.Start(["serve", "--urls", S2mUrl], env);
            try
            {
                await AppProcess.WaitForHttpAsync($"{PartnerUrl}/healthz", TimeSpan.FromSeconds(60));
                await AppProcess.WaitForHttpAsync($"{S2mUrl}/readyz", TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException e) { throw new TimeoutException($"{e.Message}\npartner:\n{_partner.Output}\napp:\n{_s2m.Output}"); }

            // Decode Shorts' operator signs up once and makes a service token on the Integrations page.
            using var operatorClient = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(S2mUrl) };
            var email = $"ops-{Guid.NewGuid():N}@decodeshorts.example";
            (await operatorClient.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "Decode Shorts" })).EnsureSuccessStatusCode();
            (await operatorClient.PostAsJsonAsync("/api/auth/login", new { email, password = "password123" })).EnsureSuccessStatusCode();
            ServiceToken = (await operatorClient.CreateTokenAsync("runs:write", "runs:read", "media:read")).Token;
        }

        public async Task<JsonElement> OrderMovieAsync(string subject, string script, bool followByWebhook = true)
        {
            var order = new
            {
                s2mUrl = S2mUrl, serviceToken = ServiceToken,
                user = new { subject, email = $"{subject}@decodeshorts.example", name = "Decode Shorts User" },
                title = "Short for " + subject, script, externalRef = "ds-" + subject,
                waitSeconds = TestTime.Scaled(TimeSpan.FromSeconds(180)).TotalSeconds, followByWebhook,
            };
            var answer = await Partner.PostAsJsonAsync($"{PartnerUrl}/movies", order);
            Assert.True(answer.IsSuccessStatusCode, $"{answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}\napp:\n{_s2m?.Output}");
            return await answer.ReadJsonAsync();
        }

        public Task DisposeAsync()
        {
            Partner.Dispose();
            _s2m?.Dispose();
            _partner?.Dispose();
            try { Directory.Delete(_data, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Decode_Shorts_makes_a_movie_for_its_user_and_downloads_a_playable_MP4_without_a_cookie()
    {
        var outcome = await _apps.OrderMovieAsync("user-" + Guid.NewGuid().ToString("N")[..8], Samples.CoffeeShop);

        Assert.Equal("completed", outcome.GetProperty("status").GetString());
        // Decode Shorts heard of it by webhook, and the signature checked out with its own verifier.
        Assert.Equal("run.completed", outcome.GetProperty("endingEvent").GetString());
        Assert.True(outcome.GetProperty("signatureVerified").GetBoolean());
        var path = outcome.GetProperty("moviePath").GetString()!;
        try
        {
            var info = await new Probe(new ProcessRunner()).ReadAsync(path);
            Assert.NotNull(info.Video);
            Assert.True(info.Duration > TimeSpan.Zero);
        }
        finally { File.Delete(path); }

        // The run belongs to the Decode Shorts user, not to the service token's own account.
        using var serviceAlone = new HttpClient { BaseAddress = new Uri(_apps.S2mUrl) };
        serviceAlone.DefaultRequestHeaders.Authorization = new("Bearer", _apps.ServiceToken);
        Assert.Equal(404, (int)(await serviceAlone.GetAsync($"/api/v1/runs/{outcome.GetProperty("runId").GetString()}")).StatusCode);
    }

    [Fact]
    public async Task With_the_video_provider_failing_Decode_Shorts_reads_the_seeds_sentence()
    {
        var outcome = await _apps.OrderMovieAsync("user-" + Guid.NewGuid().ToString("N")[..8], RunControlTests.ThreeScenes);

        Assert.Equal("completed_with_errors", outcome.GetProperty("status").GetString());
        // A run whose scenes partly failed still ends as run.completed (status completed_with_errors), signed.
        Assert.Equal("run.completed", outcome.GetProperty("endingEvent").GetString());
        Assert.True(outcome.GetProperty("signatureVerified").GetBoolean());
        Assert.Equal("1 of 3 scenes failed to generate. You can retry failed scenes or continue with the completed clips.",
            outcome.GetProperty("message").GetString());
        Assert.NotEmpty(outcome.GetProperty("failureMessages").EnumerateArray());
    }
}
