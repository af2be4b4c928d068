using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Accounts;

/// <summary>What a request's session token is worth: live (maybe with a slid cookie deadline) or ended, with why.</summary>
public sealed record SessionVerdict(bool Live, string? Ended = null, DateTime? SlidTo = null)
{
    public static readonly SessionVerdict Gone = new(false, "Your session has ended. Please log in again.");
    public static readonly SessionVerdict Expired = new(false, "Your session has expired. Please log in again.");
}

/// <summary>
/// The <c>sessions</c> table: starts, checks, slides and revokes sessions. A check reads a few-second cache
/// (SESSION_CHECK_SECONDS) so a busy status poll costs no query; revoking clears this server's cache at once.
/// </summary>
public sealed class SessionStore(AppDb db, IMemoryCache cache, AccountSettings settings, TimeProvider time)
{
    /// <summary>Last-seen is written at most this often per session, so reads don't become writes.</summary>
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(5);

    private sealed record Snapshot(int UserId, DateTime LastSeenAt, DateTime ExpiresAt, bool Revoked);

    public async Task<UserSession> StartAsync(int userId, HttpContext http, CancellationToken ct)
    {
        var now = Now;
        // Ended sessions are kept a while so the list can be trusted; beyond that they are noise.
        await db.Sessions.Where(s => s.UserId == userId && (s.ExpiresAt < now || s.RevokedAt < now.AddDays(-30)))
            .ExecuteDeleteAsync(ct);
        var session = new UserSession
        {
            UserId = userId,
            TokenId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_'),
            UserAgent = Clip(http.Request.Headers.UserAgent.ToString(), 512),
            IpAddress = Clip(http.Connection.RemoteIpAddress?.ToString() ?? "", 64),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now.Add(settings.SessionMax),
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>The cookie's own expiry: the idle deadline, never past the absolute end.</summary>
    public DateTime CookieExpiry(DateTime lastSeenAt, DateTime expiresAt) =>
        lastSeenAt.Add(settings.SessionIdle) < expiresAt ? lastSeenAt.Add(settings.SessionIdle) : expiresAt;

    public async Task<SessionVerdict> CheckAsync(string? tokenId, int userId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(tokenId)) return SessionVerdict.Gone;
        var key = Key(tokenId);
        if (!cache.TryGetValue(key, out Snapshot? snap) || snap is null)
        {
            var row = await db.Sessions.AsNoTracking().Where(s => s.TokenId == tokenId)
                .Select(s => new { s.UserId, s.LastSeenAt, s.ExpiresAt, s.RevokedAt }).FirstOrDefaultAsync(ct);
            if (row is null) return SessionVerdict.Gone;
            snap = new Snapshot(row.UserId, row.LastSeenAt, row.ExpiresAt, row.RevokedAt is not null);
            cache.Set(key, snap, settings.SessionCheckCache);
        }
        if (snap.Revoked || snap.UserId != userId) return SessionVerdict.Gone;
        var now = Now;
        if (now >= snap.ExpiresAt || now >= snap.LastSeenAt.Add(settings.SessionIdle)) return SessionVerdict.Expired;
        if (now - snap.LastSeenAt < TouchEvery) return new SessionVerdict(true);

        // Only a live, unrevoked row slides: a revocation that raced this request wins.
        var slid = await db.Sessions.Where(s => s.TokenId == tokenId && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), ct);
        if (slid == 0) { cache.Remove(key); return SessionVerdict.Gone; }
        cache.Set(key, snap with { LastSeenAt = now }, settings.SessionCheckCache);
        return new SessionVerdict(true, SlidTo: CookieExpiry(now, snap.ExpiresAt));
    }

    /// <summary>
    /// Whether this server's cached snapshot alone shows the session live with no slide due; false means
    /// "ask <see cref="CheckAsync"/>" (not cached, revoked, expired, or due to be written).
    /// </summary>
    public static bool IsLiveInCache(IMemoryCache cache, AccountSettings settings, string tokenId, int userId, DateTime now) =>
        cache.TryGetValue(Key(tokenId), out Snapshot? snap) && snap is { Revoked: false } && snap.UserId == userId
        && now < snap.ExpiresAt && now < snap.LastSeenAt.Add(settings.SessionIdle) && now - snap.LastSeenAt < TouchEvery;

    /// <summary>The user's live sessions, most recently used first.</summary>
    public async Task<List<UserSession>> ListAsync(int userId, CancellationToken ct)
    {
        var now = Now;
        var idleSince = now - settings.SessionIdle;
        return await db.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now && s.LastSeenAt > idleSince)
            .OrderByDescending(s => s.LastSeenAt).ThenByDescending(s => s.Id)
            .ToListAsync(ct);
    }

    /// <summary>Ends one of the user's sessions; false if it is not theirs or already ended.</summary>
    public async Task<bool> RevokeAsync(int userId, int sessionId, CancellationToken ct) =>
        await RevokeWhereAsync(db.Sessions.Where(s => s.UserId == userId && s.Id == sessionId && s.RevokedAt == null), ct) > 0;

    public Task<int> RevokeByTokenAsync(int userId, string tokenId, CancellationToken ct) =>
        RevokeWhereAsync(db.Sessions.Where(s => s.UserId == userId && s.TokenId == tokenId && s.RevokedAt == null), ct);

    /// <summary>Ends every session of the user (sign out everywhere, a new password).</summary>
    public Task<int> RevokeAllAsync(int userId, CancellationToken ct) =>
        RevokeWhereAsync(db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null), ct);

    private async Task<int> RevokeWhereAsync(IQueryable<UserSession> sessions, CancellationToken ct)
    {
        var tokens = await sessions.Select(s => s.TokenId).ToListAsync(ct);
        if (tokens.Count == 0) return 0;
        var now = Now;
        var ended = await db.Sessions.Where(s => tokens.Contains(s.TokenId) && s.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now), ct);
        foreach (var t in tokens) cache.Remove(Key(t));
        return ended;
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
    private static string Key(string tokenId) => "session:" + tokenId;
    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max];
}
