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

public static class AuthEndpoints
{
    public const string LoginRateLimitPolicy = "login";

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");

        auth.MapPost("/register", async (RegisterRequest body, AppDb db, PasswordHasher<User> hasher, AppSettings settings, CancellationToken ct) =>
        {
            var email = ValidEmail(body.Email);
            var password = ValidPassword(body.Password);
            var name = (body.Name ?? "").Trim();
            if (name.Length == 0) name = email.Split('@')[0];
            if (name.Length > 200) throw ApiProblem.BadRequest("Your name can be at most 200 characters.");
            if (await db.Users.AnyAsync(u => u.Email == email, ct))
                throw ApiProblem.Conflict("An account with that email already exists. Log in instead.");
            var user = new User { Email = email, Name = name, CreatedAt = DateTime.UtcNow };
            user.PasswordHash = hasher.HashPassword(user, password);
            db.Users.Add(user);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { throw ApiProblem.Conflict("An account with that email already exists. Log in instead."); }
            return Results.Created("/api/auth/me", ToResponse(user, settings));
        }).Produces<UserResponse>(201).ProducesProblem(400).ProducesProblem(409);

        auth.MapPost("/login", async (LoginRequest body, AppDb db, PasswordHasher<User> hasher, SessionCookie cookie, AppSettings settings, HttpContext http, CancellationToken ct) =>
        {
            var email = (body.Email ?? "").Trim().ToLowerInvariant();
            var user = email.Length == 0 ? null : await db.Users.FirstOrDefaultAsync(u => u.Email == email, ct);
            var result = user is null ? PasswordVerificationResult.Failed : hasher.VerifyHashedPassword(user, user.PasswordHash, body.Password ?? "");
            if (user is null || result == PasswordVerificationResult.Failed)
                return ProblemResponses.Problem(401, "That email and password don't match an account.");
            if (result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                user.PasswordHash = hasher.HashPassword(user, body.Password!);
                await db.SaveChangesAsync(ct);
            }
            SessionCookie.Write(http, cookie.Issue(user.Id, user.Email));
            return Results.Ok(ToResponse(user, settings));
        }).RequireRateLimiting(LoginRateLimitPolicy).Produces<UserResponse>().ProducesProblem(401).ProducesProblem(429);

        auth.MapPost("/logout", (HttpContext http) =>
        {
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

    private static string ValidPassword(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < 8)
            throw ApiProblem.BadRequest("Your password needs at least 8 characters.");
        if (password.Length > 512) throw ApiProblem.BadRequest("Your password can be at most 512 characters.");
        return password;
    }
}
