using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Accounts;

public static class AuthSetup
{
    private const string EndedKey = "s2m.session-ended";
    private const string FromCookieKey = "s2m.session-from-cookie";
    private const string SelectorScheme = "SessionOrApiToken";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<PasswordHasher<User>>();
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton(sp => new SigningKey(new SymmetricSecurityKey(JwtSecretSource.SigningKey(sp.GetRequiredService<AppSettings>()))));
        services.AddSingleton<SessionCookie>();
        services.AddMemoryCache();
        services.AddScoped<SessionStore>();
        services.AddSingleton<VerifiedTokens>();
        services.AddScoped<ApiTokenStore>();

        // One default scheme that hands "Bearer s2m_…" to the API token scheme, a JWT another app's provider issued
        // to the shared-account scheme (when AUTH_OIDC_AUTHORITY is set), and everything else (the session cookie, a
        // session JWT in the header) to the session scheme.
        services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, null, o => o.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddSharedAccounts()
            .AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKey>((o, key) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = "script-to-movie",
                ValidAudience = "script-to-movie",
                IssuerSigningKey = key.Key,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
            o.Events = new JwtBearerEvents
            {
                // The token lives in an HttpOnly cookie; an Authorization header (API clients) takes precedence.
                OnMessageReceived = ctx =>
                {
                    var header = ctx.Request.Headers.Authorization.ToString();
                    string? token = null;
                    if (string.IsNullOrEmpty(header) && ctx.Request.Cookies.TryGetValue(SessionCookie.Name, out var t))
                    {
                        ctx.Token = token = t;
                        ctx.HttpContext.Items[FromCookieKey] = true;
                    }
                    else if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) token = header["Bearer ".Length..].Trim();
                    // Checked in full a moment ago and its session still reads live: no second validation.
                    if (!string.IsNullOrEmpty(token) && ctx.HttpContext.RequestServices.GetRequiredService<VerifiedTokens>().Find(token) is { } principal)
                    {
                        ctx.Principal = principal;
                        ctx.Success();
                    }
                    return Task.CompletedTask;
                },
                // A signature proves who issued the token, not that its session is still open: ask the sessions table.
                OnTokenValidated = async ctx =>
                {
                    var sid = ctx.Principal?.FindFirst(JwtRegisteredClaimNames.Sid)?.Value;
                    var userId = int.TryParse(ctx.Principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value, out var id) ? id : 0;
                    var store = ctx.HttpContext.RequestServices.GetRequiredService<SessionStore>();
                    var verdict = await store.CheckAsync(sid, userId, ctx.HttpContext.RequestAborted);
                    if (!verdict.Live)
                    {
                        ctx.HttpContext.Items[EndedKey] = verdict.Ended;
                        if (ctx.HttpContext.Items.ContainsKey(FromCookieKey)) SessionCookie.Clear(ctx.HttpContext);
                        ctx.Fail(verdict.Ended!);
                        return;
                    }
                    if (verdict.SlidTo is { } until && ctx.HttpContext.Items.ContainsKey(FromCookieKey) && ctx.SecurityToken is JsonWebToken jwt)
                        SessionCookie.Write(ctx.HttpContext, jwt.EncodedToken, until);
                    if (ctx.SecurityToken is JsonWebToken verified && ctx.Principal is { } principal)
                        ctx.HttpContext.RequestServices.GetRequiredService<VerifiedTokens>().Remember(verified.EncodedToken, principal, sid!, userId, verified.ValidTo);
                },
                OnChallenge = async ctx =>
                {
                    ctx.HandleResponse();
                    var message = ctx.HttpContext.Items[EndedKey] as string
                                  ?? (ctx.AuthenticateFailure is SecurityTokenExpiredException
                                      ? "Your session has expired. Please log in again."
                                      : "Please log in to continue.");
                    ctx.Response.StatusCode = 401;
                    await ProblemResponses.Problem(401, message).ExecuteAsync(ctx.HttpContext);
                },
                OnForbidden = async ctx =>
                {
                    ctx.Response.StatusCode = 403;
                    await ProblemResponses.Problem(403, "You are not allowed to do that.").ExecuteAsync(ctx.HttpContext);
                },
            };
        });
        services.AddAuthorization();
        services.AddDoorLimits();
        return services;
    }

    private static string SchemeFor(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer " + ApiTokenText.Prefix, StringComparison.Ordinal)) return ApiTokenAuthentication.SchemeName;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && http.RequestServices.GetRequiredService<SharedAccountSettings>().Enabled
            && SharedAccounts.IsForeignJwt(header["Bearer ".Length..].Trim()))
            return SharedAccounts.SchemeName;
        return JwtBearerDefaults.AuthenticationScheme;
    }

    /// <summary>The session id ("sid") of the request's token, when it carries a live one.</summary>
    public static string? SessionTokenId(this HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? http.User.FindFirst(JwtRegisteredClaimNames.Sid)?.Value : null;
}
