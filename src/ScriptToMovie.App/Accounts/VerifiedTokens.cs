using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// Tokens this server fully checked a moment ago (signature, lifetime, live session), so a busy status poll
/// skips the JWT validation and the session lookup, which cost a signed-in read two thirds of its speed. An
/// entry lives at most SESSION_CHECK_SECONDS and only while the session's cached snapshot still reads live
/// with nothing to write: revoking on this server ends it at once, on another within that window, exactly
/// as the session check's own cache does.
/// </summary>
public sealed class VerifiedTokens(IMemoryCache cache, AccountSettings settings, TimeProvider time)
{
    private sealed record Entry(ClaimsPrincipal Principal, string SessionId, int UserId, DateTime ValidTo);

    public ClaimsPrincipal? Find(string token)
    {
        if (!cache.TryGetValue(Key(token), out Entry? e) || e is null) return null;
        var now = time.GetUtcNow().UtcDateTime;
        if (now < e.ValidTo && SessionStore.IsLiveInCache(cache, settings, e.SessionId, e.UserId, now)) return e.Principal;
        cache.Remove(Key(token));
        return null;
    }

    public void Remember(string token, ClaimsPrincipal principal, string sessionId, int userId, DateTime validTo)
    {
        var left = validTo - time.GetUtcNow().UtcDateTime;
        if (left <= TimeSpan.Zero) return;
        cache.Set(Key(token), new Entry(principal, sessionId, userId, validTo), left < settings.SessionCheckCache ? left : settings.SessionCheckCache);
    }

    private static string Key(string token) => "verified-token:" + token;
}
