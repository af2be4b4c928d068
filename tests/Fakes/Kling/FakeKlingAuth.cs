using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ScriptToMovie.Fakes.Kling;

/// <summary>
/// Checks the bearer token the way Kling's legacy API does: an HS256 JWT signed with the secret key
/// registered for its <c>iss</c> (hand-verified here, so the fake does not share a JWT library with the client),
/// or the account's static API key.
/// </summary>
internal static class FakeKlingAuth
{
    /// <returns>null when the request may pass, else the business code and message of the 401.</returns>
    public static (int Code, string Message)? Check(string? authorization, FakeKlingOptions options, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
            return (1001, "Authorization is empty");
        var token = authorization["Bearer ".Length..].Trim();
        if (options.ApiKey is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(options.ApiKey)))
            return null;

        var parts = token.Split('.');
        if (parts.Length != 3) return (1002, "Authorization is invalid");
        try
        {
            using var header = JsonDocument.Parse(FromBase64Url(parts[0]));
            if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.GetString() != "HS256")
                return (1002, "Authorization is invalid");
            using var payload = JsonDocument.Parse(FromBase64Url(parts[1]));
            var claims = payload.RootElement;
            if (!claims.TryGetProperty("iss", out var iss) || iss.GetString() != options.AccessKey)
                return (1002, "Authorization is invalid");

            using var mac = new HMACSHA256(Encoding.UTF8.GetBytes(options.SecretKey));
            var expected = mac.ComputeHash(Encoding.UTF8.GetBytes($"{parts[0]}.{parts[1]}"));
            if (!CryptographicOperations.FixedTimeEquals(expected, FromBase64Url(parts[2])))
                return (1002, "Authorization is invalid");

            var seconds = now.ToUnixTimeSeconds();
            if (claims.TryGetProperty("nbf", out var nbf) && nbf.GetInt64() > seconds)
                return (1003, "Authorization is not yet valid");
            if (!claims.TryGetProperty("exp", out var exp) || exp.GetInt64() <= seconds)
                return (1004, "Authorization has expired");
            return null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return (1002, "Authorization is invalid");
        }
    }

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
