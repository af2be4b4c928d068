using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// The bearer token for Kling's legacy API: a static API key, or an HS256 JWT with iss = access key,
/// exp = now + 30 min and nbf = now − 5 s, signed with the secret key and re-signed well before it expires.
/// </summary>
public sealed class KlingToken(KlingSettings settings, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1800);

    // HS256 keys shorter than the hash are weak; IdentityModel refuses them, so say why in plain words.
    public const int MinimumSecretBytes = 32;
    public const string SecretTooShort =
        "KLING_SECRET_KEY is too short to sign a Kling token (it needs at least 32 characters); copy the full secret key from the Kling console.";
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly object _gate = new();
    private string? _token;
    private DateTimeOffset _expires;

    public string Current(bool forceNew = false)
    {
        if (settings.ApiToken is { } apiKey) return apiKey;
        if (settings.AccessKey is null || settings.SecretKey is null)
            throw new ClipFailedException("Kling video needs KLING_API_KEY and KLING_SECRET_KEY (or KLING_API_TOKEN) in the configuration.");

        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (forceNew || _token is null || now >= _expires - RenewBefore)
            {
                _expires = now + Lifetime;
                _token = Sign(settings.AccessKey, settings.SecretKey, now);
            }
            return _token;
        }
    }

    internal string Sign(string accessKey, string secretKey, DateTimeOffset now)
    {
        var key = Encoding.UTF8.GetBytes(secretKey);
        if (key.Length < MinimumSecretBytes) throw new ClipFailedException(SecretTooShort);
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = accessKey,
            Expires = (now + Lifetime).UtcDateTime,
            NotBefore = (now - TimeSpan.FromSeconds(5)).UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
    }
}
