using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Webhooks;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Ends a cancelled run that no worker holds, in one conditional UPDATE. The cancel route sets cancelRequested
/// first and then tries this; a worker that takes the run's lease meanwhile reads the flag before it starts a
/// step (and at every heartbeat after), so a cancel is never lost between them.
/// </summary>
public static class WaitingRunCancel
{
    public const string Cancelled = "The run was cancelled. Finished work is kept; start again to continue.";

    public static Task<bool> TryAsync(AppDb db, string runId, DateTime now, CancellationToken ct) =>
        // One transaction, so the run.cancelled event in the webhook outbox exists exactly when the cancel does.
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var ended = await db.PipelineRuns
                .Where(r => r.RunId == runId && r.CancelRequested && r.Status == ProjectStatus.Queued && r.LeaseOwner == null)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, ProjectStatus.Cancelled).SetProperty(r => r.Message, Cancelled)
                    .SetProperty(r => r.FinishedAt, now).SetProperty(r => r.UpdatedAt, now), ct) == 1;
            if (!ended) return false;
            var run = await db.PipelineRuns.AsNoTracking().FirstAsync(r => r.RunId == runId, ct);
            await db.Projects.Where(p => p.Id == run.ProjectId && p.Status == ProjectStatus.Queued)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, ProjectStatus.Cancelled).SetProperty(p => p.Message, Cancelled).SetProperty(p => p.UpdatedAt, now), ct);
            await db.PipelineSteps.Where(s => s.ProjectId == run.ProjectId && s.Message == "Waiting to start…")
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Message, (string?)null), ct);
            var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == run.ProjectId, ct);
            await WebhookOutbox.AddRunEventAsync(db, WebhookEventTypes.RunCancelled, project, run, now, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return true;
        });
}
