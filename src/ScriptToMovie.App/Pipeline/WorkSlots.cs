using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Limits work across every worker process to a fixed number of slots held as leases in our database (no paid
/// throttling add-on): clips (VIDEO_CONCURRENCY slots) and each user's active runs (RUNS_PER_USER). A killed
/// worker's slot frees itself when its lease expires.
/// </summary>
public sealed class WorkSlots(IServiceScopeFactory scopes, PipelineSettings settings, TimeProvider clock, ILogger<WorkSlots> log)
{
    private TimeSpan Heartbeat => settings.Heartbeat;
    private void RenewFailed(Exception e) => log.LogWarning(e, "Could not renew slot lease");

    public const string ClipsPool = "clips";

    public static string UserRunsPool(int userId) => $"user:{userId}";

    /// <summary>Waits for a free clip slot, holds it (renewing its lease) while <paramref name="work"/> runs, then frees it.</summary>
    public async Task RunAsync(string pool, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        await using var hold = await AcquireAsync(pool, settings.VideoConcurrency, ct);
        await work(ct);
    }

    /// <summary>Waits for a free slot of <paramref name="pool"/> and holds it until the hold is disposed.</summary>
    public async Task<SlotHold> AcquireAsync(string pool, int capacity, CancellationToken ct)
    {
        var wait = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var released = _released.Task;
            if (await TryHoldAsync(pool, capacity, ct) is { } hold) return hold;
            // A slot freed in this process hands over at once; one freed by another worker within the backed-off wait.
            await Task.WhenAny(released, Task.Delay(wait, ct));
            ct.ThrowIfCancellationRequested();
            if (wait < TimeSpan.FromSeconds(1)) wait *= 2;
        }
    }

    private TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Released() => Interlocked.Exchange(ref _released, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Takes a free slot of <paramref name="pool"/> now, or answers null when all are held.</summary>
    public async Task<SlotHold?> TryHoldAsync(string pool, int capacity, CancellationToken ct)
    {
        await EnsureSlotsAsync(pool, capacity, ct);
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        for (var i = 0; i < capacity; i++)
            if (await TryTakeAsync(pool, i, holder, renewOnly: false, ct)) return new SlotHold(this, pool, i, holder);
        return null;
    }

    /// <summary>Whether a slot of <paramref name="pool"/> is free (or its holder's lease has run out) right now.</summary>
    public async Task<bool> AnyFreeAsync(string pool, int capacity, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.PipelineSlots.AnyAsync(s => s.Pool == pool && s.SlotIndex < capacity && (s.Holder == null || s.ExpiresAt < now), ct);
    }

    /// <summary>A held slot; its lease is renewed by a heartbeat until it is disposed.</summary>
    public sealed class SlotHold : IAsyncDisposable
    {
        private readonly WorkSlots _slots;
        private readonly string _pool;
        private readonly int _index;
        private readonly string _holder;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _heartbeat;

        internal SlotHold(WorkSlots slots, string pool, int index, string holder)
        {
            (_slots, _pool, _index, _holder) = (slots, pool, index, holder);
            _heartbeat = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    try { await Task.Delay(slots.Heartbeat, _stop.Token); } catch (OperationCanceledException) { return; }
                    try { await slots.TryTakeAsync(pool, index, holder, renewOnly: true, CancellationToken.None); }
                    catch (Exception e) { slots.RenewFailed(e); }
                }
            }, CancellationToken.None);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _heartbeat;
            _stop.Dispose();
            await _slots.ReleaseAsync(_pool, _index, _holder);
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
        Released();
    }

    private async Task EnsureSlotsAsync(string pool, int capacity, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var existing = await db.PipelineSlots.Where(s => s.Pool == pool).Select(s => s.SlotIndex).ToListAsync(ct);
        for (var i = 0; i < capacity; i++)
        {
            if (existing.Contains(i)) continue;
            db.PipelineSlots.Add(new PipelineSlot { Pool = pool, SlotIndex = i });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); } // another worker made it first
        }
    }
}
