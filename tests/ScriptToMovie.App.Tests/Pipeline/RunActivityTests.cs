using System.Text.Json;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>While a step runs, the status says for how long, how long is left, which scenes are in hand and when it is slow.</summary>
[Trait("Category", "Api")]
public sealed class RunActivityTests
{
    [Fact]
    public async Task A_run_waiting_on_clips_shows_the_scenes_in_hand_the_elapsed_time_and_the_seeds_slow_notice()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ProcessingFor = TimeSpan.FromMinutes(2) });
        using var app = AppFactory.With(new Dictionary<string, string?>
        {
            ["VIDEO_PROVIDER"] = "kling",
            ["KLING_BASE_URL"] = kling.BaseUrl,
            ["KLING_API_KEY"] = kling.Options.AccessKey,
            ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
            ["KLING_POLL_SECONDS"] = "0.1",
            ["RUN_SLOW_AFTER_MINUTES"] = "0.05",
        });
        var client = await app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Watching the clips", RunControlTests.ThreeScenes);
        await client.StartAsync($"/api/workflow/{id}/start");

        var samples = new List<JsonElement>();
        JsonElement status = default;
        await TestTime.UntilAsync(async () =>
        {
            status = await client.GetJsonAsync($"/api/workflow/{id}/status");
            samples.Add(status);
            return status.TryGetProperty("activity", out var a) && a.ValueKind == JsonValueKind.Object
                   && a.GetProperty("step").GetString() == "clips" && a.GetProperty("workingOn").GetArrayLength() > 0
                   && a.GetProperty("slow").GetBoolean();
        }, 90, () => $"the clips step in hand and slow; last status: {status}");

        var activity = status.GetProperty("activity");
        Assert.Equal("Clips", activity.GetProperty("title").GetString());
        Assert.Equal("clips", status.GetProperty("currentStep").GetString());
        Assert.True(activity.GetProperty("stepStartedAt").GetDateTime() >= status.GetProperty("startedAt").GetDateTime());
        Assert.True(activity.GetProperty("runElapsedSeconds").GetInt32() >= activity.GetProperty("elapsedSeconds").GetInt32());
        var scene = activity.GetProperty("workingOn")[0];
        Assert.InRange(scene.GetProperty("sceneNumber").GetInt32(), 1, 3);
        Assert.False(string.IsNullOrEmpty(scene.GetProperty("title").GetString()));
        Assert.Equal("Generation is taking longer than expected. You can refresh to check progress.", activity.GetProperty("notice").GetString());
        Assert.Equal(activity.GetProperty("notice").GetString(), status.GetProperty("message").GetString());
        // The running step's row says since when, as the activity does.
        var clips = status.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("steps").EnumerateArray())
            .Single(s => s.GetProperty("name").GetString() == "clips");
        Assert.Equal(activity.GetProperty("stepStartedAt").GetDateTime(), clips.GetProperty("startedAt").GetDateTime());

        // No figure went backwards while we watched.
        var figures = samples.Select(s => s.GetProperty("progress").GetInt32()).ToList();
        Assert.Equal(figures.Order(), figures);

        await client.PostAsync($"/api/workflow/{id}/cancel", null);
        var ended = await client.WaitForRunAsync(id);
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("activity").ValueKind);
    }

    [Fact]
    public void The_estimate_is_the_steps_measured_rate_and_waits_for_some_work_to_measure()
    {
        // A quarter done in 30 s: three quarters more take 90 s.
        Assert.Equal(90, ScriptToMovie.App.Pipeline.RunActivity.Estimate(25, TimeSpan.FromSeconds(30)));
        Assert.Null(ScriptToMovie.App.Pipeline.RunActivity.Estimate(0, TimeSpan.FromSeconds(30)));
        Assert.Null(ScriptToMovie.App.Pipeline.RunActivity.Estimate(50, TimeSpan.FromMilliseconds(500)));
        Assert.Equal(0, ScriptToMovie.App.Pipeline.RunActivity.Estimate(100, TimeSpan.FromSeconds(30)));
    }
}
