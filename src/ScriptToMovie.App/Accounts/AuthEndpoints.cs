using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Accounts;

public sealed record RegisterRequest(string? Email, string? Password, string? Name);
public sealed record LoginRequest(string? Email, string? Password);
public sealed record UserResponse(int Id, string Email, string Name, bool IsAdmin, DateTime CreatedAt);
public sealed record MessageResponse(string Message);

/// <summary>The seed's four auth endpoints, with their JSON unchanged; sessions and passwords live beside them.</summary>
public static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");

        auth.MapPost("/register", async (RegisterRequest body, AppDb db, PasswordHashing hashing, AppSettings settings, CancellationToken ct) =>
        {
            var email = ValidEmail(body.Email);
            var password = PasswordRules.Check(body.Password, email);
            var name = (body.Name ?? "").Trim();
            if (name.Length == 0) name = email.Split('@')[0];
            if (name.Length > 200) throw ApiProblem.BadRequest("Your name can be at most 200 characters.");
            if (await db.Users.AnyAsync(u => u.Email == email, ct))
                throw ApiProblem.Conflict("An account with that email already exists. Log in instead.");
            var user = new User { Email = email, Name = name, CreatedAt = DateTime.UtcNow };
            user.PasswordHash = await hashing.HashAsync(user, password, ct);
            db.Users.Add(user);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { throw ApiProblem.Conflict("An account with that email already exists. Log in instead."); }
            return Results.Created("/api/auth/me", ToResponse(user, settings));
        }).RequireRateLimiting(RateLimits.AuthPolicy).Produces<UserResponse>(201).ProducesProblem(400).ProducesProblem(409).ProducesProblem(429);

        auth.MapPost("/login", async (LoginRequest body, AppDb db, PasswordHashing hashing, LoginAttempts attempts, SessionStore sessions,
            SessionCookie cookie, AppSettings settings, HttpContext http, CancellationToken ct) =>
        {
            var email = (body.Email ?? "").Trim().ToLowerInvariant();
            using var attempt = attempts.Acquire(email);
            if (!attempt.IsAcquired)
            {
                await RateLimits.RejectAsync(http, attempt, ct);
                return Results.Empty;
            }
            var user = email.Length == 0 ? null : await db.Users.FirstOrDefaultAsync(u => u.Email == email, ct);
            var result = await hashing.VerifyAsync(user, body.Password ?? "", ct);
            if (user is null || result == PasswordVerificationResult.Failed)
                return ProblemResponses.Problem(401, "That email and password don't match an account.");
            if (result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                user.PasswordHash = await hashing.HashAsync(user, body.Password!, ct);
                await db.SaveChangesAsync(ct);
            }
            await SignInAsync(user, http, sessions, cookie, ct);
            return Results.Ok(ToResponse(user, settings));
        }).RequireRateLimiting(RateLimits.AuthPolicy).Produces<UserResponse>().ProducesProblem(401).ProducesProblem(429);

        auth.MapPost("/logout", async (HttpContext http, SessionStore sessions, CancellationToken ct) =>
        {
            if (http.SessionTokenId() is { } sid) await sessions.RevokeByTokenAsync(http.User.Id(), sid, ct);
            SessionCookie.Clear(http);
            return Results.Ok(new { message = "You are logged out." });
        });

        auth.MapGet("/me", async (HttpContext http, AppDb db, AppSettings settings, CancellationToken ct) =>
        {
            var id = http.User.Id();
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct)
                       ?? throw new ApiProblem(401, "Your session has ended. Please log in again.");
            return Results.Ok(ToResponse(user, settings));
        }).RequireAuthorization().Produces<UserResponse>().ProducesProblem(401);

        SessionEndpoints.Map(auth);
        PasswordEndpoints.Map(auth);
    }

    /// <summary>Opens a new session for this device and hands its token over as the cookie.</summary>
    public static async Task SignInAsync(User user, HttpContext http, SessionStore sessions, SessionCookie cookie, CancellationToken ct)
    {
        var session = await sessions.StartAsync(user.Id, http, ct);
        SessionCookie.Write(http, cookie.Issue(user, session), sessions.CookieExpiry(session.LastSeenAt, session.ExpiresAt));
    }

    private static UserResponse ToResponse(User u, AppSettings settings) =>
        new(u.Id, u.Email, u.Name, settings.AdminEmails.Contains(u.Email, StringComparer.OrdinalIgnoreCase), u.CreatedAt);

    private static string ValidEmail(string? raw)
    {
        var email = (raw ?? "").Trim().ToLowerInvariant();
        if (email.Length == 0) throw ApiProblem.BadRequest("Please enter your email address.");
        if (email.Length > 320 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
            throw ApiProblem.BadRequest("That doesn't look like an email address.");
        return email;
    }
}
