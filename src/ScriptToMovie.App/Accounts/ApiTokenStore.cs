using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Accounts;

/// <summary>Checks a presented token: one indexed lookup by hash, never cached, so revocation is immediate.</summary>
public sealed class ApiTokenStore(AppDb db, TimeProvider clock)
{
    private static readonly TimeSpan LastUsedGranularity = TimeSpan.FromMinutes(1);

    public async Task<ApiToken?> CheckAsync(string presented, CancellationToken ct)
    {
        // 4 + 43 characters; anything longer is not ours and is not worth hashing.
        if (presented.Length is < 20 or > 100) return null;
        var hash = ApiTokenText.Hash(presented);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now) return null;
        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedGranularity)
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), ct);
        return token;
    }
}
