using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Pipeline;

public sealed class CancelTests
{
    [Fact]
    public async Task Cancel_stops_a_run_waiting_on_kling_at_once_and_keeps_the_task_for_the_next_start()
    {
        // Kling takes a minute per clip and the heartbeat is a minute apart: only a direct signal stops the run quickly.
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ProcessingFor = TimeSpan.FromMinutes(1) });
        using var app = AppFactory.With(new Dictionary<string, string?>
        {
            ["VIDEO_PROVIDER"] = "kling",
            ["KLING_BASE_URL"] = kling.BaseUrl,
            ["KLING_API_KEY"] = kling.Options.AccessKey,
            ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
            ["KLING_POLL_SECONDS"] = "0.1",
            ["PIPELINE_HEARTBEAT_SECONDS"] = "60",
            ["PIPELINE_LEASE_SECONDS"] = "180",
        });
        var client = await app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Cancel while Kling works", RunControlTests.ThreeScenes);
        await client.StartAsync($"/api/workflow/{id}/start");
        await TestTime.UntilAsync(() => kling.Tasks.Count > 0, 60, () => "a first task on Kling");

        var reply = await (await client.PostAsync($"/api/workflow/{id}/cancel", null)).ReadJsonAsync();
        Assert.Equal("Cancelling: the run stops now. Finished work is kept.", reply.GetProperty("message").GetString());
        // "At once": well before the next heartbeat (a minute) could have noticed.
        var status = await client.WaitForRunAsync(id, TimeSpan.FromSeconds(20));

        Assert.Equal("cancelled", status.GetProperty("status").GetString());
        using var scope = app.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDb>().GeneratedVideos.AsNoTracking()
            .Where(v => v.ProjectId == id && v.ExternalTaskId != null).ToListAsync();
        // The paid task is not forgotten: its ids stay on the row, so the next start polls it instead of paying again.
        // (A second scene may have stored its id just before the cancel stopped it from asking Kling: an id Kling never
        // saw costs nothing, and the next start asks Kling for it before making it.)
        Assert.NotEmpty(kling.Tasks);
        Assert.All(kling.Tasks, t => Assert.Contains(t.ExternalTaskId, rows.Select(r => r.ExternalTaskId)));
        Assert.All(rows, r => Assert.NotEqual("completed", r.Status));
    }
}
