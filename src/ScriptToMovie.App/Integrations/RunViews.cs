using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;

namespace ScriptToMovie.App.Integrations;

public sealed record RunLinks(string Self, string Cancel, string RetryFailed, string Media, string Project, string Status);
/// <summary>One thing that went wrong, with the sentence the app's own UI shows for it.</summary>
public sealed record RunFailure(string? Step, int? SceneId, string Message);
public sealed record RunJson(
    string Id, int ProjectId, string Title, string? ExternalRef, string Status, string? Message, IReadOnlyList<string> Steps,
    string? CurrentStep, int Progress, double CostUsd, double? MaxCostUsd, DateTime CreatedAt, DateTime UpdatedAt, DateTime? FinishedAt,
    bool IsLatest, IReadOnlyList<PhaseStatusJson>? Phases, IReadOnlyList<SceneStatusJson>? Scenes, IReadOnlyList<RunFailure> Failures, RunLinks Links);
public sealed record RunPage(IReadOnlyList<RunJson> Items, int Page, int PageSize, int Total);

/// <summary>
/// A run as the versioned API shows it: the run row itself, and for a project's latest run the shared status
/// document's phases, scenes and messages (<see cref="RunStatusDocuments"/>), so the API and the UI never disagree.
/// </summary>
public sealed class RunViews(AppDb db, RunStatusDocuments documents)
{
    public async Task<(PipelineRun Run, Project Project)> FindOwnedAsync(string runId, int userId, CancellationToken ct) =>
        await (from r in db.PipelineRuns.AsNoTracking()
               join p in db.Projects.AsNoTracking() on r.ProjectId equals p.Id
               where r.RunId == runId && p.UserId == userId
               select new { r, p }).FirstOrDefaultAsync(ct) is { } found
            ? (found.r, found.p)
            : throw new Problems.ApiProblem(404, "We couldn't find that run.");

    public async Task<RunJson> FullAsync(PipelineRun run, Project project, int userId, CancellationToken ct)
    {
        var latestId = await db.PipelineRuns.Where(r => r.ProjectId == project.Id).MaxAsync(r => (int?)r.Id, ct);
        var cost = await db.CostLedger.Where(c => c.RunId == run.RunId).SumAsync(c => (double?)c.Usd, ct) ?? 0;
        if (latestId != run.Id) return Build(run, project, cost, null);
        var status = (await documents.ForOwnerAsync(db, project.Id, userId, ct)).Status;
        return Build(run, project, cost, status);
    }

    public async Task<RunPage> PageAsync(int userId, string? externalRef, string? status, int page, int pageSize, CancellationToken ct)
    {
        var query = from r in db.PipelineRuns.AsNoTracking()
                    join p in db.Projects.AsNoTracking() on r.ProjectId equals p.Id
                    where p.UserId == userId
                    select new { r, p };
        if (!string.IsNullOrEmpty(externalRef)) query = query.Where(x => x.p.ExternalRef == externalRef);
        if (!string.IsNullOrEmpty(status)) query = query.Where(x => x.r.Status == status);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(x => x.r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var ids = rows.Select(x => x.r.RunId).ToList();
        var costs = await db.CostLedger.Where(c => c.RunId != null && ids.Contains(c.RunId)).GroupBy(c => c.RunId!)
            .Select(g => new { g.Key, Usd = g.Sum(c => c.Usd) }).ToDictionaryAsync(x => x.Key, x => x.Usd, ct);
        return new RunPage(rows.Select(x => Build(x.r, x.p, costs.GetValueOrDefault(x.r.RunId), null)).ToList(), page, pageSize, total);
    }

    private static RunJson Build(PipelineRun run, Project project, double cost, WorkflowStatus? status)
    {
        var failures = new List<RunFailure>();
        if (status is not null)
        {
            failures.AddRange(status.Phases.SelectMany(p => p.Steps).Where(s => s.Status == StepStatus.Failed)
                .Select(s => new RunFailure(s.Name, null, s.Message ?? "This step failed.")));
            failures.AddRange(status.Scenes.Where(s => s.ErrorMessage is not null).Select(s => new RunFailure(null, s.SceneId, s.ErrorMessage!)));
        }
        if (failures.Count == 0 && run.Status == ProjectStatus.Failed)
            failures.Add(new RunFailure(run.CurrentStep, null, run.Message ?? project.Message ?? "The run failed."));
        var self = $"/api/v1/runs/{run.RunId}";
        return new RunJson(run.RunId, project.Id, project.Title, project.ExternalRef, run.Status,
            (status is null ? null : status.Message) ?? run.Message, run.Steps.Split(',', StringSplitOptions.RemoveEmptyEntries),
            run.CurrentStep, status?.Progress ?? (run.FinishedAt is null ? 0 : 100), Math.Round(cost, 4), run.MaxCostUsd,
            run.StartedAt, run.UpdatedAt, run.FinishedAt, status is not null, status?.Phases, status?.Scenes, failures,
            new RunLinks(self, self + "/cancel", self + "/retry-failed", self + "/media", $"/api/projects/{project.Id}", $"/api/workflow/{project.Id}/status"));
    }
}
