using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Integrations;

/// <summary>The seed's Stage 4 from another app's side: a token, one POST, a poll, a signed link to the MP4, no cookie.</summary>
[Trait("Category", "Api")]
public class RunsApiTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public RunsApiTests(AppFactory app) => _app = app;

    public static async Task<JsonElement> WaitForApiRunAsync(HttpClient partner, string runId)
    {
        var within = TestTime.Scaled(TimeSpan.FromSeconds(120));
        var until = DateTime.UtcNow + within;
        JsonElement run = default;
        while (DateTime.UtcNow < until)
        {
            run = await partner.GetJsonAsync($"/api/v1/runs/{runId}");
            if (run.GetProperty("status").GetString() is not ("queued" or "running")) return run;
            await Task.Delay(150);
        }
        throw new Xunit.Sdk.XunitException($"The run did not finish within {within.TotalSeconds:0} s. Last: {run}");
    }

    [Fact]
    public async Task Another_app_makes_a_movie_and_downloads_it_through_a_signed_link_without_a_cookie()
    {
        var partner = await _app.PartnerAsync();

        var accepted = await partner.PostAsJsonAsync("/api/v1/runs", new { title = "From Decode Shorts", script = Samples.CoffeeShop, aspect = "9:16", externalRef = "ds-42", maxCostUsd = 1.5 });
        Assert.Equal(202, (int)accepted.StatusCode);
        var run = await accepted.ReadJsonAsync();
        var id = run.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/runs/{id}", accepted.Headers.Location?.OriginalString);
        Assert.Equal("ds-42", run.GetProperty("externalRef").GetString());
        Assert.Equal(1.5, run.GetProperty("maxCostUsd").GetDouble());

        var done = await WaitForApiRunAsync(partner, id);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Empty(done.GetProperty("failures").EnumerateArray());
        Assert.All(done.GetProperty("phases").EnumerateArray(), p => Assert.Equal("completed", p.GetProperty("status").GetString()));
        Assert.NotEmpty(done.GetProperty("scenes").EnumerateArray());

        var media = await partner.GetJsonAsync(done.GetProperty("links").GetProperty("media").GetString()!);
        var movieUrl = media.GetProperty("movie").GetProperty("url").GetString()!;
        Assert.Contains("signature=", movieUrl);
        using var anonymous = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var bytes = await anonymous.GetByteArrayAsync(movieUrl);
        var file = Path.Combine(_app.DataDirectory, $"downloaded-{id}.mp4");
        await File.WriteAllBytesAsync(file, bytes);
        var info = await new Probe(_app.Services.GetRequiredService<ProcessRunner>()).ReadAsync(file);
        Assert.NotNull(info.Video);
        Assert.True(info.Duration > TimeSpan.Zero);
        Assert.Contains("WEBVTT", await anonymous.GetStringAsync(media.GetProperty("subtitlesVtt").GetProperty("url").GetString()!));
        Assert.Equal(200, (int)(await anonymous.GetAsync(media.GetProperty("manifest").GetProperty("url").GetString()!)).StatusCode);

        // A link changed by one character, or pointed at another file, is refused.
        var forged = await anonymous.GetAsync(movieUrl.Replace("movie.mp4", "movie.srt"));
        Assert.Equal(403, (int)forged.StatusCode);
        var tampered = await anonymous.GetAsync(movieUrl[..^1] + (movieUrl[^1] == 'A' ? 'B' : 'A'));
        Assert.Contains("not valid", await tampered.AssertProblemAsync(403));

        var listed = await partner.GetJsonAsync("/api/v1/runs?externalRef=ds-42&status=completed");
        Assert.Equal(id, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(0, (await partner.GetJsonAsync("/api/v1/runs?externalRef=ds-43")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Ten_concurrent_retries_with_one_idempotency_key_make_one_run()
    {
        var partner = await _app.PartnerAsync();
        var key = Guid.NewGuid().ToString();
        var body = new { title = "Retried", script = Samples.CoffeeShop, externalRef = "ds-idem-" + key };

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/runs") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            var r = await partner.SendAsync(request);
            Assert.True((int)r.StatusCode == 202, $"answered {(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
            return (await r.ReadJsonAsync()).GetProperty("id").GetString();
        }));

        Assert.Single(answers.Distinct());
        using var scope = _app.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDb>().Projects.CountAsync(p => p.ExternalRef == body.externalRef));

        var other = new HttpRequestMessage(HttpMethod.Post, "/api/v1/runs") { Content = JsonContent.Create(new { title = "Another", script = Samples.CoffeeShop }) };
        other.Headers.Add("Idempotency-Key", key);
        var reused = await partner.SendAsync(other);
        Assert.EndsWith("/idempotency-key-reused", await reused.ProblemTypeAsync(422));
        // The run itself is not this test's concern: stopped so it leaves the machine to the others.
        var cancel = await partner.PostAsync($"/api/v1/runs/{answers[0]}/cancel", null);
        Assert.True((int)cancel.StatusCode is 202 or 409, $"cancel answered {(int)cancel.StatusCode}");
    }

    [Fact]
    public async Task A_screenplay_file_can_be_sent_as_multipart()
    {
        var partner = await _app.PartnerAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Samples.CoffeeShop)), "file", "coffee.fountain" },
            { new StringContent("ds-file"), "externalRef" },
        };
        var r = await partner.PostAsync("/api/v1/runs", form);
        Assert.Equal(202, (int)r.StatusCode);
        var run = await r.ReadJsonAsync();
        Assert.Equal("coffee", run.GetProperty("title").GetString());
        var cancelled = await partner.PostAsync($"/api/v1/runs/{run.GetProperty("id").GetString()}/cancel", null);
        Assert.True((int)cancelled.StatusCode is 202 or 409, $"cancel answered {(int)cancelled.StatusCode}");
    }

    [Theory]
    [InlineData("{\"title\":\"x\"}", "Please paste or upload a script.")]
    [InlineData("{\"title\":\"x\",\"script\":\"INT. A\",\"maxCostUsd\":-1}", "The budget must be")]
    [InlineData("{\"title\":\"x\",\"script\":\"INT. A\",\"providers\":{\"video\":\"sora\"}}", "can't make this run with \"sora\"")]
    [InlineData("{\"title\":\"x\",\"script\":\"INT. A\",\"aspect\":\"4:3\"}", "aspect ratio must be")]
    public async Task A_bad_request_is_a_typed_problem_with_a_sentence(string json, string expected)
    {
        var partner = await _app.PartnerAsync();
        var r = await partner.PostAsync("/api/v1/runs", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains(expected, (await r.ReadJsonAsync()).GetProperty("message").GetString());
        Assert.EndsWith("/invalid-request", await r.ProblemTypeAsync(400));
    }

    [Fact]
    public async Task Another_users_run_is_a_404_on_every_run_route()
    {
        var owner = await _app.PartnerAsync();
        var run = await (await owner.PostAsJsonAsync("/api/v1/runs", new { title = "Mine", script = Samples.CoffeeShop })).ReadJsonAsync();
        var id = run.GetProperty("id").GetString();
        var intruder = await _app.PartnerAsync();
        var intruderSession = await _app.SignedInClientAsync();

        foreach (var client in new[] { intruder, intruderSession })
        {
            Assert.EndsWith("/not-found", await (await client.GetAsync($"/api/v1/runs/{id}")).ProblemTypeAsync(404));
            await (await client.PostAsync($"/api/v1/runs/{id}/cancel", null)).AssertProblemAsync(404);
            await (await client.PostAsync($"/api/v1/runs/{id}/retry-failed", null)).AssertProblemAsync(404);
            await (await client.GetAsync($"/api/v1/runs/{id}/media")).AssertProblemAsync(404);
            Assert.Equal(0, (await client.GetJsonAsync("/api/v1/runs")).GetProperty("total").GetInt32());
        }
        await WaitForApiRunAsync(owner, id!);
    }
}
