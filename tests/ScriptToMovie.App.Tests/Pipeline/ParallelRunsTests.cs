using System.Text.Json;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>Many users at once: runs of different projects go at the same time; one user cannot take every slot.</summary>
[Trait("Category", "Pipeline")]
public sealed class ParallelRunsTests
{
    // Storyboard pictures from a (fake) Kling that takes two seconds each: a run that cannot be over in a blink.
    private static async Task<(FakeKlingServer Kling, AppFactory App)> StartAsync(int runsPerUser)
    {
        var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ProcessingFor = TimeSpan.FromSeconds(2), ConcurrencyLimit = 50 });
        var app = AppFactory.With(new Dictionary<string, string?>
        {
            ["IMAGE_PROVIDER"] = "kling",
            ["KLING_BASE_URL"] = kling.BaseUrl,
            ["KLING_API_KEY"] = kling.Options.AccessKey,
            ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
            ["KLING_POLL_SECONDS"] = "0.1",
            ["RUNS_PER_USER"] = runsPerUser.ToString(),
            ["PIPELINE_RUNS_PER_WORKER"] = "6",
        });
        return (kling, app);
    }

    /// <summary>A project with phase 1 done, so the run under test is its storyboard: a few seconds of Kling.</summary>
    private static async Task<int> TrailerReadyAsync(HttpClient client, string title)
    {
        var id = await client.CreateProjectAsync(title, RunControlTests.ThreeScenes);
        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        await client.WaitForRunAsync(id);
        await client.StartAsync($"/api/phases/script-to-trailer/{id}/generate-trailer");
        Assert.Equal("draft", (await client.WaitForRunAsync(id)).GetProperty("status").GetString());
        return id;
    }

    private const string Storyboard = "/api/phases/trailer-to-storyboard/{0}/generate";

    [Fact]
    public async Task Runs_of_three_users_go_at_the_same_time_and_all_complete()
    {
        var (kling, app) = await StartAsync(runsPerUser: 2);
        await using var _ = kling;
        using var __ = app;
        var runs = new List<(HttpClient Client, int Id)>();
        for (var u = 0; u < 3; u++)
        {
            var client = await app.SignedInClientAsync();
            runs.Add((client, await TrailerReadyAsync(client, $"User {u}")));
        }
        foreach (var (client, id) in runs) await client.StartAsync(string.Format(Storyboard, id));

        var statuses = new string?[runs.Count];
        await TestTime.UntilAsync(async () =>
        {
            for (var i = 0; i < runs.Count; i++)
            {
                statuses[i] = (await runs[i].Client.GetJsonAsync($"/api/workflow/{runs[i].Id}/status")).GetProperty("status").GetString();
                Assert.True(statuses[i] is "queued" or "running", $"run {i} ended before the three were seen going together: {statuses[i]}");
            }
            return statuses.All(s => s == "running");
        }, 60, () => $"all three runs running at once ({string.Join(", ", statuses)})");

        foreach (var (client, id) in runs)
        {
            var final = await client.WaitForRunAsync(id, TimeSpan.FromSeconds(120));
            Assert.Equal("draft", final.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task A_user_with_two_runs_going_waits_in_line_while_another_users_run_starts_at_once()
    {
        var (kling, app) = await StartAsync(runsPerUser: 2);
        await using var _ = kling;
        using var __ = app;
        var busy = await app.SignedInClientAsync();
        var ids = new List<int>();
        for (var i = 0; i < 3; i++) ids.Add(await TrailerReadyAsync(busy, $"Busy {i}"));
        var other = await app.SignedInClientAsync();
        var otherId = await TrailerReadyAsync(other, "Other");
        foreach (var id in ids) await busy.StartAsync(string.Format(Storyboard, id));
        await other.StartAsync(string.Format(Storyboard, otherId));

        // The busy user's third run waits, first in line and saying why; the other user's run does not wait for it.
        JsonElement third = default;
        await TestTime.UntilAsync(async () =>
        {
            third = await busy.GetJsonAsync($"/api/workflow/{ids[2]}/status");
            var otherStatus = (await other.GetJsonAsync($"/api/workflow/{otherId}/status")).GetProperty("status").GetString();
            return otherStatus == "running" && third.GetProperty("status").GetString() == "queued"
                   && third.GetProperty("queuePosition").ValueKind == JsonValueKind.Number;
        }, 60, () => $"the other user's run going while the third waits: {third}");
        Assert.Equal(1, third.GetProperty("queuePosition").GetInt32());
        Assert.Equal("Waiting for one of your other runs to finish (you can have 2 running at once): number 1 in line.", third.GetProperty("message").GetString());
        Assert.Equal("running", (await busy.GetJsonAsync($"/api/workflow/{ids[0]}/status")).GetProperty("status").GetString());

        // It starts when one of the first two finishes, and everything completes.
        foreach (var id in ids)
            Assert.Equal("draft", (await busy.WaitForRunAsync(id, TimeSpan.FromSeconds(120))).GetProperty("status").GetString());
        Assert.Equal("draft", (await other.WaitForRunAsync(otherId, TimeSpan.FromSeconds(120))).GetProperty("status").GetString());
        var finished = await busy.GetJsonAsync($"/api/workflow/{ids[2]}/status");
        Assert.Equal(JsonValueKind.Null, finished.GetProperty("queuePosition").ValueKind);
    }
}
