using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Telemetry;
using ScriptToMovie.App.Webhooks;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Runs one pipeline run's steps in order. It holds the run's lease (renewed by a heartbeat) so that
/// exactly one worker drives a run; if that worker dies the lease expires and the reconciler hands the
/// run to another, which starts after the steps this run already finished.
/// </summary>
public sealed class RunExecutor(
    IServiceScopeFactory scopes, PipelineSettings settings, TimeProvider clock, RunCancellations cancellations, WorkSlots slots,
    RunStatusDocuments documents, RunStatusJson statusJson, ILogger<RunExecutor> log)
{
    /// <summary>
    /// A job is a signal that its run's user may have work: with one of the user's run slots free, this drives the
    /// user's oldest run that nobody holds (usually the job's own run), so runs start in the order they were asked
    /// for, whichever job a worker happens to pick up first.
    /// </summary>
    public async Task ExecuteAsync(string runId, CancellationToken shutdown)
    {
        var job = await InScopeAsync(db => db.PipelineRuns.AsNoTracking().Where(r => r.RunId == runId)
            .Select(r => new { r.Status, UserId = db.Projects.Where(p => p.Id == r.ProjectId).Select(p => p.UserId).First() }).FirstOrDefaultAsync(shutdown));
        if (job is null || RunStatus.IsFinished(job.Status)) return;
        var pool = WorkSlots.UserRunsPool(job.UserId);

        var userSlot = await slots.TryHoldAsync(pool, settings.RunsPerUser, shutdown);
        if (userSlot is null)
        {
            // The user already has RUNS_PER_USER runs going: this one waits in line and is queued again when one of
            // them finishes. A slot that freed meanwhile is not left idle.
            if (await slots.AnyFreeAsync(pool, settings.RunsPerUser, CancellationToken.None)) await KickAsync(job.UserId, CancellationToken.None);
            return;
        }
        try
        {
            var owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
            string? target = null;
            foreach (var candidate in await InScopeAsync(db => UserQueue.NextAsync(db, job.UserId, clock.GetUtcNow().UtcDateTime, 20, shutdown)))
                if (await TryLeaseAsync(candidate, owner, renew: false, shutdown)) { target = candidate; break; }
            if (target is not null) await DriveLeasedAsync(target, owner, shutdown);
        }
        finally
        {
            await userSlot.DisposeAsync();
            try { await KickAsync(job.UserId, CancellationToken.None); }
            catch (Exception e) { log.LogWarning(e, "Could not queue the next waiting run of user {User}; the reconciler will", job.UserId); }
        }
    }

    private async Task DriveLeasedAsync(string runId, string owner, CancellationToken shutdown)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
        using var tracked = cancellations.Track(runId, cancel);
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(runId, owner, cancel, stopHeartbeat.Token);
        try { await DriveAsync(runId, cancel.Token); }
        finally
        {
            await stopHeartbeat.CancelAsync();
            await heartbeat;
            await ReleaseLeaseAsync(runId, owner);
        }
    }

    /// <summary>Queues the user's earliest waiting runs, now that one of their slots is free.</summary>
    private Task KickAsync(int userId, CancellationToken ct) => InScopeAsync(async (db, scope) =>
    {
        var queue = scope.GetRequiredService<IRunQueue>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var next in await UserQueue.NextAsync(db, userId, now, settings.RunsPerUser, ct))
        {
            await db.PipelineRuns.Where(r => r.RunId == next).ExecuteUpdateAsync(u => u.SetProperty(r => r.LastEnqueuedAt, now), ct);
            queue.Enqueue(next);
        }
        return 0;
    });

    private Task ReleaseLeaseAsync(string runId, string owner) => InScopeAsync(db =>
        db.PipelineRuns.Where(r => r.RunId == runId && r.LeaseOwner == owner)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.LeaseOwner, (string?)null).SetProperty(r => r.LeaseExpiresAt, (DateTime?)null), CancellationToken.None));

    private Task<T> InScopeAsync<T>(Func<AppDb, Task<T>> work) => InScopeAsync((db, _) => work(db));

    private async Task<T> InScopeAsync<T>(Func<AppDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDb>(), scope.ServiceProvider);
    }

    private async Task DriveAsync(string runId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var run = await db.PipelineRuns.FirstAsync(r => r.RunId == runId, ct);
        if (RunStatus.IsFinished(run.Status)) return;
        var project = await db.Projects.FirstAsync(p => p.Id == run.ProjectId, ct);
        if (run.CancelRequested)
        {
            // Cancelled while it waited in line: nothing ran, so nothing is waiting to start any more.
            await db.PipelineSteps.Where(s => s.ProjectId == project.Id && s.Message == "Waiting to start…")
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Message, (string?)null), CancellationToken.None);
            await FinishAsync(db, project, run, ProjectStatus.Cancelled, WaitingRunCancel.Cancelled);
            return;
        }

        // A run resumed by another worker after a crash is already running: it started once, so it says so once.
        var starting = run.Status != ProjectStatus.Running;
        run.Status = ProjectStatus.Running;
        project.Status = ProjectStatus.Running;
        project.Message = null;
        if (starting) await WebhookOutbox.AddRunEventAsync(db, WebhookEventTypes.RunStarted, project, run, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        documents.Changed(project.Id);
        using var activity = AppTelemetry.Source.StartActivity("run");
        activity?.SetTag("s2m.run", runId);
        activity?.SetTag("s2m.project", project.Id);
        AppTelemetry.RunsStarted.Add(1);

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
                // Only the user's cancel ends the run: a stopping worker or a lost lease leaves it to the next holder.
                if (!run.CancelRequested) return;
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
            documents.Changed(project.Id);
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
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var activity = AppTelemetry.Source.StartActivity("step " + step.Definition.Name);
        var outcome = await RunStepCoreAsync(step, context, projectId, ct);
        var outcomeName = outcome.Kind switch { OutcomeKind.Cancelled => "cancelled", OutcomeKind.Failed => "failed", _ => "completed" };
        activity?.SetTag("s2m.outcome", outcomeName);
        AppTelemetry.StepDuration.Record(AppTelemetry.SecondsSince(started), new("step", step.Definition.Name), new("outcome", outcomeName));
        return outcome;
    }

    private async Task<Outcome> RunStepCoreAsync(IPipelineStep step, StepContext context, int projectId, CancellationToken ct)
    {
        try
        {
            await step.RunAsync(context, ct);
            return Outcome.Ok(context.Notes.Count > 0 ? string.Join(" ", context.Notes) : null);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { return Outcome.Cancel(); }
        catch (StepFailedException e) { return Outcome.Fail(e.Message); }
        catch (Exception e) when (StorageFailedException.In(e) is { } storage)
        {
            log.LogError(storage, "Step {Step} could not store files for project {Project}", step.Definition.Name, projectId);
            AppTelemetry.StorageErrors.Add(1, new KeyValuePair<string, object?>("where", "step"));
            return Outcome.Fail(StorageFailedException.UserMessage);
        }
        catch (Exception e)
        {
            log.LogError(e, "Step {Step} failed for project {Project}", step.Definition.Name, projectId);
            return Outcome.Fail($"Something went wrong in the {step.Definition.Name} step. Your project has been saved — try again in a few minutes.");
        }
        finally { await context.CloseAsync(); }
    }

    private async Task UpdateProgressAsync(AppDb db, Project project, PipelineRun run, IReadOnlyList<string> steps, string current, int stepProgress, CancellationToken ct)
    {
        var states = (await PipelineSummary.StatesAsync(db, [project.Id], ct))[project.Id];
        project.Progress = PipelineSummary.Progress(states, current, stepProgress);
        project.UpdatedAt = run.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        documents.Changed(project.Id);
    }

    private async Task FinishAsync(AppDb db, Project project, PipelineRun run, string status, string message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        run.Status = status;
        run.Message = message;
        run.CurrentStep = null;
        AppTelemetry.RunsFinished.Add(1, new KeyValuePair<string, object?>("status", status));
        if (status == ProjectStatus.Failed) AppTelemetry.RunsFailed.Add(1);
        run.FinishedAt = run.UpdatedAt = now;
        // The run may be complete while the pipeline is not: then the project is still a draft, not "completed".
        var states = (await PipelineSummary.StatesAsync(db, [project.Id], CancellationToken.None))[project.Id];
        project.Progress = PipelineSummary.Progress(states, null, 0);
        project.Status = status == ProjectStatus.Completed && project.Progress < 100 ? ProjectStatus.Draft : status;
        project.Message = message;
        project.UpdatedAt = now;
        await AddFinishEventsAsync(db, project, run, status, now);
        await db.SaveChangesAsync(CancellationToken.None);
        documents.Changed(project.Id);
    }

    /// <summary>The run's end and its failed scenes go into the webhook outbox in the same SaveChanges as the end itself.</summary>
    private async Task AddFinishEventsAsync(AppDb db, Project project, PipelineRun run, string status, DateTime now)
    {
        var type = status switch
        {
            ProjectStatus.Failed => WebhookEventTypes.RunFailed,
            ProjectStatus.Cancelled => WebhookEventTypes.RunCancelled,
            _ => WebhookEventTypes.RunCompleted,
        };
        await WebhookOutbox.AddRunEventAsync(db, type, project, run, now, CancellationToken.None);
        if (status is not (ProjectStatus.CompletedWithErrors or ProjectStatus.Failed)) return;
        // The same sentence per scene the UI and GET /api/v1/runs/{id} show.
        var scenes = (await statusJson.BuildAsync(db, project, CancellationToken.None)).Scenes;
        foreach (var scene in scenes.Where(s => s.Clip == StepStatus.Failed || s.Storyboard == StepStatus.Failed))
            await WebhookOutbox.AddSceneFailedAsync(db, project, run, scene.SceneId, scene.SceneNumber, scene.ErrorMessage, now, CancellationToken.None);
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
                    // A beat that lands just after this run ended finds no lease to renew: nothing was lost.
                    if (await EndedAsync(runId)) return;
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

    private async Task<bool> EndedAsync(string runId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        return await db.PipelineRuns.AnyAsync(r => r.RunId == runId && RunStatus.Finished.Contains(r.Status));
    }

    /// <summary>Takes (or renews) the run's lease with one conditional update: atomic on every database.</summary>
    private async Task<bool> TryLeaseAsync(string runId, string owner, bool renew, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + settings.Lease;
        var q = db.PipelineRuns.Where(r => r.RunId == runId && !RunStatus.Finished.Contains(r.Status));
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
    /// <summary>The states a run ends in; an array so database queries can use it too (as an IN list).</summary>
    public static readonly string[] Finished = [ProjectStatus.Completed, ProjectStatus.CompletedWithErrors, ProjectStatus.Failed, ProjectStatus.Cancelled];

    public static bool IsFinished(string status) => Finished.Contains(status);
}
