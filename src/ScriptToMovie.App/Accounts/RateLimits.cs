using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// Limits on every door, answered with 429, a sentence and Retry-After:
/// sign-in, sign-up and password changes per address (the "auth" policy) and sign-in per account too
/// (<see cref="LoginAttempts"/>); every costly POST under /api (uploads, parse previews, runs) per account and
/// per address, by a global limiter, so no route can forget to opt in; and every request of an API token, per token.
/// </summary>
public static class RateLimits
{
    public const string AuthPolicy = "auth";

    public static IServiceCollection AddDoorLimits(this IServiceCollection services)
    {
        services.AddSingleton<LoginAttempts>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = 429;
            o.OnRejected = (ctx, ct) => RejectAsync(ctx.HttpContext, ctx.Lease, ct);
            o.AddPolicy(AuthPolicy, http => RateLimitPartition.GetFixedWindowLimiter("auth:" + Address(http),
                _ => Window(http.RequestServices.GetRequiredService<AppSettings>().LoginRateLimitPerMinute)));
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsCostly(http)
                    ? RateLimitPartition.GetFixedWindowLimiter("ip:" + Address(http),
                        _ => Window(4 * http.RequestServices.GetRequiredService<AccountSettings>().ActionsPerMinute))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsCostly(http) && http.User.Identity?.IsAuthenticated == true
                    ? RateLimitPartition.GetFixedWindowLimiter("user:" + http.User.FindFirst("sub")?.Value,
                        _ => Window(http.RequestServices.GetRequiredService<AccountSettings>().ActionsPerMinute))
                    : RateLimitPartition.GetNoLimiter("")),
                // Every request an API token makes, whatever its method: another app's loop must not starve the rest.
                PartitionedRateLimiter.Create<HttpContext, string>(http => http.User.TokenId() is { } tokenId
                    ? RateLimitPartition.GetFixedWindowLimiter("token:" + tokenId,
                        _ => Window(http.RequestServices.GetRequiredService<AccountSettings>().TokenRequestsPerMinute))
                    : RateLimitPartition.GetNoLimiter("")));
        });
        return services;
    }

    public static FixedWindowRateLimiterOptions Window(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };

    /// <summary>POSTs that make something (files, runs, previews); sign-in has its own, stricter policy.</summary>
    private static bool IsCostly(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method)
        && http.Request.Path.StartsWithSegments("/api")
        && !http.Request.Path.StartsWithSegments("/api/auth");

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease, CancellationToken ct)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.StatusCode = 429;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var when = seconds <= 60 ? $"{seconds} second{(seconds == 1 ? "" : "s")}" : "a few minutes";
        var path = http.Request.Path;
        var message = path.StartsWithSegments("/api/auth/login") ? $"Too many login attempts. Please wait {when} and try again."
            : path.StartsWithSegments("/api/auth/register") ? $"Too many sign-ups from your network. Please wait {when} and try again."
            : path.StartsWithSegments("/api/auth") ? $"Too many attempts. Please wait {when} and try again."
            : $"Too many requests: you are doing that faster than we allow. Please wait {when} and try again.";
        await ProblemResponses.Problem(429, message).ExecuteAsync(http);
    }
}

/// <summary>
/// Sign-in attempts per account (the email tried), whatever address they come from, so spreading a guessing
/// attack over many addresses gains nothing.
/// </summary>
public sealed class LoginAttempts(AppSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        email => RateLimitPartition.GetFixedWindowLimiter(email, _ => RateLimits.Window(settings.LoginRateLimitPerMinute)));

    public RateLimitLease Acquire(string email) => _limiter.AttemptAcquire(email);

    public void Dispose() => _limiter.Dispose();
}
