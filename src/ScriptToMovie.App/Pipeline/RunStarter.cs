using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Pipeline;

public sealed record RunAccepted(string RunId, string StatusUrl);

/// <summary>Creates a run for some steps of a project, after checking the order rules, and queues it.</summary>
public sealed class RunStarter(AppDb db, IRunQueue queue, TimeProvider clock, RunStatusDocuments documents)
{
    public const string AlreadyRunning = "A run is already in progress for this project. Wait for it to finish or cancel it first.";

    public async Task<RunAccepted> StartAsync(Project project, IReadOnlyList<string> steps, double? maxCostUsd = null,
        IReadOnlyCollection<int>? sceneIds = null, bool userRetry = false, CancellationToken ct = default)
    {
        // MySQL retries transient failures, so the transaction runs inside the execution strategy.
        var accepted = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => ClaimAndCreateAsync(project.Id, steps, maxCostUsd, sceneIds, userRetry, ct));
        documents.Changed(project.Id);
        queue.Enqueue(accepted.RunId);
        return accepted;
    }

    /// <summary>
    /// One transaction that starts with a conditional UPDATE of the project's status: of any number of
    /// simultaneous starts exactly one changes the row (the others wait on its lock, or SQLite's write lock,
    /// then find it queued) and only that one creates the run and the step rows.
    /// </summary>
    private async Task<RunAccepted> ClaimAndCreateAsync(int projectId, IReadOnlyList<string> steps, double? maxCostUsd,
        IReadOnlyCollection<int>? sceneIds, bool userRetry, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.Projects
            .Where(p => p.Id == projectId && p.Status != ProjectStatus.Queued && p.Status != ProjectStatus.Running)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, ProjectStatus.Queued).SetProperty(p => p.UpdatedAt, now), ct);
        if (claimed == 0 || await db.PipelineRuns.AnyAsync(r => r.ProjectId == projectId && (r.Status == ProjectStatus.Queued || r.Status == ProjectStatus.Running), ct))
            throw ApiProblem.Conflict(AlreadyRunning);

        var states = await StepStates.LoadAsync(db, projectId, ct);
        var missing = PipelineOrder.Prerequisites(steps.Select(PipelineOrder.Named)).FirstOrDefault(s => states[s.Name].Status != StepStatus.Completed);
        if (missing is not null) throw ApiProblem.Conflict(PipelineSummary.MissingPrerequisite(missing));

        // Later steps depend on what these steps write, so they must run again.
        var first = PipelineOrder.IndexOf(steps[0]);
        foreach (var later in PipelineOrder.Steps.Skip(first).Where(s => !steps.Contains(s) && sceneIds is null))
            if (states[later].Status != StepStatus.Pending)
            {
                states[later].Status = StepStatus.Pending;
                states[later].Progress = 0;
                states[later].Message = null;
            }
        foreach (var s in steps)
        {
            states[s].Status = StepStatus.Pending;
            states[s].Progress = 0;
            states[s].Message = "Waiting to start…";
        }

        var run = new PipelineRun
        {
            RunId = Guid.NewGuid().ToString("N"),
            ProjectId = projectId,
            Status = ProjectStatus.Queued,
            Steps = string.Join(',', steps),
            MaxCostUsd = maxCostUsd,
            SceneIds = sceneIds is null ? null : string.Join(',', sceneIds),
            IsUserRetry = userRetry,
            StartedAt = now,
            UpdatedAt = now,
            LastEnqueuedAt = now,
        };
        db.PipelineRuns.Add(run);
        var project = await db.Projects.FirstAsync(p => p.Id == projectId, ct);
        project.Status = ProjectStatus.Queued;
        project.Progress = PipelineSummary.Progress(states.ToDictionary(kv => kv.Key, kv => kv.Value.Status), null, 0);
        project.Message = "Waiting for a worker…";
        project.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new RunAccepted(run.RunId, $"/api/workflow/{projectId}/status");
    }
}

/// <summary>Hands a run to the job engine. Only Pipeline/ knows which engine that is.</summary>
public interface IRunQueue
{
    void Enqueue(string runId);
}

/// <summary>For a process that executes the run itself right after starting it.</summary>
public sealed class InProcessRunQueue : IRunQueue
{
    public void Enqueue(string runId) { }
}
