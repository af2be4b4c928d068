using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Pipeline;

/// <summary>Where a project stands in the whole pipeline: "Parsed · 1 of 8 steps", never "Completed" after one step.</summary>
public sealed record PipelineSummaryJson(int StepsDone, int StepsTotal, string Summary);

/// <summary>Whether a phase route can start now and, when not, the sentence the button shows instead of a 409.</summary>
public sealed record PhaseActionJson(string Route, bool CanStart, string? Reason);

public static class PipelineSummary
{
    public static bool IsDone(string status) => status is StepStatus.Completed or StepStatus.Skipped;

    /// <summary>Each project's step states by step name (pending when a step has no row yet).</summary>
    public static async Task<Dictionary<int, Dictionary<string, string>>> StatesAsync(AppDb db, IReadOnlyCollection<int> projectIds, CancellationToken ct)
    {
        var rows = await db.PipelineSteps.AsNoTracking().Where(s => projectIds.Contains(s.ProjectId))
            .Select(s => new { s.ProjectId, s.Name, s.Status }).ToListAsync(ct);
        return projectIds.ToDictionary(id => id, id => PipelineOrder.Steps.ToDictionary(
            n => n, n => rows.FirstOrDefault(r => r.ProjectId == id && r.Name == n)?.Status ?? StepStatus.Pending));
    }

    /// <param name="staleScenes">Scenes an edit changed since they were made: a finished movie that no longer shows them is not "Completed".</param>
    public static PipelineSummaryJson Describe(string projectStatus, string? currentStep, IReadOnlyDictionary<string, string> states, int staleScenes = 0)
    {
        currentStep ??= PipelineOrder.Steps.FirstOrDefault(n => states.GetValueOrDefault(n) == StepStatus.Running);
        var done = PipelineOrder.Steps.Count(n => IsDone(states.GetValueOrDefault(n, StepStatus.Pending)));
        var total = PipelineOrder.Steps.Count;
        var where = projectStatus switch
        {
            ProjectStatus.Queued => "Waiting for a worker",
            ProjectStatus.Running => currentStep is null ? "Running" : $"{PipelineOrder.Named(currentStep).Title} running",
            ProjectStatus.Failed => PipelineOrder.All.FirstOrDefault(s => states.GetValueOrDefault(s.Name) == StepStatus.Failed) is { } f
                ? $"{f.Title} failed" : "Failed",
            ProjectStatus.Cancelled => "Cancelled",
            ProjectStatus.CompletedWithErrors => "Finished with errors",
            _ when done == total && staleScenes > 0 => $"{staleScenes} scene{(staleScenes == 1 ? "" : "s")} changed since the movie was made",
            _ when done == total => "Completed",
            _ => PipelineOrder.All.LastOrDefault(s => IsDone(states.GetValueOrDefault(s.Name, StepStatus.Pending)))?.Reached ?? "Not started",
        };
        return new PipelineSummaryJson(done, total, $"{where} · {done} of {total} steps");
    }

    /// <summary>Each project's number of scenes with a part an edit made out of date (projects without any are absent).</summary>
    public static async Task<Dictionary<int, int>> StaleScenesAsync(AppDb db, IReadOnlyCollection<int> projectIds, CancellationToken ct) =>
        await db.Scenes.AsNoTracking().Where(s => projectIds.Contains(s.ProjectId) && s.StaleParts != null && s.StaleParts != "")
            .GroupBy(s => s.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>The pipeline's progress: finished steps plus the running step's share, over all steps.</summary>
    public static int Progress(IReadOnlyDictionary<string, string> states, string? currentStep, int currentProgress)
    {
        var done = PipelineOrder.Steps.Count(n => n != currentStep && IsDone(states.GetValueOrDefault(n, StepStatus.Pending)));
        var share = currentStep is null ? 0 : Math.Clamp(currentProgress, 0, 100) / 100.0;
        return (int)Math.Round((done + share) / PipelineOrder.Steps.Count * 100);
    }

    /// <summary>Null when the steps can start now, else why not, in the words the 409 would have used.</summary>
    public static string? WhyNot(IEnumerable<StepDefinition> steps, IReadOnlyDictionary<string, string> states, bool runActive)
    {
        if (runActive) return "A run is in progress. Wait for it to finish or cancel it first.";
        var missing = PipelineOrder.Prerequisites(steps).FirstOrDefault(s => states.GetValueOrDefault(s.Name) != StepStatus.Completed);
        return missing is null ? null : $"Needs {missing.Title.ToLowerInvariant()} first ({PhaseLabel(missing.Phase)}).";
    }

    /// <summary>The conflict sentence for a start that cannot run (kept as the seed worded it).</summary>
    public static string MissingPrerequisite(StepDefinition missing) =>
        $"{PhaseLabel(missing.Phase)} ({missing.Phase.Title.ToLowerInvariant()}) has not completed yet: its {missing.Name} step must finish first.";

    private static string PhaseLabel(PhaseDefinition phase) => $"Phase {PipelineOrder.Phases.ToList().IndexOf(phase) + 1}";
}

/// <summary>The project responses' summaries, from the same rule as the status JSON's.</summary>
public sealed class ProjectSummaries : Projects.IProjectSummaries
{
    public async Task<IReadOnlyDictionary<int, Projects.ProjectSummary>> ForAsync(AppDb db, IReadOnlyCollection<Project> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var states = await PipelineSummary.StatesAsync(db, ids, ct);
        var stale = await PipelineSummary.StaleScenesAsync(db, ids, ct);
        return projects.ToDictionary(p => p.Id, p =>
        {
            var count = stale.GetValueOrDefault(p.Id);
            var s = PipelineSummary.Describe(p.Status, null, states[p.Id], count);
            return new Projects.ProjectSummary(s.StepsDone, s.StepsTotal, s.Summary, count);
        });
    }
}
