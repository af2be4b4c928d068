using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Pipeline;

public sealed record StepStatusJson(string Name, string Status, int Progress, string? Message, DateTime? StartedAt = null);
public sealed record PhaseStatusJson(string Name, string Status, int Progress, string? Message, IReadOnlyList<StepStatusJson> Steps, IReadOnlyList<PhaseActionJson> Actions);
public sealed record SceneStatusJson(int SceneId, int SceneNumber, string Title, string Storyboard, string Voice, string Clip, string? ErrorMessage);
public sealed record WorkflowStatus(
    int ProjectId, string? RunId, string Status, int Progress, string? Message, string? CurrentStep,
    DateTime? StartedAt, DateTime? UpdatedAt, IReadOnlyList<PhaseStatusJson> Phases, IReadOnlyList<SceneStatusJson> Scenes,
    int StepsDone, int StepsTotal, string Summary, int? QueuePosition = null, RunActivityJson? Activity = null, int StaleScenes = 0);

/// <summary>Builds the status JSON shared by GET /api/workflow/{id}/status and the events stream.</summary>
public sealed class RunStatusJson(PipelineSettings settings, TimeProvider clock)
{
    public async Task<WorkflowStatus> BuildAsync(AppDb db, Project project, CancellationToken ct)
    {
        var run = await db.PipelineRuns.AsNoTracking().Where(r => r.ProjectId == project.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var rows = await db.PipelineSteps.AsNoTracking().Where(s => s.ProjectId == project.Id).ToListAsync(ct);
        var steps = PipelineOrder.Steps.ToDictionary(n => n, n => rows.FirstOrDefault(r => r.Name == n) is { } r
            ? new StepStatusJson(n, r.Status, r.Progress, r.Message, r.Status == StepStatus.Running ? r.StartedAt : null)
            : new StepStatusJson(n, StepStatus.Pending, 0, null));
        var states = steps.ToDictionary(kv => kv.Key, kv => kv.Value.Status);
        var runActive = run is { Status: ProjectStatus.Running or ProjectStatus.Queued };
        var phases = PipelineOrder.Phases.Select(p =>
        {
            var ss = p.Steps.Select(s => steps[s.Name]).ToList();
            var status = ss.All(s => s.Status is StepStatus.Completed or StepStatus.Skipped) ? StepStatus.Completed
                : ss.Any(s => s.Status == StepStatus.Failed) ? StepStatus.Failed
                : ss.Any(s => s.Status == StepStatus.Running) ? StepStatus.Running
                : StepStatus.Pending;
            var progress = (int)Math.Round(ss.Average(s => s.Status is StepStatus.Completed or StepStatus.Skipped ? 100 : s.Progress));
            var message = ss.FirstOrDefault(s => s.Status is StepStatus.Running or StepStatus.Failed)?.Message ?? ss.LastOrDefault(s => s.Status == StepStatus.Completed)?.Message;
            var actions = p.Actions.Select(a => PipelineSummary.WhyNot(a.Steps, states, runActive) is { } why
                ? new PhaseActionJson(a.Route, false, why) : new PhaseActionJson(a.Route, true, null)).ToList();
            return new PhaseStatusJson(p.Name, status, progress, message, ss, actions);
        }).ToList();

        var scenes = await db.Scenes.AsNoTracking().Where(s => s.ProjectId == project.Id).OrderBy(s => s.Order)
            .Select(s => new { s.Id, s.SceneNumber, s.Title, s.StaleParts }).ToListAsync(ct);
        var frames = await db.StoryboardImages.AsNoTracking().Where(i => i.ProjectId == project.Id && i.Kind == "scene" && i.SceneId != null)
            .Select(i => new { i.SceneId, i.Status, i.Id, i.ErrorMessage }).ToListAsync(ct);
        var voices = await db.SceneAudio.AsNoTracking().Where(a => a.ProjectId == project.Id)
            .Select(a => new { a.SceneId, a.Status, a.Id, a.ErrorMessage }).ToListAsync(ct);
        var clips = await db.GeneratedVideos.AsNoTracking().Where(v => v.ProjectId == project.Id)
            .Select(v => new { v.SceneId, v.Status, v.Id, v.ErrorMessage }).ToListAsync(ct);
        var sceneJson = scenes.Select(s =>
        {
            var f = frames.Where(x => x.SceneId == s.Id).MaxBy(x => x.Id);
            var v = voices.Where(x => x.SceneId == s.Id).MaxBy(x => x.Id);
            var c = clips.Where(x => x.SceneId == s.Id).MaxBy(x => x.Id);
            return new SceneStatusJson(s.Id, s.SceneNumber, s.Title, State(f?.Status), State(v?.Status), State(c?.Status),
                c?.ErrorMessage ?? f?.ErrorMessage ?? v?.ErrorMessage);
        }).ToList();

        var message = project.Message;
        int? queuePosition = null;
        if (run is { Status: ProjectStatus.Queued, LeaseOwner: null })
        {
            (queuePosition, var othersRunning) = await UserQueue.PlaceAsync(db, project.UserId, run.Id, ct);
            if (othersRunning >= settings.RunsPerUser)
                message = $"Waiting for one of your other runs to finish (you can have {settings.RunsPerUser} running at once): number {queuePosition} in line.";
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var slow = run is { Status: ProjectStatus.Running or ProjectStatus.Queued } && now - run.StartedAt > settings.SlowAfter;
        if (slow) message = RunActivity.SlowNotice;

        var activity = run is { Status: ProjectStatus.Running, CurrentStep: { } current } && steps.TryGetValue(current, out var step)
            ? RunActivity.Of(step, run.StartedAt, now, slow, sceneJson)
            : null;
        var staleScenes = scenes.Count(s => !string.IsNullOrEmpty(s.StaleParts));
        var summary = PipelineSummary.Describe(project.Status, run?.CurrentStep, states, staleScenes);
        return new WorkflowStatus(project.Id, run?.RunId, project.Status, project.Progress, message, run?.CurrentStep,
            run?.StartedAt, run?.UpdatedAt ?? project.UpdatedAt, phases, sceneJson, summary.StepsDone, summary.StepsTotal, summary.Summary, queuePosition, activity, staleScenes);
    }

    /// <summary>Scene rows use pending/generating/completed/failed; the status JSON uses step states.</summary>
    private static string State(string? rowStatus) => rowStatus switch
    {
        null => StepStatus.Pending,
        "generating" or "assembling" or "running" => StepStatus.Running,
        "completed" or "validated" => StepStatus.Completed,
        "failed" => StepStatus.Failed,
        "skipped" => StepStatus.Skipped,
        _ => StepStatus.Pending,
    };
}
