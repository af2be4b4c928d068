using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Cost;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Steps.Cast;
using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Steps.Parse;
using ScriptToMovie.App.Steps.Storyboard;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Steps.Cast;

/// <summary>Cast sheets and elements on the Kling path, against the fake Kling server, from a parsed script to the clips.</summary>
public sealed class CastStepTests
{
    /// <summary>Six scenes, three recurring characters who each speak wherever they appear.</summary>
    private const string SixScenes = """
        INT. KITCHEN - DAY

        ANNA, a small woman with red curls, makes tea. BEN, a lanky man in a blue cardigan, reads.

        ANNA
        Sugar?

        BEN
        Two.

        EXT. GARDEN - DAY

        CARL, an old man with a white beard, digs.

        CARL
        Roots everywhere.

        INT. HALL - NIGHT

        ANNA
        Who left the door open?

        CARL
        Not me.

        EXT. STREET - NIGHT

        BEN
        Taxi!

        INT. KITCHEN - NIGHT

        ANNA
        Still up?

        BEN
        Can't sleep.

        CARL
        Nor me.

        EXT. GARDEN - DAWN

        The garden is empty. Birds sing.
        """;

    private const string FiveInOneScene = """
        INT. TABLE - NIGHT

        ANNA
        Cards?

        BEN
        Deal.

        CARL
        Me too.

        DORA
        And me.

        EVAN
        I'll watch.
        """;

    private static Dictionary<string, string?> Settings(FakeKlingServer kling) => new()
    {
        ["VIDEO_PROVIDER"] = "kling",
        ["KLING_MODEL"] = "kling-v3",
        ["KLING_BASE_URL"] = kling.BaseUrl,
        ["KLING_API_KEY"] = kling.Options.AccessKey,
        ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
        ["KLING_POLL_SECONDS"] = "0.05",
        ["KLING_RETRY_DELAY_SECONDS"] = "0.01",
        ["KLING_BREAKER_MINIMUM_CALLS"] = "100000",
        ["VIDEO_CONCURRENCY"] = "3",
    };

