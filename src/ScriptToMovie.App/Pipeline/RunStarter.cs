using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Pipeline;

public sealed record RunAccepted(string RunId, string StatusUrl);

/// <summary>Creates a run for some steps of a project, after checking the order rules, and queues it.</summary>
public sealed class RunStarter(AppDb db, IRunQueue queue, TimeProvider clock)
{
    public async Task<RunAccepted> StartAsync(Project project, IReadOnlyList<string> steps, double? maxCostUsd = null,
        IReadOnlyCollection<int>? sceneIds = null, bool userRetry = false, CancellationToken ct = default)
    {
        if (await db.PipelineRuns.AnyAsync(r => r.ProjectId == project.Id && (r.Status == ProjectStatus.Queued || r.Status == ProjectStatus.Running), ct))
            throw ApiProblem.Conflict("A run is already in progress for this project. Wait for it to finish or cancel it first.");

        var states = await StepStates.LoadAsync(db, project.Id, ct);
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

        var now = clock.GetUtcNow().UtcDateTime;
        var run = new PipelineRun
        {
            RunId = Guid.NewGuid().ToString("N"),
            ProjectId = project.Id,
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
        project.Status = ProjectStatus.Queued;
        project.Progress = PipelineSummary.Progress(states.ToDictionary(kv => kv.Key, kv => kv.Value.Status), null, 0);
        project.Message = "Waiting for a worker…";
        project.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        queue.Enqueue(run.RunId);
        return new RunAccepted(run.RunId, $"/api/workflow/{project.Id}/status");
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
