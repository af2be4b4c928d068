using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Integrations;

public sealed record MediaLink(string Url, DateTime ExpiresAt);

/// <summary>
/// A link to a stored file that works without a cookie until it expires. Local storage signs its own links
/// (<see cref="SignedLocalMediaLinks"/>); an S3 store answers with a presigned URL instead, behind this same seam.
/// </summary>
public interface IMediaLinks
{
    MediaLink For(string storageKey, TimeSpan lifetime);
}

/// <summary>
/// "/api/v1/media/{key}?expires={unix seconds}&amp;signature={base64url HMAC-SHA256(key \n expires)}". The key is
/// derived from the session signing secret with its own label, so the two can never be swapped for each other.
/// </summary>
public sealed class SignedLocalMediaLinks(AppSettings settings, TimeProvider clock) : IMediaLinks
{
    public const string RoutePrefix = "/api/v1/media/";
    private readonly byte[] _key = HMACSHA256.HashData(JwtSecretSource.SigningKey(settings), "s2m media links v1"u8);

    public MediaLink For(string storageKey, TimeSpan lifetime)
    {
        var expires = clock.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var path = RoutePrefix + string.Join('/', storageKey.Split('/').Select(Uri.EscapeDataString));
        return new MediaLink($"{path}?expires={expires}&signature={Sign(storageKey, expires)}", DateTimeOffset.FromUnixTimeSeconds(expires).UtcDateTime);
    }

    public LinkVerdict Check(string storageKey, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var exp) || string.IsNullOrEmpty(signature))
            return LinkVerdict.Invalid;
        var expected = Encoding.ASCII.GetBytes(Sign(storageKey, exp));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature))) return LinkVerdict.Invalid;
        return clock.GetUtcNow().ToUnixTimeSeconds() > exp ? LinkVerdict.Expired : LinkVerdict.Valid;
    }

    private string Sign(string storageKey, long expires) =>
        ApiTokenText.Base64Url(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{storageKey}\n{expires.ToString(CultureInfo.InvariantCulture)}")));
}

public enum LinkVerdict { Valid, Invalid, Expired }
