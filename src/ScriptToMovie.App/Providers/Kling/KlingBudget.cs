using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Stops a run before a new Kling task would take its spending past the cap (pipelineRuns.maxCostUsd, else
/// KLING_DEFAULT_MAX_COST_USD). Spending is the run's ledger, plus the estimates of tasks this process has
/// reserved but not yet seen charged, plus the tasks the database shows in flight that this process holds no
/// reservation for (a worker that died mid-run left them; whoever resumes them will be charged). Checking and
/// reserving happen under one lock, so tasks started in parallel cannot jointly overshoot.
/// </summary>
public sealed class KlingBudget(IServiceScopeFactory scopes, KlingSettings settings)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, (string RunKey, double Usd)> _reserved = [];

    /// <param name="externalTaskId">The id the task will be created with: it names the reservation.</param>
    /// <param name="replacing">The row's previous external id, if this task replaces it: that task is not in flight.</param>
    public async Task<BudgetReservation> ReserveAsync(int projectId, double usd, string externalTaskId, string? replacing, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var run = await ActiveRunAsync(db, projectId, ct);
            var cap = run?.MaxCostUsd is > 0 ? run.MaxCostUsd.Value : settings.DefaultMaxCostUsd;
            var spent = (await db.CostLedger
                .Where(e => e.ProjectId == projectId && e.RunId == (run == null ? null : run.RunId))
                .Select(e => e.Usd).ToListAsync(ct)).Sum();
            var key = run?.RunId ?? $"project:{projectId}";
            Dictionary<string, double> mine;
            lock (_reserved) mine = _reserved.Where(r => r.Value.RunKey == key).ToDictionary(r => r.Key, r => r.Value.Usd);
            var orphans = await OrphanedInFlightUsdAsync(db, projectId, mine.Keys.Append(replacing ?? "").ToHashSet(), ct);
            if (spent + mine.Values.Sum() + orphans + usd > cap + 1e-9)
                throw new ClipFailedException(
                    $"The budget of ${cap.ToString("0.00", CultureInfo.InvariantCulture)} for this run would be exceeded; completed clips are kept.");
            lock (_reserved) _reserved[externalTaskId] = (key, usd);
            return new BudgetReservation(this, externalTaskId, run?.RunId, usd);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Kling tasks of the project the database shows in flight (sent, not yet charged) that this process does not
    /// hold. Their length is not on the row, so each clip is counted at the 10 s price: the budget errs toward stopping.
    /// </summary>
    private async Task<double> OrphanedInFlightUsdAsync(AppDb db, int projectId, HashSet<string> held, CancellationToken ct)
    {
        // Explicit null checks: a row whose create reply was lost has no task id and must still count.
        var charged = db.CostLedger.Where(e => e.ProjectId == projectId && e.ProviderTaskId != null).Select(e => e.ProviderTaskId!);
        var clips = await db.GeneratedVideos.AsNoTracking()
            .Where(v => v.ProjectId == projectId && v.Provider == VideoProviders.Kling && v.Status == "generating"
                        && v.ExternalTaskId != null && v.CostUnits == null && (v.ProviderTaskId == null || !charged.Contains(v.ProviderTaskId)))
            .Select(v => v.ExternalTaskId!).ToListAsync(ct);
        var pictures = await db.StoryboardImages.AsNoTracking()
            .Where(i => i.ProjectId == projectId && i.Provider == ImageProviders.Kling && i.Status == "generating"
                        && i.ExternalTaskId != null && i.CostUnits == null && (i.ProviderTaskId == null || !charged.Contains(i.ProviderTaskId)))
            .Select(i => i.ExternalTaskId!).ToListAsync(ct);
        var clipUsd = settings.Prices.Usd(settings.Prices.Units(settings.Model, settings.Mode, "10"));
        return clips.Count(id => !held.Contains(id)) * clipUsd
             + pictures.Count(id => !held.Contains(id)) * settings.ImageUsd(settings.ImageUnits);
    }

    /// <summary>The run now working on the project: the latest one not finished.</summary>
    public static Task<PipelineRun?> ActiveRunAsync(AppDb db, int projectId, CancellationToken ct) =>
        db.PipelineRuns.AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.FinishedAt == null)
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);

    internal void Release(string externalTaskId)
    {
        lock (_reserved) _reserved.Remove(externalTaskId);
    }
}

/// <summary>An estimate held against the budget until the task is charged (or fails).</summary>
public sealed class BudgetReservation(KlingBudget budget, string externalTaskId, string? runId, double usd) : IDisposable
{
    private int _released;
    public string? RunId { get; } = runId;
    public double Usd { get; } = usd;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) budget.Release(externalTaskId);
    }
}

/// <summary>Writes what Kling charged (final_unit_deduction) to the costLedger table, once per task.</summary>
public sealed class KlingLedger(IServiceScopeFactory scopes, KlingSettings settings, TimeProvider clock)
{
    /// <param name="usd">What the units cost; by default the video price per unit (image units are priced apart).</param>
    public async Task<CostLedgerEntry> RecordAsync(
        int projectId, int? sceneId, string? runId, string taskId, double units, CancellationToken ct, double? usd = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var existing = await db.CostLedger.FirstOrDefaultAsync(e => e.Provider == "kling" && e.ProviderTaskId == taskId, ct);
        if (existing is not null) return existing;
        runId ??= (await KlingBudget.ActiveRunAsync(db, projectId, ct))?.RunId;
        var entry = new CostLedgerEntry
        {
            ProjectId = projectId,
            SceneId = sceneId,
            RunId = runId,
            Provider = "kling",
            ProviderTaskId = taskId,
            Units = units,
            Usd = usd ?? settings.Prices.Usd(units),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.CostLedger.Add(entry);
        await db.SaveChangesAsync(ct);
        return entry;
    }
}
