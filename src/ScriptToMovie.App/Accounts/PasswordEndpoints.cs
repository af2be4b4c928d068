using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Accounts;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public static class PasswordEndpoints
{
    public static void Map(RouteGroupBuilder auth)
    {
        auth.MapPost("/password", async (ChangePasswordRequest body, HttpContext http, AppDb db, PasswordHashing hashing,
            SessionStore sessions, SessionCookie cookie, CancellationToken ct) =>
        {
            var id = http.User.Id();
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct)
                       ?? throw new ApiProblem(401, "Your session has ended. Please log in again.");
            if (await hashing.VerifyAsync(user, body.CurrentPassword ?? "", ct) == PasswordVerificationResult.Failed)
                throw ApiProblem.BadRequest("Your current password is not right, so the password was not changed.");
            var password = PasswordRules.Check(body.NewPassword, user.Email);
            if (password == body.CurrentPassword) throw ApiProblem.BadRequest("Your new password is the same as the current one.");
            user.PasswordHash = await hashing.HashAsync(user, password, ct);
            await db.SaveChangesAsync(ct);
            // Whoever knew the old password may hold a session: end them all, and keep this device signed in.
            await sessions.RevokeAllAsync(user.Id, ct);
            await AuthEndpoints.SignInAsync(user, http, sessions, cookie, ct);
            return Results.Ok(new MessageResponse("Your password is changed. Every other device has been signed out."));
        }).RequireAuthorization().RequireRateLimiting(RateLimits.AuthPolicy)
          .Produces<MessageResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(429)
          .WithDescription("Changes the password (the current one is required) and signs out every other device.");
    }
}
