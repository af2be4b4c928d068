using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ScriptToMovie.App.Accounts;

/// <summary>The HttpOnly session cookie: a JWT signed with JWT_SECRET.</summary>
public sealed class SessionCookie(SigningKey key)
{
    public const string Name = "s2m_session";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public string Issue(int userId, string email)
    {
        var handler = new JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, userId.ToString()), new Claim(JwtRegisteredClaimNames.Email, email)]),
            Expires = DateTime.UtcNow.Add(Lifetime),
            Issuer = "script-to-movie",
            Audience = "script-to-movie",
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
    }

    public static void Write(HttpContext http, string token) =>
        http.Response.Cookies.Append(Name, token, Options(http, DateTimeOffset.UtcNow.Add(Lifetime)));

    public static void Clear(HttpContext http) =>
        http.Response.Cookies.Delete(Name, Options(http, null));

    private static CookieOptions Options(HttpContext http, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        Path = "/",
        Expires = expires,
    };
}

public sealed record SigningKey(SymmetricSecurityKey Key);
