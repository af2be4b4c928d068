namespace ScriptToMovie.App.Data;

/// <summary>
/// A user of another app's identity provider, known here by the provider's issuer and its subject id (never by email:
/// an email can change hands, a subject under one issuer cannot). Made the first time one of their tokens arrives.
/// </summary>
public class SharedAccount
{
    public int Id { get; set; }
    public int UserId { get; set; }
    /// <summary>The token's "iss", exactly as the provider writes it.</summary>
    public string Issuer { get; set; } = "";
    /// <summary>The token's "sub".</summary>
    public string Subject { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
