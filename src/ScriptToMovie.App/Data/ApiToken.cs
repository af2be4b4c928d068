namespace ScriptToMovie.App.Data;

/// <summary>
/// A token another app sends as "Authorization: Bearer s2m_…". Only its SHA-256 is kept: the token is 32 random
/// bytes, so a fast hash is as strong as a slow one and lets every request be checked with one indexed lookup.
/// </summary>
public class ApiToken
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Lower-case hex SHA-256 of the whole token text.</summary>
    public string TokenHash { get; set; } = "";
    /// <summary>The first characters of the token ("s2m_AbCd"), so a user can tell their tokens apart.</summary>
    public string Prefix { get; set; } = "";
    /// <summary>Space-separated scopes: runs:write runs:read media:read webhooks:write.</summary>
    public string Scopes { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    /// <summary>Kept to within a minute, so a busy token does not write on every request.</summary>
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

/// <summary>
/// An Idempotency-Key a user has sent to POST /api/v1/runs, with a hash of the body it came with and, once made,
/// the run it made. The unique (userId, key) index is what lets exactly one of many concurrent retries create.
/// </summary>
public class IdempotencyKey
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Key { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public string? RunId { get; set; }
    public DateTime CreatedAt { get; set; }
}
