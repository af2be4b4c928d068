using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Pipeline;

public static class StepStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
}

/// <summary>Reads and writes the pipelineSteps rows: the latest state of each step of a project.</summary>
public static class StepStates
{
    public static async Task<Dictionary<string, PipelineStepState>> LoadAsync(AppDb db, int projectId, CancellationToken ct)
    {
        var rows = await db.PipelineSteps.Where(s => s.ProjectId == projectId).ToListAsync(ct);
        foreach (var name in PipelineOrder.Steps.Where(n => rows.All(r => r.Name != n)))
        {
            var row = new PipelineStepState { ProjectId = projectId, Name = name, Status = StepStatus.Pending, UpdatedAt = DateTime.UtcNow };
            db.PipelineSteps.Add(row);
            rows.Add(row);
        }
        return rows.ToDictionary(r => r.Name);
    }

    public static async Task SetAsync(AppDb db, int projectId, string step, string status, int progress, string? message, CancellationToken ct)
    {
        var states = await LoadAsync(db, projectId, ct);
        var s = states[step];
        var now = DateTime.UtcNow;
        if (status == StepStatus.Running && (s.Status != StepStatus.Running || s.StartedAt is null)) s.StartedAt = now;
        // A running step's progress only moves forward: reports from clips made side by side may arrive out of order.
        else if (status == StepStatus.Running && s.Status == StepStatus.Running) progress = Math.Max(progress, s.Progress);
        s.Status = status;
        s.Progress = progress;
        s.Message = message;
        s.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
    }
}
