using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Stops a run before a new Kling task would take its spending past the cap (pipelineRuns.maxCostUsd, else
/// KLING_DEFAULT_MAX_COST_USD). Spending is the run's ledger plus the estimates of tasks this process has
/// submitted but not yet seen charged; checking and reserving happen under one lock, so tasks started in
/// parallel cannot jointly overshoot.
/// </summary>
public sealed class KlingBudget(IServiceScopeFactory scopes, KlingSettings settings)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, double> _inFlight = [];

    public async Task<BudgetReservation> ReserveAsync(int projectId, double usd, CancellationToken ct)
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
            double inFlight;
            lock (_inFlight) inFlight = _inFlight.GetValueOrDefault(key);
            if (spent + inFlight + usd > cap + 1e-9)
                throw new ClipFailedException(
                    $"The budget of ${cap.ToString("0.00", CultureInfo.InvariantCulture)} for this run would be exceeded; completed clips are kept.");
            lock (_inFlight) _inFlight[key] = inFlight + usd;
            return new BudgetReservation(this, key, run?.RunId, usd);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The run now working on the project: the latest one not finished.</summary>
    public static Task<PipelineRun?> ActiveRunAsync(AppDb db, int projectId, CancellationToken ct) =>
        db.PipelineRuns.AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.FinishedAt == null)
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);

    internal void Release(string key, double usd)
    {
        lock (_inFlight)
        {
            var left = _inFlight.GetValueOrDefault(key) - usd;
            if (left <= 1e-9) _inFlight.Remove(key);
            else _inFlight[key] = left;
        }
    }
}

/// <summary>An estimate held against the budget until the task is charged (or fails).</summary>
public sealed class BudgetReservation(KlingBudget budget, string key, string? runId, double usd) : IDisposable
{
    private int _released;
    public string? RunId { get; } = runId;
    public double Usd { get; } = usd;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) budget.Release(key, Usd);
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
