using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Per-user fairness: a user has at most RUNS_PER_USER runs going (a slot each in <see cref="WorkSlots"/>),
/// the rest wait in the order they were started. A waiting run is one still queued with no worker holding it.
/// </summary>
public static class UserQueue
{
    private static IQueryable<PipelineRun> RunsOf(AppDb db, int userId) =>
        db.PipelineRuns.Where(r => db.Projects.Any(p => p.Id == r.ProjectId && p.UserId == userId));

    private static IQueryable<PipelineRun> Waiting(AppDb db, int userId) =>
        RunsOf(db, userId).Where(r => r.Status == ProjectStatus.Queued && r.LeaseOwner == null);

    /// <summary>The run's place among the user's waiting runs (1 = next), and how many of the user's runs are going.</summary>
    public static async Task<(int Position, int Running)> PlaceAsync(AppDb db, int userId, int runKey, CancellationToken ct)
    {
        var position = await Waiting(db, userId).CountAsync(r => r.Id <= runKey, ct);
        var running = await RunsOf(db, userId).CountAsync(r => r.Status == ProjectStatus.Running, ct);
        return (Math.Max(1, position), running);
    }

    /// <summary>
    /// The user's runs no worker holds, oldest first: waiting ones, and running ones whose worker died (their lease
    /// ran out), which are the oldest and so resume first.
    /// </summary>
    public static Task<List<string>> NextAsync(AppDb db, int userId, DateTime now, int count, CancellationToken ct) =>
        RunsOf(db, userId)
            .Where(r => (r.Status == ProjectStatus.Queued || r.Status == ProjectStatus.Running) && (r.LeaseOwner == null || r.LeaseExpiresAt < now))
            .OrderBy(r => r.Id).Select(r => r.RunId).Take(count).ToListAsync(ct);
}