    [Fact]
    public async Task Three_recurring_characters_get_one_sheet_and_one_element_each_even_across_a_killed_run_and_every_clip_sends_its_characters()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ProcessingFor = TestTime.Seconds(0.6) });
        await using var h = await StepHarness.CreateAsync(Settings(kling), SixScenes, seedScenes: false);
        await h.RunAsync<ParseStep>();
        var cast = await h.Db.Characters.AsNoTracking().Where(c => c.ProjectId == h.ProjectId).ToListAsync();
        Assert.Equal(["ANNA", "BEN", "CARL"], cast.Select(c => c.Name).Order());

        var quote = await h.Services.GetRequiredService<CostQuote>().QuoteAsync(h.ProjectId, CancellationToken.None);
        var sheetUsd = (16 + 20 + 0) * 0.0035;
        Assert.Equal(Math.Round(3 * sheetUsd, 2), quote.CastUsd);

        using (var kill = new CancellationTokenSource())
        {
            var run = h.Step<CastStep>().RunAsync(h.Context(), kill.Token);
            await TestTime.UntilAsync(() => kling.Tasks.Count >= 2, 60, () => $"two cast tasks on Kling, not {kling.Tasks.Count}");
            kill.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
            h.Db.ChangeTracker.Clear();
        }
        await h.RunAsync<CastStep>();
        await h.RunAsync<CastStep>();

        Assert.Equal(3, kling.Tasks.Count(t => t.Product == "generations"));
        Assert.Equal(3, kling.Tasks.Count(t => t.Product == "ai-multi-shot"));
        Assert.Equal(3, kling.ElementTasks.Count);
        Assert.All(kling.CreatesPerExternalId.Values, count => Assert.Equal(1, count));
        var sheets = new Dictionary<int, CastSheet>();
        foreach (var c in cast)
        {
            var sheet = await CastSheet.LoadAsync(h.Storage, h.ProjectId, c.Id, CancellationToken.None);
            Assert.NotNull(sheet?.ElementId);
            Assert.True(await sheet.HasPicturesAsync(h.Storage, h.ProjectId, CancellationToken.None));
            Assert.Equal(3, sheet.AngleCount);
            sheets[c.Id] = sheet;
        }
        Assert.Equal(3, sheets.Values.Select(s => s.ElementId).Distinct().Count());
        Assert.Equal(0, (await h.Services.GetRequiredService<CostQuote>().QuoteAsync(h.ProjectId, CancellationToken.None)).CastUsd);

        await h.RunAsync<StoryboardStep>();
        await h.RunAsync<VoicesStep>();
        await h.RunAsync<ClipsStep>();

        var scenes = await h.ScenesAsync();
        var rows = await h.Db.GeneratedVideos.AsNoTracking().Where(v => v.Status == "completed").ToListAsync();
        Assert.Equal(scenes.Count, rows.Count);
        var present = await h.Db.SceneCharacters.AsNoTracking().ToListAsync();
        foreach (var scene in scenes)
        {
            var clip = kling.ClipTasks.Single(t => t.TaskId == rows.Single(r => r.SceneId == scene.Id).ProviderTaskId);
            var expected = present.Where(p => p.SceneId == scene.Id).Select(p => sheets[p.CharacterId].ElementId!).Distinct().Order().ToList();
            Assert.Equal(expected, clip.ElementIds.Order().ToList());
            Assert.Equal("image2video", clip.Product);
            for (var n = 1; n <= expected.Count; n++) Assert.Contains($"<<<element_{n}>>>", clip.Prompt);
        }
        Assert.Equal(3, present.Where(p => p.SceneId == scenes[4].Id).Count());

        var ledger = await h.Db.CostLedger.AsNoTracking().ToListAsync();
        Assert.Equal(kling.ChargedUnits, ledger.Sum(e => e.Units));
        Assert.Equal(kling.Tasks.Count, ledger.Count);
        // The sheets are ledgered at the image price, from what Kling reported.
        var sheetUnits = kling.Tasks.Where(t => t.Product is "generations" or "ai-multi-shot" or "advanced-custom-elements").Sum(t => t.Units);
        Assert.Equal(Math.Round(sheetUnits * 0.0035, 4), Math.Round(ledger.Where(e => e.SceneId == null).Sum(e => e.Usd), 4));
    }

    [Fact]
    public async Task A_scene_with_five_characters_goes_to_omni_video_with_all_five_elements_and_its_picture_references_them()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        var settings = Settings(kling);
        settings["IMAGE_PROVIDER"] = "kling";
        settings["KLING_IMAGE_MODEL"] = "kling-v3";
        await using var h = await StepHarness.CreateAsync(settings, FiveInOneScene, seedScenes: false);
        await h.RunAsync<ParseStep>();
        await h.RunAsync<CastStep>();
        await h.RunAsync<StoryboardStep>();
        await h.RunAsync<VoicesStep>();

        await h.RunAsync<ClipsStep>();

        Assert.Equal(5, kling.ElementTasks.Count);
        var clip = Assert.Single(kling.ClipTasks);
        Assert.Equal("omni-video", clip.Product);
        Assert.Equal("kling-v3-omni", clip.Model);
        Assert.Equal(kling.ElementTasks.Select(t => t.ElementId).Order(), clip.ElementIds.Order());
        Assert.Contains("<<<element_5>>>", clip.Prompt);
        var picture = Assert.Single(kling.Tasks, t => t.Product == "generations" && t.ExternalTaskId!.StartsWith("s2m-img-", StringComparison.Ordinal));
        Assert.Equal(clip.ElementIds.Order(), picture.ElementIds.Order());
        Assert.Equal(kling.ChargedUnits, (await h.Db.CostLedger.AsNoTracking().ToListAsync()).Sum(e => e.Units));
    }

    [Fact]
    public async Task When_ai_multi_shot_is_refused_the_angles_come_from_subject_reference_pictures_and_the_element_is_still_made()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { RefuseMultiShot = true });
        await using var h = await StepHarness.CreateAsync(Settings(kling), FiveInOneScene, seedScenes: false);
        await h.RunAsync<ParseStep>();

        await h.RunAsync<CastStep>();

        Assert.Equal(5, kling.ElementTasks.Count);
        Assert.DoesNotContain(kling.Tasks, t => t.Product == "ai-multi-shot");
        Assert.Equal(5 * 3, kling.Tasks.Count(t => t.Product == "generations"));
        Assert.Equal(5 * 2, kling.Tasks.Count(t => t.Product == "generations" && t.Prompt.StartsWith("The same character", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task With_models_that_take_no_elements_no_sheet_is_paid_for()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        var settings = Settings(kling);
        settings.Remove("KLING_MODEL");
        await using var h = await StepHarness.CreateAsync(settings, FiveInOneScene, seedScenes: false);
        await h.RunAsync<ParseStep>();

        var context = await h.RunAsync<CastStep>();

        Assert.Empty(kling.Tasks);
        Assert.Contains(context.Notes, n => n.Contains("Cast sheets are off", StringComparison.Ordinal));
        Assert.Equal(0, (await h.Services.GetRequiredService<CostQuote>().QuoteAsync(h.ProjectId, CancellationToken.None)).CastUsd);
    }

    [Fact]
    public async Task Offline_the_cast_step_is_done_at_once_and_costs_nothing()
    {
        await using var h = await StepHarness.CreateAsync(new Dictionary<string, string?> { ["VIDEO_PROVIDER"] = "animatic" });

        var context = await h.RunAsync<CastStep>();

        Assert.Contains(context.Notes, n => n.Contains("only when Kling", StringComparison.Ordinal));
        Assert.Empty(await h.Db.CostLedger.AsNoTracking().ToListAsync());
        Assert.Equal(0, (await h.Services.GetRequiredService<CostQuote>().QuoteAsync(h.ProjectId, CancellationToken.None)).CastUsd);
    }
}
