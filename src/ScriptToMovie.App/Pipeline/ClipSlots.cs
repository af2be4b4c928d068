using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Limits work across every worker process to a fixed number of slots held as leases in our
/// database (no paid throttling add-on). A killed worker's slot frees itself when its lease expires.
/// </summary>
public sealed class ClipSlots(IServiceScopeFactory scopes, PipelineSettings settings, TimeProvider clock, ILogger<ClipSlots> log)
{
    public const string ClipsPool = "clips";

    /// <summary>Waits for a free slot, holds it (renewing its lease) while <paramref name="work"/> runs, then frees it.</summary>
    public async Task RunAsync(string pool, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        var slot = await AcquireAsync(pool, holder, ct);
        using var renew = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = Task.Run(async () =>
        {
            while (!renew.IsCancellationRequested)
            {
                try { await Task.Delay(settings.Heartbeat, renew.Token); } catch (OperationCanceledException) { return; }
                try { await TryTakeAsync(pool, slot, holder, renewOnly: true, CancellationToken.None); }
                catch (Exception e) { log.LogWarning(e, "Could not renew slot lease"); }
            }
        }, CancellationToken.None);
        try { await work(ct); }
        finally
        {
            await renew.CancelAsync();
            await heartbeat;
            await ReleaseAsync(pool, slot, holder);
        }
    }

    private async Task<int> AcquireAsync(string pool, string holder, CancellationToken ct)
    {
        await EnsureSlotsAsync(pool, ct);
        var wait = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            for (var i = 0; i < settings.VideoConcurrency; i++)
                if (await TryTakeAsync(pool, i, holder, renewOnly: false, ct)) return i;
            await Task.Delay(wait, ct);
            if (wait < TimeSpan.FromSeconds(1)) wait *= 2;
        }
    }

    private async Task<bool> TryTakeAsync(string pool, int index, string holder, bool renewOnly, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + settings.Lease;
        var q = db.PipelineSlots.Where(s => s.Pool == pool && s.SlotIndex == index);
        q = renewOnly ? q.Where(s => s.Holder == holder) : q.Where(s => s.Holder == null || s.ExpiresAt < now);
        return await q.ExecuteUpdateAsync(u => u.SetProperty(s => s.Holder, holder).SetProperty(s => s.ExpiresAt, expires), ct) == 1;
    }

    private async Task ReleaseAsync(string pool, int index, string holder)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        await db.PipelineSlots.Where(s => s.Pool == pool && s.SlotIndex == index && s.Holder == holder)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Holder, (string?)null).SetProperty(s => s.ExpiresAt, (DateTime?)null));
    }

    private async Task EnsureSlotsAsync(string pool, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var existing = await db.PipelineSlots.Where(s => s.Pool == pool).Select(s => s.SlotIndex).ToListAsync(ct);
        for (var i = 0; i < settings.VideoConcurrency; i++)
        {
            if (existing.Contains(i)) continue;
            db.PipelineSlots.Add(new PipelineSlot { Pool = pool, SlotIndex = i });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); } // another worker made it first
        }
    }
}
