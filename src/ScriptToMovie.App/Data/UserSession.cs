namespace ScriptToMovie.App.Data;

/// <summary>
/// One signed-in device. The session token (a JWT) names its row by <see cref="TokenId"/>; revoking the row
/// ends the token at once, whether it arrives as the cookie or as a Bearer header.
/// </summary>
public class UserSession
{
    public int Id { get; set; }
    public int UserId { get; set; }
    /// <summary>The random id carried in the token's "sid" claim.</summary>
    public string TokenId { get; set; } = "";
    public string UserAgent { get; set; } = "";
    public string IpAddress { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    /// <summary>Last request seen, kept to within a few minutes (see SessionStore): the idle deadline slides from it.</summary>
    public DateTime LastSeenAt { get; set; }
    /// <summary>The absolute end (SESSION_MAX_DAYS after sign-in), however active the session is.</summary>
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
