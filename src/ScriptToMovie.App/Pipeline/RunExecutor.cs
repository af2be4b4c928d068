using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Runs one pipeline run's steps in order. It holds the run's lease (renewed by a heartbeat) so that
/// exactly one worker drives a run; if that worker dies the lease expires and the reconciler hands the
/// run to another, which starts after the steps this run already finished.
/// </summary>
public sealed class RunExecutor(
    IServiceScopeFactory scopes, PipelineSettings settings, TimeProvider clock, RunCancellations cancellations, ILogger<RunExecutor> log)
{
    public async Task ExecuteAsync(string runId, CancellationToken shutdown)
    {
        var owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        if (!await TryLeaseAsync(runId, owner, renew: false, shutdown)) return;

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        using var tracked = cancellations.Track(runId, cancel);
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(runId, owner, cancel, stopHeartbeat.Token);
        try { await DriveAsync(runId, cancel.Token, shutdown); }
        finally
        {
            await stopHeartbeat.CancelAsync();
            await heartbeat;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            await db.PipelineRuns.Where(r => r.RunId == runId && r.LeaseOwner == owner)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseOwner, (string?)null).SetProperty(r => r.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);
        }
    }

    private async Task DriveAsync(string runId, CancellationToken ct, CancellationToken shutdown)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var run = await db.PipelineRuns.FirstAsync(r => r.RunId == runId, ct);
        if (RunStatus.IsFinished(run.Status)) return;
        var project = await db.Projects.FirstAsync(p => p.Id == run.ProjectId, ct);

        run.Status = ProjectStatus.Running;
        project.Status = ProjectStatus.Running;
        project.Message = null;
        await db.SaveChangesAsync(ct);

        var steps = ProjectJsonList(run.Steps);
        var onlyScenes = ProjectJsonList(run.SceneIds).Select(int.Parse).ToHashSet();
        foreach (var name in steps)
        {
            if (ProjectJsonList(run.CompletedSteps).Contains(name)) continue;
            run.CurrentStep = name;
            run.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await StepStates.SetAsync(db, project.Id, name, StepStatus.Running, 0, PipelineOrder.Named(name).Starting, ct);
            await UpdateProgressAsync(db, project, run, steps, name, 0, ct);

            var step = scope.ServiceProvider.GetServices<IPipelineStep>().FirstOrDefault(s => s.Definition.Name == name);
            var outcome = step is null
                ? Outcome.Fail($"The {name} step is not available in this installation.")
                : await RunStepAsync(step, project, run, steps, onlyScenes, ct);

            db.ChangeTracker.Clear();
            run = await db.PipelineRuns.FirstAsync(r => r.RunId == runId, CancellationToken.None);
            project = await db.Projects.FirstAsync(p => p.Id == run.ProjectId, CancellationToken.None);

            if (outcome.Kind == OutcomeKind.Cancelled)
            {
                if (shutdown.IsCancellationRequested && !run.CancelRequested) return; // worker stopping: another resumes the run
                await StepStates.SetAsync(db, project.Id, name, StepStatus.Pending, 0, "Cancelled before this step finished.", CancellationToken.None);
                await FinishAsync(db, project, run, ProjectStatus.Cancelled, "The run was cancelled. Finished work is kept; start again to continue.");
                return;
            }
            if (outcome.Kind == OutcomeKind.Failed)
            {
                await StepStates.SetAsync(db, project.Id, name, StepStatus.Failed, 0, outcome.Message, CancellationToken.None);
                await FinishAsync(db, project, run, ProjectStatus.Failed, outcome.Message!);
                return;
            }
            await StepStates.SetAsync(db, project.Id, name, StepStatus.Completed, 100, outcome.Message ?? PipelineOrder.Named(name).Done, CancellationToken.None);
            run.CompletedSteps = string.Join(',', ProjectJsonList(run.CompletedSteps).Append(name));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        var failedScenes = await db.GeneratedVideos.Where(v => v.ProjectId == project.Id && v.Status == "failed").Select(v => v.SceneId).Distinct().CountAsync(CancellationToken.None);
        if (failedScenes > 0 && (steps.Contains(PipelineOrder.Clips.Name) || steps.Contains(PipelineOrder.Assemble.Name)))
        {
            var total = await db.Scenes.CountAsync(s => s.ProjectId == project.Id, CancellationToken.None);
            await FinishAsync(db, project, run, ProjectStatus.CompletedWithErrors,
                $"{failedScenes} of {total} scenes failed to generate. You can retry failed scenes or continue with the completed clips.");
        }
        else if (steps.Intersect(PipelineOrder.Names([PipelineOrder.Storyboard, PipelineOrder.Clips, PipelineOrder.Assemble])).Any() && (await FailedFrames.ScenesAsync(db, project.Id, CancellationToken.None)).Count is > 0 and var failedFrames)
        {
            var total = await db.Scenes.CountAsync(s => s.ProjectId == project.Id, CancellationToken.None);
            await FinishAsync(db, project, run, ProjectStatus.CompletedWithErrors,
                $"{failedFrames} of {total} storyboard pictures failed, so those scenes were made without one. You can retry failed scenes or continue with the completed clips.");
        }
        else await FinishAsync(db, project, run, ProjectStatus.Completed, CompletedMessage(steps));
    }

    private async Task<Outcome> RunStepAsync(IPipelineStep step, Project project, PipelineRun run, IReadOnlyList<string> steps, HashSet<int> onlyScenes, CancellationToken ct)
    {
        // Each step gets a fresh scope so its DbContext sees what earlier steps stored.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        await using var reportScope = scopes.CreateAsyncScope();
        var reportDb = reportScope.ServiceProvider.GetRequiredService<AppDb>();
        var projectId = project.Id;
        var runId = run.RunId;
        var context = new StepContext(projectId, runId, db, scope.ServiceProvider.GetRequiredService<IMediaStorage>(), scope.ServiceProvider,
            async (progress, message) =>
            {
                reportDb.ChangeTracker.Clear();
                await StepStates.SetAsync(reportDb, projectId, step.Definition.Name, StepStatus.Running, progress, message, CancellationToken.None);
                var p = await reportDb.Projects.FirstAsync(x => x.Id == projectId, CancellationToken.None);
                var r = await reportDb.PipelineRuns.FirstAsync(x => x.RunId == runId, CancellationToken.None);
                await UpdateProgressAsync(reportDb, p, r, steps, step.Definition.Name, progress, CancellationToken.None);
            })
        {
            OnlyScenes = onlyScenes,
            IsUserRetry = run.IsUserRetry,
        };
        try
        {
            await step.RunAsync(context, ct);
            return Outcome.Ok(context.Notes.Count > 0 ? string.Join(" ", context.Notes) : null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { return Outcome.Cancel(); }
        catch (StepFailedException e) { return Outcome.Fail(e.Message); }
        catch (Exception e)
        {
            log.LogError(e, "Step {Step} failed for project {Project}", step.Definition.Name, projectId);
            return Outcome.Fail($"Something went wrong in the {step.Definition.Name} step. Your project has been saved — try again in a few minutes.");
        }
    }

    private async Task UpdateProgressAsync(AppDb db, Project project, PipelineRun run, IReadOnlyList<string> steps, string current, int stepProgress, CancellationToken ct)
    {
        var states = (await PipelineSummary.StatesAsync(db, [project.Id], ct))[project.Id];
        project.Progress = PipelineSummary.Progress(states, current, stepProgress);
        project.UpdatedAt = run.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    private async Task FinishAsync(AppDb db, Project project, PipelineRun run, string status, string message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        run.Status = status;
        run.Message = message;
        run.CurrentStep = null;
        run.FinishedAt = run.UpdatedAt = now;
        // The run may be complete while the pipeline is not: then the project is still a draft, not "completed".
        var states = (await PipelineSummary.StatesAsync(db, [project.Id], CancellationToken.None))[project.Id];
        project.Progress = PipelineSummary.Progress(states, null, 0);
        project.Status = status == ProjectStatus.Completed && project.Progress < 100 ? ProjectStatus.Draft : status;
        project.Message = message;
        project.UpdatedAt = now;
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task HeartbeatAsync(string runId, string owner, CancellationTokenSource cancel, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try { await Task.Delay(settings.Heartbeat, stop); } catch (OperationCanceledException) { return; }
            try
            {
                if (!await TryLeaseAsync(runId, owner, renew: true, CancellationToken.None))
                {
                    log.LogWarning("Run {Run} lease lost; stopping here so the new holder can continue", runId);
                    await cancel.CancelAsync();
                    return;
                }
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDb>();
                if (await db.PipelineRuns.AnyAsync(r => r.RunId == runId && r.CancelRequested, CancellationToken.None))
                    await cancel.CancelAsync();
            }
            catch (Exception e) { log.LogWarning(e, "Heartbeat for run {Run} failed", runId); }
        }
    }

    /// <summary>Takes (or renews) the run's lease with one conditional update: atomic on every database.</summary>
    private async Task<bool> TryLeaseAsync(string runId, string owner, bool renew, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + settings.Lease;
        var q = db.PipelineRuns.Where(r => r.RunId == runId && r.Status != ProjectStatus.Completed && r.Status != ProjectStatus.CompletedWithErrors
                                           && r.Status != ProjectStatus.Failed && r.Status != ProjectStatus.Cancelled);
        q = renew ? q.Where(r => r.LeaseOwner == owner) : q.Where(r => r.LeaseOwner == null || r.LeaseExpiresAt < now);
        return await q.ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseOwner, owner).SetProperty(r => r.LeaseExpiresAt, expires), ct) == 1;
    }

    private static List<string> ProjectJsonList(string? csv) => Projects.ProjectJson.SplitList(csv).ToList();

    private static string CompletedMessage(IReadOnlyList<string> steps)
    {
        if (steps.Contains(PipelineOrder.Assemble.Name)) return "Your movie is ready.";
        var last = PipelineOrder.Named(steps[^1]);
        var next = PipelineOrder.All.Skip(PipelineOrder.IndexOf(last.Name) + 1).FirstOrDefault();
        return next is null ? last.Done : $"{last.Done} Next: {next.Title.ToLowerInvariant()}.";
    }

    private enum OutcomeKind { Ok, Failed, Cancelled }

    private sealed record Outcome(OutcomeKind Kind, string? Message)
    {
        public static Outcome Ok(string? note) => new(OutcomeKind.Ok, note);
        public static Outcome Fail(string message) => new(OutcomeKind.Failed, message);
        public static Outcome Cancel() => new(OutcomeKind.Cancelled, null);
    }
}

public static class RunStatus
{
    public static bool IsFinished(string status) =>
        status is ProjectStatus.Completed or ProjectStatus.CompletedWithErrors or ProjectStatus.Failed or ProjectStatus.Cancelled;
}
