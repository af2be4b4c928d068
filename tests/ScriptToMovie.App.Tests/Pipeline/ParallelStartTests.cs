using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>Many simultaneous starts of one project: the database lets exactly one through.</summary>
[Trait("Category", "Api")]
public class ParallelStartTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public ParallelStartTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Twenty_simultaneous_starts_of_one_project_accept_exactly_one_and_refuse_the_rest_with_a_sentence()
    {
        var client = await _app.SignedInClientAsync();
        var used = await client.CreateProjectAsync("Started before");
        // The user's run slots are all held (as by runs of theirs elsewhere), so an accepted run waits in line and
        // cannot finish while the round is still starting it.
        await HoldAllRunSlotsAsync(used);
        for (var round = 0; round < 20; round++)
        {
            // Even rounds: a fresh project (no step rows yet); odd rounds: a project with earlier runs.
            var id = round % 2 == 0 ? await client.CreateProjectAsync($"Fresh {round}") : used;
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var starts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            {
                await go.Task;
                // Whole-workflow and phase starts race each other: both go through the same door.
                var url = i % 2 == 0 ? $"/api/workflow/{id}/start" : $"/api/phases/script-to-trailer/{id}/parse";
                var r = await client.PostAsync(url, null);
                return (Status: (int)r.StatusCode, Body: await r.Content.ReadAsStringAsync(), Response: r);
            })).ToList();
            go.SetResult();
            var answers = await Task.WhenAll(starts);

            var codes = string.Join(", ", answers.GroupBy(a => a.Status).Select(g => $"{g.Count()}×{g.Key}"));
            Assert.True(answers.Count(a => a.Status == 202) == 1, $"round {round}: {codes}\n{answers.FirstOrDefault(a => a.Status >= 500).Body}");
            Assert.True(answers.Count(a => a.Status == 409) == 19, $"round {round}: {codes}");
            foreach (var refused in answers.Where(a => a.Status == 409))
                Assert.Equal("A run is already in progress for this project. Wait for it to finish or cancel it first.", await refused.Response.AssertProblemAsync(409));

            var status = await client.GetJsonAsync($"/api/workflow/{id}/status");
            Assert.Contains(status.GetProperty("runId").GetString()!, answers.Single(a => a.Status == 202).Body);
            Assert.Equal("queued", status.GetProperty("status").GetString());
            await client.PostAsync($"/api/workflow/{id}/cancel", null);
            Assert.Equal("cancelled", (await client.WaitForRunAsync(id)).GetProperty("status").GetString());
        }
    }

    private async Task HoldAllRunSlotsAsync(int projectId)
    {
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var user = await db.Projects.Where(p => p.Id == projectId).Select(p => p.UserId).FirstAsync();
        var settings = scope.ServiceProvider.GetRequiredService<PipelineSettings>();
        for (var i = 0; i < settings.RunsPerUser; i++)
            db.PipelineSlots.Add(new PipelineSlot { Pool = WorkSlots.UserRunsPool(user), SlotIndex = i, Holder = "elsewhere", ExpiresAt = DateTime.UtcNow.AddHours(1) });
        await db.SaveChangesAsync();
    }
}
