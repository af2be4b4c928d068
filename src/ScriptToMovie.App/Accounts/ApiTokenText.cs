using System.Security.Cryptography;
using System.Text;

namespace ScriptToMovie.App.Accounts;

/// <summary>The token's text: "s2m_" and 32 random bytes in base64url (43 characters), and the hash kept of it.</summary>
public static class ApiTokenText
{
    public const string Prefix = "s2m_";

    public static string New() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>What the token list shows: enough to tell tokens apart, far too little to guess the rest.</summary>
    public static string Shown(string token) => token[..Math.Min(token.Length, Prefix.Length + 6)];

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
