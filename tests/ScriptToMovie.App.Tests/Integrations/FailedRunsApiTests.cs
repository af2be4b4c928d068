using System.Net.Http.Json;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;

namespace ScriptToMovie.App.Tests.Integrations;

/// <summary>With a scene's clip failing, another app reads the same sentence the UI shows, and retries only that scene.</summary>
[Trait("Category", "Api")]
public class FailedRunsApiTests : IClassFixture<RunControlTests.MockFactory>
{
    private readonly AppFactory _app;
    public FailedRunsApiTests(RunControlTests.MockFactory app) => _app = app;

    [Fact]
    public async Task A_failed_scene_is_reported_with_its_message_and_retry_failed_starts_a_new_run()
    {
        var partner = await _app.PartnerAsync();
        var run = await (await partner.PostAsJsonAsync("/api/v1/runs", new { title = "Garden", script = RunControlTests.ThreeScenes })).ReadJsonAsync();
        var id = run.GetProperty("id").GetString()!;

        var done = await RunsApiTests.WaitForApiRunAsync(partner, id);

        Assert.Equal("completed_with_errors", done.GetProperty("status").GetString());
        var failure = Assert.Single(done.GetProperty("failures").EnumerateArray(), f => f.GetProperty("sceneId").ValueKind != System.Text.Json.JsonValueKind.Null);
        var scene = done.GetProperty("scenes").EnumerateArray().Single(s => s.GetProperty("sceneNumber").GetInt32() == 2);
        Assert.Equal(scene.GetProperty("errorMessage").GetString(), failure.GetProperty("message").GetString());
        Assert.False(string.IsNullOrWhiteSpace(failure.GetProperty("message").GetString()));

        var retry = await partner.PostAsync($"/api/v1/runs/{id}/retry-failed", null);
        Assert.Equal(202, (int)retry.StatusCode);
        var second = (await retry.ReadJsonAsync()).GetProperty("id").GetString()!;
        Assert.NotEqual(id, second);
        await RunsApiTests.WaitForApiRunAsync(partner, second);
        var first = await partner.GetJsonAsync($"/api/v1/runs/{id}");
        Assert.False(first.GetProperty("isLatest").GetBoolean());
        Assert.Equal("completed_with_errors", first.GetProperty("status").GetString());

        var cancelEnded = await partner.PostAsync($"/api/v1/runs/{id}/cancel", null);
        Assert.Contains("already ended", await cancelEnded.AssertProblemAsync(409));
    }
}
