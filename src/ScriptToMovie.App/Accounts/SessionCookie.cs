using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// The HttpOnly session cookie: a JWT signed with JWT_SECRET that names its row in the sessions table ("sid"),
/// so the server can end it before it expires.
/// </summary>
public sealed class SessionCookie(SigningKey key)
{
    public const string Name = "s2m_session";

    public string Issue(User user, UserSession session)
    {
        var handler = new JsonWebTokenHandler();
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.Email, user.Email),
                new Claim(JwtRegisteredClaimNames.Sid, session.TokenId),
            ]),
            Expires = session.ExpiresAt,
            Issuer = "script-to-movie",
            Audience = "script-to-movie",
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
    }

    public static void Write(HttpContext http, string token, DateTime expires) =>
        http.Response.Cookies.Append(Name, token, Options(http, new DateTimeOffset(expires, TimeSpan.Zero)));

    public static void Clear(HttpContext http) =>
        http.Response.Cookies.Delete(Name, Options(http, null));

    // IsHttps is true behind a trusted TLS proxy too: UseForwardedHeaders applies X-Forwarded-Proto first.
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
