using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Accounts;

public static class AuthSetup
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<PasswordHasher<User>>();
        services.AddSingleton(sp => new SigningKey(new SymmetricSecurityKey(JwtSecretSource.SigningKey(sp.GetRequiredService<AppSettings>()))));
        services.AddSingleton<SessionCookie>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
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
                // The token lives in an HttpOnly cookie; a bearer header also works for API clients.
                OnMessageReceived = ctx =>
                {
                    if (string.IsNullOrEmpty(ctx.Token) && ctx.Request.Cookies.TryGetValue(SessionCookie.Name, out var t)) ctx.Token = t;
                    return Task.CompletedTask;
                },
                OnChallenge = async ctx =>
                {
                    ctx.HandleResponse();
                    var message = ctx.AuthenticateFailure is SecurityTokenExpiredException
                        ? "Your session has expired. Please log in again."
                        : "Please log in to continue.";
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

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = 429;
            o.OnRejected = async (ctx, _) =>
            {
                ctx.HttpContext.Response.StatusCode = 429;
                await ProblemResponses.Problem(429, "Too many login attempts. Please wait a minute and try again.").ExecuteAsync(ctx.HttpContext);
            };
            o.AddPolicy(AuthEndpoints.LoginRateLimitPolicy, http =>
            {
                var limit = http.RequestServices.GetRequiredService<AppSettings>().LoginRateLimitPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }
}
