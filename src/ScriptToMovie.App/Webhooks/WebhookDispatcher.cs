using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Webhooks;

/// <summary>
/// The delivery worker: runs in every worker process (and in serve without --no-worker). Any number of them can run
/// at once: a delivery is claimed with one conditional update that moves its next attempt a claim's length ahead, so
/// exactly one worker sends each attempt, and a worker that dies mid-send lets the delivery come due again.
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, WebhookSettings settings, WebhookSender sender, TimeProvider clock, ILogger<WebhookDispatcher> log)
    : BackgroundService
{
    private const int Batch = 20;
    /// <summary>A Retry-After longer than a day is read as a day: the receiver still hears within the retry window.</summary>
    private static readonly TimeSpan LongestRetryAfter = TimeSpan.FromHours(24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await DispatchDueAsync(stoppingToken) == Batch) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { log.LogWarning(e, "Sending webhooks failed; will try again"); }
            try { await Task.Delay(settings.Poll, clock, stoppingToken); } catch (OperationCanceledException) { return; }
        }
    }

    /// <returns>How many deliveries were due (each claimed by this worker or by another).</returns>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var now = clock.GetUtcNow().UtcDateTime;
            due = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
                            && db.WebhookEndpoints.Any(w => w.Id == d.EndpointId && w.Enabled))
                .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(Batch).ToListAsync(ct);
        }
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct }, async (id, c) =>
        {
            try { await AttemptAsync(id, c); }
            catch (OperationCanceledException) when (c.IsCancellationRequested) { throw; }
            catch (Exception e) { log.LogWarning(e, "Webhook delivery {Delivery} could not be attempted; it comes due again after its claim", id); }
        });
        return due.Count;
    }

    private async Task AttemptAsync(int id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = Guid.NewGuid().ToString("N");
        var claimed = await db.WebhookDeliveries.Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.ClaimToken, claim).SetProperty(d => d.NextAttemptAt, now + settings.Claim), ct) == 1;
        if (!claimed) return;

        var delivery = await db.WebhookDeliveries.AsNoTracking().Include(d => d.Event).FirstAsync(d => d.Id == id, ct);
        var endpoint = await db.WebhookEndpoints.AsNoTracking().FirstAsync(w => w.Id == delivery.EndpointId, ct);
        if (!endpoint.Enabled) return; // turned off meanwhile: the delivery waits, and goes when the endpoint is on again
        string[] secrets = endpoint.PreviousSecret is { } old && endpoint.PreviousSecretUntil > now ? [endpoint.Secret, old] : [endpoint.Secret];

        var attempt = await sender.SendAsync(endpoint.Url, delivery.Event!.MessageId, delivery.Event.Body, secrets, ct);

        var after = clock.GetUtcNow().UtcDateTime;
        var attempts = delivery.Attempts + 1;
        var waits = settings.RetryWaits;
        var (status, next, error) = attempt switch
        {
            { Delivered: true } => (WebhookDeliveryStatus.Delivered, (DateTime?)null, (string?)null),
            { Gone: true } => (WebhookDeliveryStatus.Failed, null, attempt.Error),
            _ when attempts > waits.Count => (WebhookDeliveryStatus.Failed, null, $"Gave up after {attempts} attempts. {attempt.Error}"),
            _ => (WebhookDeliveryStatus.Pending, after + Wait(waits[attempts - 1], attempt.RetryAfter), attempt.Error),
        };
        // The endpoint first: whoever sees the delivery failed by a 410 sees the endpoint off too.
        if (attempt.Gone)
            await db.WebhookEndpoints.Where(w => w.Id == endpoint.Id).ExecuteUpdateAsync(u => u
                .SetProperty(w => w.Enabled, false).SetProperty(w => w.DisabledReason, attempt.Error).SetProperty(w => w.UpdatedAt, after), CancellationToken.None);
        // Only while the claim is still ours: a redeliver meanwhile starts the delivery afresh instead.
        await db.WebhookDeliveries.Where(d => d.Id == id && d.ClaimToken == claim).ExecuteUpdateAsync(u => u
            .SetProperty(d => d.Status, status).SetProperty(d => d.Attempts, attempts).SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.ClaimToken, (string?)null).SetProperty(d => d.LastStatusCode, attempt.StatusCode)
            .SetProperty(d => d.LastError, error).SetProperty(d => d.LastAttemptAt, after)
            .SetProperty(d => d.DeliveredAt, attempt.Delivered ? after : null), CancellationToken.None);
        if (!attempt.Delivered)
            log.LogInformation("Webhook {Message} to endpoint {Endpoint} failed (attempt {Attempt}): {Error}", delivery.Event.MessageId, endpoint.Id, attempts, attempt.Error);
    }

    /// <summary>The schedule's wait with ±15% jitter, so receivers that failed together are not retried together; a Retry-After wins.</summary>
    private static TimeSpan Wait(TimeSpan scheduled, TimeSpan? retryAfter) =>
        retryAfter is { } asked ? (asked < LongestRetryAfter ? asked : LongestRetryAfter) : scheduled * (0.85 + Random.Shared.NextDouble() * 0.3);
}
