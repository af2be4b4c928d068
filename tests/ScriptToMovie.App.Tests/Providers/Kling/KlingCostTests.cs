using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Cost;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Providers.Kling;

public sealed class KlingCostTests
{
    [Fact]
    public async Task The_quote_before_a_run_equals_what_kling_charges_for_it()
    {
        await using var h = await KlingHarness.StartAsync();
        double[] seconds = [3, 8, 4.5, 12];
        await h.SeedProjectAsync(seconds);

        var quote = await QuoteAsync(h);
        for (var n = 1; n <= seconds.Length; n++)
            Assert.True((await h.GenerateAsync(n, seconds[n - 1])).Completed);

        Assert.Equal([5, 10, 5, 10], quote.Scenes.Select(s => s.Units));
        Assert.Equal(h.Kling.ChargedUnits, quote.TotalUnits);
        Assert.Equal(30 * 0.14, quote.TotalUsd, 2);
        Assert.Equal(0, quote.SpentUsd);
        var ledger = await h.LedgerAsync();
        Assert.Equal(h.Kling.ChargedUnits, ledger.Sum(e => e.Units));

        var after = await QuoteAsync(h);
        Assert.Empty(after.Scenes);
        Assert.Equal(quote.TotalUsd, after.SpentUsd, 2);
    }

    [Fact]
    public async Task A_budget_smaller_than_the_run_stops_before_crossing_it_and_keeps_the_completed_clips()
    {
        await using var h = await KlingHarness.StartAsync();
        // kling-v2-6 std, 5 s = 5 units = $0.70: two clips fit in $1.50, a third would not.
        await h.SeedProjectAsync([4, 4, 4], maxCostUsd: 1.5);

        var outcomes = new List<KlingHarness.Outcome>();
        for (var n = 1; n <= 3; n++) outcomes.Add(await h.GenerateAsync(n));

        Assert.True(outcomes[0].Completed && outcomes[1].Completed);
        Assert.Equal("The budget of $1.50 for this run would be exceeded; completed clips are kept.", outcomes[2].Failure!.Message);
        Assert.False(outcomes[2].Failure!.Transient);
        Assert.Equal(2, h.Kling.Tasks.Count);
        Assert.True(File.Exists(outcomes[0].OutputPath) && File.Exists(outcomes[1].OutputPath));
        Assert.Equal(1.40, (await h.LedgerAsync()).Sum(e => e.Usd), 2);
    }

    [Fact]
    public async Task Scenes_started_together_cannot_jointly_overshoot_the_budget()
    {
        await using var h = await KlingHarness.StartAsync();
        await h.SeedProjectAsync([4, 4, 4, 4], maxCostUsd: 1.5);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 4).Select(n => h.GenerateAsync(n)));

        Assert.Equal(2, outcomes.Count(o => o.Completed));
        Assert.Equal(2, h.Kling.Tasks.Count);
        Assert.All(outcomes.Where(o => !o.Completed), o => Assert.StartsWith("The budget of $1.50", o.Failure!.Message));
    }

    [Fact]
    public async Task Without_a_cap_on_the_run_the_configured_default_applies()
    {
        await using var h = await KlingHarness.StartAsync(settings: new Dictionary<string, string?> { ["KLING_DEFAULT_MAX_COST_USD"] = "1" });
        await h.SeedProjectAsync([4, 4]);

        Assert.True((await h.GenerateAsync(1)).Completed);
        Assert.Equal("The budget of $1.00 for this run would be exceeded; completed clips are kept.", (await h.GenerateAsync(2)).Failure!.Message);
    }

    [Fact]
    public async Task A_clip_a_dead_worker_left_in_flight_counts_against_the_budget_until_it_is_resumed()
    {
        await using var h = await KlingHarness.StartAsync();
        await h.SeedProjectAsync([4, 4, 4], maxCostUsd: 1.5);
        await using (var scope = h.Services.CreateAsyncScope())
        {
            // Another worker stored its external id and sent the create, then died: its length is unknown here,
            // so it is held at the 10 s price ($1.40), leaving no room for another $0.70 clip.
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            db.GeneratedVideos.Add(new GeneratedVideo
            {
                ProjectId = h.ProjectId, SceneId = h.SceneIds[0], Provider = "kling", Status = "generating",
                ExternalTaskId = "s2m-left-by-a-dead-worker", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var blocked = await h.GenerateAsync(2);
        var resumed = await h.GenerateAsync(1);
        var after = await h.GenerateAsync(2);

        Assert.StartsWith("The budget of $1.50", blocked.Failure!.Message);
        Assert.True(resumed.Completed, resumed.Failure?.Message);
        Assert.Equal("s2m-left-by-a-dead-worker", resumed.Row.ExternalTaskId);
        Assert.True(after.Completed, after.Failure?.Message);
        Assert.Equal(2, h.Kling.Tasks.Count);
        Assert.Equal(1.40, (await h.LedgerAsync()).Sum(e => e.Usd), 2);
    }

    private static async Task<ProjectQuote> QuoteAsync(KlingHarness h)
    {
        await using var scope = h.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CostQuote>().QuoteAsync(h.ProjectId, CancellationToken.None);
    }
}
