using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Integrations;

/// <summary>
/// Idempotency-Key for POST /api/v1/runs. The first request with a key inserts its row (the unique index lets
/// exactly one of any number of concurrent retries do so) and makes the run; the others wait for that run and
/// answer with it. The same key with another body is refused, as the IETF Idempotency-Key draft says.
/// </summary>
public sealed class IdempotencyKeys(AppDb db, TimeProvider clock)
{
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(30);

    /// <returns>The run an earlier request with this key made, or null when this request holds the key and must make it.</returns>
    public async Task<string?> ClaimAsync(int userId, string key, string requestHash, CancellationToken ct)
    {
        if (key.Length is 0 or > 255) throw ApiProblem.BadRequest("An Idempotency-Key must be 1 to 255 characters, e.g. a UUID.");
        db.IdempotencyKeys.Add(new IdempotencyKey { UserId = userId, Key = key, RequestHash = requestHash, CreatedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
        var deadline = clock.GetUtcNow() + WaitForFirst;
        while (true)
        {
            var row = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.UserId == userId && k.Key == key, ct);
            // The first request failed and let go of the key: this one may try.
            if (row is null) return await ClaimAsync(userId, key, requestHash, ct);
            if (row.RequestHash != requestHash)
                throw new ApiProblem(422, "This Idempotency-Key was already used with a different request. Use a new key for a new run.")
                    { Type = ProblemTypes.IdempotencyKeyReused };
            if (row.RunId is not null) return row.RunId;
            if (clock.GetUtcNow() > deadline)
                throw new ApiProblem(409, "A request with this Idempotency-Key is still being processed. Try again in a few seconds.")
                    { Type = ProblemTypes.IdempotencyKeyInUse };
            await Task.Delay(TimeSpan.FromMilliseconds(50), clock, ct);
        }
    }

    public Task CompleteAsync(int userId, string key, string runId, CancellationToken ct) =>
        db.IdempotencyKeys.Where(k => k.UserId == userId && k.Key == key).ExecuteUpdateAsync(u => u.SetProperty(k => k.RunId, runId), ct);

    /// <summary>The run could not be made: the key is free again, so a retry is not stuck with a failure it could fix.</summary>
    public Task ReleaseAsync(int userId, string key) =>
        db.IdempotencyKeys.Where(k => k.UserId == userId && k.Key == key && k.RunId == null).ExecuteDeleteAsync(CancellationToken.None);
}
