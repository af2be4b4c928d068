using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Cost;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Steps.Storyboard;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.App.Tests.Steps;
using ScriptToMovie.Fakes.Kling;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Tests.Providers.Kling;

/// <summary>The storyboard step with IMAGE_PROVIDER=kling against the fake: pictures paid once, fitted, ledgered, resumable.</summary>
public sealed class KlingStoryboardStepTests
{
    private static Dictionary<string, string?> KlingSettings(FakeKlingServer kling, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["IMAGE_PROVIDER"] = "kling",
            ["KLING_BASE_URL"] = kling.BaseUrl,
            ["KLING_API_KEY"] = kling.Options.AccessKey,
            ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
            ["KLING_POLL_SECONDS"] = "0.05",
            ["KLING_RETRY_DELAY_SECONDS"] = "0.01",
            ["KLING_BREAKER_MINIMUM_CALLS"] = "100000",
            ["FRAME_RETRY_DELAY_MS"] = "1",
            ["IMAGE_CONCURRENCY"] = "3",
        };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    [Fact]
    public async Task Every_scene_gets_a_kling_picture_of_the_movie_frame_size_from_one_task_and_a_second_run_pays_nothing()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ImageUnits = 16 });
        await using var h = await StepHarness.CreateAsync(KlingSettings(kling));
        var scenes = await h.ScenesAsync();

        await h.RunAsync<StoryboardStep>();
        await h.RunAsync<StoryboardStep>();

        var rows = await h.Db.StoryboardImages.AsNoTracking().Where(i => i.Kind == "scene").ToListAsync();
        Assert.Equal(scenes.Count, rows.Count(r => r.Status == "completed"));
        Assert.All(rows, r => Assert.Equal("kling", r.Provider));
        Assert.Equal(scenes.Count, kling.Tasks.Count);
        Assert.All(kling.Tasks, t => Assert.Equal(("generations", "16:9"), (t.Product, t.AspectRatio)));
        Assert.All(kling.CreatesPerExternalId.Values, count => Assert.Equal(1, count));
        Assert.Equal(rows.Select(r => r.ProviderTaskId).Order(), kling.Tasks.Select(t => t.TaskId).Order());
        foreach (var row in rows)
        {
            // Kling's 7:4 picture is fitted to the movie's 16:9 frame and passes the storyboard's check.
            var png = await File.ReadAllBytesAsync(await h.LocalPathAsync(row.StorageKey!));
            Assert.True(FrameValidator.Validate(png, 1280, 720).Ok);
        }
        var ledger = await h.Db.CostLedger.AsNoTracking().ToListAsync();
        Assert.Equal(kling.ChargedUnits, ledger.Sum(e => e.Units));
        Assert.Equal(scenes.Count * 16 * 0.0035, ledger.Sum(e => e.Usd), 4);
    }

    [Fact]
    public async Task The_picture_prompt_describes_the_scene_its_people_and_place_without_captions()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        await using var h = await StepHarness.CreateAsync(KlingSettings(kling));

        await h.RunAsync<StoryboardStep>();

        var task = kling.Tasks.OrderBy(t => t.CreatedAt).First();
        Assert.Contains("A single frame from a film.", task.Prompt);
        Assert.Contains("Style: cinematic film still", task.Prompt);
        Assert.Contains("text, captions", task.NegativePrompt);
        Assert.True(task.Prompt.Length <= 2500);
    }

    [Fact]
    public async Task Clips_are_then_animated_from_the_kling_pictures()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        await using var h = await StepHarness.CreateAsync(
            KlingSettings(kling, ("VIDEO_PROVIDER", "kling"), ("VIDEO_CONCURRENCY", "3")));
        var scenes = await h.ScenesAsync();

        await h.RunAsync<StoryboardStep>();
        await h.RunAsync<VoicesStep>();
        await h.RunAsync<ClipsStep>();

        Assert.Equal(scenes.Count, kling.Tasks.Count(t => t.Product == "generations"));
        Assert.Equal(scenes.Count, kling.Tasks.Count(t => t.Product == "image2video"));
        Assert.Equal(scenes.Count, await h.Db.GeneratedVideos.CountAsync(v => v.Status == "completed"));
    }

    [Fact]
    public async Task A_storyboard_killed_while_pictures_are_in_flight_picks_them_up_on_restart_with_no_new_creates()
    {
        // Long enough (more on a busy machine) that the first three are still in flight when the step is killed.
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ProcessingFor = TestTime.Seconds(2) });
        await using var h = await StepHarness.CreateAsync(KlingSettings(kling));
        var scenes = await h.ScenesAsync();

        using (var kill = new CancellationTokenSource())
        {
            var run = h.Step<StoryboardStep>().RunAsync(h.Context(), kill.Token);
            await TestTime.UntilAsync(() => kling.Tasks.Count >= 3, 60, () => $"three pictures on Kling, not {kling.Tasks.Count}");
            kill.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
            h.Db.ChangeTracker.Clear();
        }
        var inFlight = kling.Tasks.Select(t => t.ExternalTaskId).ToList();

        await h.RunAsync<StoryboardStep>();

        Assert.Equal(scenes.Count, await h.Db.StoryboardImages.CountAsync(i => i.Kind == "scene" && i.Status == "completed"));
        Assert.Equal(scenes.Count, kling.Tasks.Count);
        Assert.All(inFlight, id => Assert.Equal(1, kling.CreatesPerExternalId[id!]));
    }

    [Fact]
    public async Task A_picture_kling_refuses_fails_its_scene_with_the_reason_and_the_other_scenes_are_drawn()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { FailWhenPromptContains = "Scene 2 happens" });
        await using var h = await StepHarness.CreateAsync(KlingSettings(kling));
        var scenes = await h.ScenesAsync();
        var second = await h.Db.Scenes.FirstAsync(s => s.Id == scenes[1].Id);
        second.Description = "Scene 2 happens in a locked room.";
        await h.Db.SaveChangesAsync();
        h.Db.ChangeTracker.Clear();

        var context = await h.RunAsync<StoryboardStep>();

        var failed = await h.Db.StoryboardImages.AsNoTracking().SingleAsync(i => i.Status == "failed");
        Assert.Equal(scenes[1].Id, failed.SceneId);
        Assert.Equal("Kling could not make the storyboard picture for scene 2: Failure to pass the risk control system.", failed.ErrorMessage);
        Assert.Equal(scenes.Count - 1, await h.Db.StoryboardImages.CountAsync(i => i.Status == "completed"));
        Assert.Contains(context.Notes, n => n.Contains($"1 of {scenes.Count} frames failed"));
        Assert.Equal(1, kling.CreatesPerExternalId[failed.ExternalTaskId!]);
    }

    [Fact]
    public async Task A_budget_too_small_for_every_picture_stops_the_pictures_it_cannot_pay_for_and_says_so()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ImageUnits = 16 });
        // Two pictures at 16 units × $0.0035 = $0.056 each fit in $0.12; the third would cross it.
        await using var h = await StepHarness.CreateAsync(
            KlingSettings(kling, ("KLING_DEFAULT_MAX_COST_USD", "0.12"), ("IMAGE_CONCURRENCY", "1")));
        var scenes = await h.ScenesAsync();

        await h.RunAsync<StoryboardStep>();

        var rows = await h.Db.StoryboardImages.AsNoTracking().Where(i => i.Kind == "scene").ToListAsync();
        Assert.Equal(2, rows.Count(r => r.Status == "completed"));
        Assert.All(rows.Where(r => r.Status == "failed"),
            r => Assert.Equal("The budget of $0.12 for this run would be exceeded; completed clips are kept.", r.ErrorMessage));
        Assert.Equal(2, kling.Tasks.Count);
        Assert.True(scenes.Count > 2);
    }

    [Fact]
    public async Task A_picture_whose_result_is_gone_is_still_ledgered_and_a_user_retry_makes_a_new_one()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ResultUrlLifetime = TimeSpan.Zero });
        await using var h = await StepHarness.CreateAsync(KlingSettings(kling, ("IMAGE_CONCURRENCY", "1")));
        var scenes = await h.ScenesAsync();

        await Assert.ThrowsAsync<ScriptToMovie.App.Pipeline.StepFailedException>(() => h.RunAsync<StoryboardStep>());

        var failed = await h.Db.StoryboardImages.AsNoTracking().Where(i => i.Kind == "scene").ToListAsync();
        Assert.All(failed, f => Assert.Equal("failed", f.Status));
        Assert.All(failed, f => Assert.EndsWith("can no longer be downloaded; retry the scene to make a new one.", f.ErrorMessage));
        // Kling charged for the pictures it made; the ledger says so although none could be fetched.
        Assert.Equal(scenes.Count, await h.Db.CostLedger.CountAsync());

        // Like Kling's signed links, the old results stay unreachable; new tasks hand out links that work.
        kling.Options.ResultUrlLifetime = TimeSpan.FromMinutes(10);
        await h.RunAsync<StoryboardStep>(scenes.Select(s => s.Id).ToHashSet(), userRetry: true);

        Assert.Equal(scenes.Count, await h.Db.StoryboardImages.CountAsync(i => i.Kind == "scene" && i.Status == "completed"));
        Assert.Equal(2 * scenes.Count, kling.Tasks.Count);
        Assert.All(kling.CreatesPerExternalId.Values, creates => Assert.Equal(1, creates));
        Assert.Equal(2 * scenes.Count, await h.Db.CostLedger.CountAsync());
    }

    [Fact]
    public async Task Switching_to_kling_replaces_painted_frames_of_scenes_without_a_clip_as_the_quote_says()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ImageUnits = 16 });
        var settings = KlingSettings(kling);
        settings["IMAGE_PROVIDER"] = "painted";
        await using var painted = await StepHarness.CreateAsync(settings);
        var scenes = await painted.ScenesAsync();
        await painted.RunAsync<StoryboardStep>();
        // The first scene already has its clip: its painted frame stays, since a clip is built on it.
        painted.Db.GeneratedVideos.Add(new GeneratedVideo { ProjectId = painted.ProjectId, SceneId = scenes[0].Id, Status = "completed", Provider = "animatic" });
        await painted.Db.SaveChangesAsync();
        Assert.Empty(kling.Tasks);

        await using var h = painted.Restarted(new Dictionary<string, string?> { ["IMAGE_PROVIDER"] = "kling" });
        var quote = await h.Services.GetRequiredService<CostQuote>().QuoteAsync(h.ProjectId, CancellationToken.None);
        await h.RunAsync<StoryboardStep>();

        var frames = await h.Db.StoryboardImages.AsNoTracking().Where(i => i.Kind == "scene").ToListAsync();
        Assert.Equal(scenes.Count - 1, kling.Tasks.Count);
        Assert.Equal("painted", frames.Single(f => f.SceneId == scenes[0].Id).Provider);
        Assert.All(frames.Where(f => f.SceneId != scenes[0].Id), f => Assert.Equal(("kling", "completed"), (f.Provider, f.Status)));
        Assert.Equal(quote.FramesUsd, (await h.Db.CostLedger.AsNoTracking().ToListAsync()).Sum(e => e.Usd), 2);
    }
}
