using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Pipeline;

/// <summary>Cancelling a project's run and retrying its failed scenes: shared by the seed's workflow routes and /api/v1/runs.</summary>
public sealed class RunControl(AppDb db, RunCancellations running, PipelineSettings settings, RunStatusDocuments documents, RunStarter starter)
{
    /// <returns>The sentence telling the user when the run stops.</returns>
    public async Task<string> CancelAsync(int projectId, string? runId, CancellationToken ct)
    {
        var run = await db.PipelineRuns.Where(r => r.ProjectId == projectId && (runId == null || r.RunId == runId)
                                                   && (r.Status == ProjectStatus.Queued || r.Status == ProjectStatus.Running))
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct)
            ?? throw ApiProblem.Conflict(runId is null ? "Nothing is running for this project." : "This run has already ended, so there is nothing to cancel.");
        await db.PipelineRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.CancelRequested, true), ct);
        var endedWaiting = await WaitingRunCancel.TryAsync(db, run.RunId, DateTime.UtcNow, ct);
        documents.Changed(projectId);
        // Saved first: the stopped run reads the flag to tell a cancel from a worker shutting down.
        var stoppedHere = running.Cancel(run.RunId);
        return stoppedHere || endedWaiting || run.LeaseOwner is null
            ? "Cancelling: the run stops now. Finished work is kept."
            // Another worker process sees the flag at its next heartbeat.
            : $"Cancelling: the worker running it stops within {Math.Ceiling(settings.Heartbeat.TotalSeconds):0} seconds. Finished work is kept.";
    }

    public async Task<RunAccepted> RetryFailedAsync(Project project, CancellationToken ct)
    {
        var failedClips = await db.GeneratedVideos.Where(v => v.ProjectId == project.Id && v.Status == "failed").Select(v => v.SceneId).Distinct().ToListAsync(ct);
        var failedFrames = await FailedFrames.ScenesAsync(db, project.Id, ct);
        var failed = failedClips.Union(failedFrames).ToList();
        if (failed.Count == 0) throw ApiProblem.Conflict("No scenes have failed, so there is nothing to retry.");
        return await starter.StartAsync(project, PipelineOrder.Names(PipelineOrder.RetrySteps(redrawFrames: failedFrames.Count > 0)), sceneIds: failed, userRetry: true, ct: ct);
    }
}
