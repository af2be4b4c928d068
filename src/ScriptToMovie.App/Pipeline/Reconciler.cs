using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Telemetry;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Finds runs whose worker vanished (lease expired, or queued but never picked up) and queues them
/// again, so recovery after a killed worker takes a lease's length, not the job engine's 30 minutes.
/// </summary>
public sealed class Reconciler(IServiceScopeFactory scopes, PipelineSettings settings, TimeProvider clock, ILogger<Reconciler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await ReconcileOnceAsync(stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e) { log.LogWarning(e, "Reconciling runs failed; will try again"); }
            try { await Task.Delay(settings.ReconcileEvery, stoppingToken); } catch (OperationCanceledException) { return; }
        }
    }

    public async Task<int> ReconcileOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var queue = scope.ServiceProvider.GetRequiredService<IRunQueue>();
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - settings.Lease;
        var orphans = await db.PipelineRuns
            .Where(r => (r.Status == ProjectStatus.Queued || r.Status == ProjectStatus.Running)
                        && (r.LeaseExpiresAt == null ? r.LastEnqueuedAt < stale : r.LeaseExpiresAt < now)
                        && (r.LastEnqueuedAt == null || r.LastEnqueuedAt < stale))
            .OrderBy(r => r.Id) // oldest first, so runs waiting in line keep their order
            .ToListAsync(ct);
        foreach (var run in orphans)
        {
            run.LastEnqueuedAt = now;
            await db.SaveChangesAsync(ct);
            // A run still in its user's line is re-offered every lease too; only a run whose lease ran out lost a worker.
            if (run.LeaseOwner is not null)
                log.LogInformation("Re-queuing run {Run} of project {Project}: its worker stopped (its lease ran out)", run.RunId, run.ProjectId);
            else
                log.LogDebug("Re-offering run {Run} of project {Project}: no worker has taken it yet", run.RunId, run.ProjectId);
            queue.Enqueue(run.RunId);
        }
        // Counted here because every worker reconciles every few seconds anyway: the gauge costs one small query.
        AppTelemetry.SetQueueDepth(await db.PipelineRuns.CountAsync(r => r.Status == ProjectStatus.Queued && r.LeaseOwner == null, ct));
        return orphans.Count;
    }
}
