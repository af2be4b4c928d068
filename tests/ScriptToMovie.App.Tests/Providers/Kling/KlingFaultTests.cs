using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Providers.Kling;

public sealed class KlingFaultTests
{
    [Fact]
    public async Task With_thirty_percent_transient_faults_every_scene_completes_or_fails_with_a_message_and_none_is_created_twice()
    {
        await using var h = await KlingHarness.StartAsync(new FakeKlingOptions { FaultRate = 0.3, LostResponseRate = 0.2, RandomSeed = 11 });
        var scenes = Enumerable.Range(1, 6).ToArray();
        await h.SeedProjectAsync(scenes.Select(_ => 4.0).ToArray());

        var outcomes = await Task.WhenAll(scenes.Select(n => h.GenerateAsync(n, prompt: $"Scene {n}: a cafe at dawn.")));

        Assert.True(h.Kling.InjectedFaults > 0, "the fake injected no faults");
        Assert.All(outcomes, o => Assert.True(o.Completed || !string.IsNullOrWhiteSpace(o.Row.ErrorMessage)));
        Assert.All(h.Kling.CreatesPerExternalId.Values, count => Assert.Equal(1, count));
        Assert.All(h.Kling.CreatesPerPrompt.Values, count => Assert.Equal(1, count));
        Assert.True(outcomes.Count(o => o.Completed) >= 4, string.Join("; ", outcomes.Where(o => !o.Completed).Select(o => o.Row.ErrorMessage)));
        foreach (var done in outcomes.Where(o => o.Completed))
            Assert.True(new FileInfo(done.OutputPath).Length > 0);
        // Only completed scenes were charged, once each.
        Assert.Equal(outcomes.Count(o => o.Completed), (await h.LedgerAsync()).Count);
    }

    [Fact]
    public async Task Scenes_generated_in_parallel_never_hold_more_kling_slots_than_video_concurrency()
    {
        await using var h = await KlingHarness.StartAsync(
            // Each task runs long enough (more on a busy machine) for a second one to overlap it.
            new FakeKlingOptions { ConcurrencyLimit = 2, ProcessingFor = TestTime.Seconds(0.4) },
            new Dictionary<string, string?> { ["VIDEO_CONCURRENCY"] = "2" });
        await h.SeedProjectAsync([4, 4, 4, 4, 4]);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 5).Select(n => h.GenerateAsync(n)));

        Assert.All(outcomes, o => Assert.True(o.Completed, o.Failure?.Message));
        Assert.Equal(5, h.Kling.Tasks.Count);
        Assert.Equal(2, h.Kling.PeakConcurrency);
    }

    [Fact]
    public async Task A_full_kling_account_answering_1303_is_waited_out_instead_of_failing_the_scene()
    {
        // The process allows four tasks but the account only two: the extra creates are refused with 1303 and retried.
        await using var h = await KlingHarness.StartAsync(
            new FakeKlingOptions { ConcurrencyLimit = 2, ProcessingFor = TimeSpan.FromMilliseconds(200) },
            new Dictionary<string, string?> { ["VIDEO_CONCURRENCY"] = "4", ["KLING_RETRY_DELAY_SECONDS"] = "0.1" });
        await h.SeedProjectAsync([4, 4, 4, 4]);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 4).Select(n => h.GenerateAsync(n)));

        Assert.All(outcomes, o => Assert.True(o.Completed, o.Failure?.Message));
        Assert.True(h.Kling.PeakConcurrency <= 2);
        Assert.Equal(4, h.Kling.Tasks.Count);
    }
}
