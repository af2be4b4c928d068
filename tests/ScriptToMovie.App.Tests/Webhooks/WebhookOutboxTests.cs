using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Integrations;

namespace ScriptToMovie.App.Tests.Webhooks;

/// <summary>The outbox: an event is committed with the state change it tells of, so a host that dies before sending loses nothing.</summary>
[Trait("Category", "Api")]
public class WebhookOutboxTests
{
    [Fact]
    public async Task A_crash_between_the_state_change_and_the_send_loses_nothing_and_a_fresh_host_delivers_the_event()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var first = new AppFactory();
        WebhookDeliveryTests.WebhookFactory.Fast(first.Settings);
        // This host's delivery worker looks once at start and then not for an hour: as if it died right after the commit.
        first.Settings["WEBHOOK_POLL_SECONDS"] = "3600";
        var user = await first.SignedInClientAsync();
        var created = await (await user.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "run.completed" } })).ReadJsonAsync();
        var secret = created.GetProperty("secret").GetString()!;
        var (token, _) = await user.CreateTokenAsync("runs:write", "runs:read");
        var partner = first.TokenClient(token);
        var run = await (await partner.PostAsJsonAsync("/api/v1/runs", new { title = "Lighthouse", script = WebhookDeliveryTests.OneScene })).ReadJsonAsync();
        var runId = run.GetProperty("id").GetString()!;
        await RunsApiTests.WaitForApiRunAsync(partner, runId);

        using (var scope = first.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var saved = await db.WebhookEvents.SingleAsync(e => e.RunId == runId && e.Type == "run.completed");
            var waiting = await db.WebhookDeliveries.SingleAsync(d => d.EventId == saved.Id);
            Assert.Equal(WebhookDeliveryStatus.Pending, waiting.Status);
            Assert.Equal(0, waiting.Attempts);
        }
        Assert.Empty(receiver.Hits);

        using var second = new AppFactory();
        WebhookDeliveryTests.WebhookFactory.Fast(second.Settings);
        second.Settings["DATA_DIR"] = first.DataDirectory;
        second.Settings["DATABASE_URL"] = first.DatabaseUrl;
        _ = second.Services; // starts the fresh host, whose delivery worker finds the event in the outbox

        var hit = await receiver.WaitForAsync(h => h.Type == "run.completed");
        Assert.Equal(runId, hit.Json.GetProperty("data").GetProperty("runId").GetString());
        Assert.True(IndependentVerifier.Verify(secret, hit));
        Assert.Single(receiver.Hits);
    }
}
