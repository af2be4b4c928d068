using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ScriptToMovie.App.Webhooks;

/// <summary>
/// Standard Webhooks signing (standardwebhooks.com): "v1," + base64 HMAC-SHA256 over "{webhook-id}.{webhook-timestamp}.{body}"
/// with the base64-decoded bytes of a "whsec_" secret. Small enough to own; tested against the spec's published vector.
/// </summary>
public static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";

    /// <summary>A new endpoint secret: 32 random bytes, shown to the user once.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var head = Encoding.UTF8.GetBytes($"{id}.{timestamp.ToString(CultureInfo.InvariantCulture)}.");
        var content = new byte[head.Length + body.Length];
        head.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(head.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <summary>The webhook-signature header while a secret is rotated: the new and the old secret both sign, space-separated.</summary>
    public static string Header(IEnumerable<string> secrets, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        var parts = new List<string>();
        foreach (var secret in secrets) parts.Add(Sign(secret, id, timestamp, body));
        return string.Join(' ', parts);
    }

    /// <summary>What a receiver does: any "v1," entry of the header matches, compared in constant time.</summary>
    public static bool Verify(string secret, string id, long timestamp, ReadOnlySpan<byte> body, string header)
    {
        var expected = Encoding.ASCII.GetBytes(Sign(secret, id, timestamp, body));
        foreach (var entry in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (entry.StartsWith("v1,", StringComparison.Ordinal) && CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(entry)))
                return true;
        return false;
    }
}
