using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Steps.Storyboard;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.App.Tests.Steps;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Providers.Kling;

/// <summary>The clips step with VIDEO_PROVIDER=kling against the fake: the provider as the pipeline uses it.</summary>
public sealed class KlingClipsStepTests
{
    private static Dictionary<string, string?> KlingSettings(FakeKlingServer kling) => new()
    {
        ["VIDEO_PROVIDER"] = "kling",
        ["KLING_BASE_URL"] = kling.BaseUrl,
        ["KLING_API_KEY"] = kling.Options.AccessKey,
        ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
        ["KLING_POLL_SECONDS"] = "0.05",
        ["KLING_RETRY_DELAY_SECONDS"] = "0.01",
        ["KLING_BREAKER_MINIMUM_CALLS"] = "100000",
        ["VIDEO_CONCURRENCY"] = "3",
    };

    [Fact]
    public async Task Every_scene_gets_its_clip_from_exactly_one_kling_task_and_a_second_run_creates_nothing()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        await using var h = await StepHarness.CreateAsync(KlingSettings(kling));
        await h.RunAsync<StoryboardStep>();
        await h.RunAsync<VoicesStep>();

        await h.RunAsync<ClipsStep>();
        await h.RunAsync<ClipsStep>();

        var scenes = await h.ScenesAsync();
        var rows = await h.Db.GeneratedVideos.AsNoTracking().ToListAsync();
        Assert.Equal(scenes.Count, rows.Count(r => r.Status == "completed"));
        Assert.All(rows, r => Assert.Equal("kling", r.Provider));
        Assert.Equal(scenes.Count, kling.Tasks.Count);
        Assert.Equal("image2video", kling.Tasks[0].Product);
        Assert.All(kling.CreatesPerExternalId.Values, count => Assert.Equal(1, count));
        Assert.Equal(rows.Select(r => r.ProviderTaskId).Order(), kling.Tasks.Select(t => t.TaskId).Order());
        Assert.Equal(kling.ChargedUnits, (await h.Db.CostLedger.AsNoTracking().ToListAsync()).Sum(e => e.Units));
    }

    [Fact]
    public async Task The_next_scenes_task_starts_while_the_last_result_is_still_downloading_and_fitting_and_no_more_run_on_kling_than_allowed()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        await using var h = await StepHarness.CreateAsync(new Dictionary<string, string?>(KlingSettings(kling)) { ["VIDEO_CONCURRENCY"] = "1" });

        await h.RunAsync<ClipsStep>();

        var scenes = await h.ScenesAsync();
        var rows = await h.Db.GeneratedVideos.AsNoTracking().ToListAsync();
        Assert.All(rows, r => Assert.Equal("completed", r.Status));
        Assert.Equal(1, kling.PeakConcurrency);
        var tasks = kling.Tasks.OrderBy(t => t.CreatedAt).ToList();
        Assert.Equal(scenes.Count, tasks.Count);
        // Each clip is stored after its result was downloaded and fitted; the next task was already on Kling by then.
        foreach (var (task, next) in tasks.Zip(tasks.Skip(1)))
        {
            var stored = rows.Single(r => r.ProviderTaskId == task.TaskId).UpdatedAt;
            Assert.True(next.CreatedAt < new DateTimeOffset(DateTime.SpecifyKind(stored, DateTimeKind.Utc)),
                $"task {next.TaskId} was created at {next.CreatedAt:HH:mm:ss.fff}, after the clip of {task.TaskId} was stored at {stored:HH:mm:ss.fff}");
        }
    }

    [Fact]
    public async Task A_run_killed_while_tasks_are_in_flight_finishes_them_on_restart_with_no_new_creates()
    {
        // Long enough (more on a busy machine) that the first three are still in flight when the run is killed.
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ProcessingFor = TestTime.Seconds(2) });
        await using var h = await StepHarness.CreateAsync(KlingSettings(kling));
        var scenes = await h.ScenesAsync();

        using (var kill = new CancellationTokenSource())
        {
            var run = h.Step<ClipsStep>().RunAsync(h.Context(), kill.Token);
            await TestTime.UntilAsync(() => kling.Tasks.Count >= Math.Min(3, scenes.Count), 60, () => $"three tasks on Kling, not {kling.Tasks.Count}");
            kill.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
            h.Db.ChangeTracker.Clear();
        }
        var inFlight = kling.Tasks.Count;

        await h.RunAsync<ClipsStep>();

        var rows = await h.Db.GeneratedVideos.AsNoTracking().ToListAsync();
        Assert.Equal(scenes.Count, rows.Count(r => r.Status == "completed"));
        Assert.Equal(scenes.Count, kling.Tasks.Count);
        Assert.All(kling.CreatesPerExternalId.Values, count => Assert.Equal(1, count));
        Assert.True(inFlight >= 3);
    }
}
