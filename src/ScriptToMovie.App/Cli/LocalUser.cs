using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Cli;

/// <summary>
/// The account that owns projects made from the command line. Its password is random and thrown away, so
/// nobody can sign in as it; the hash still has the real format, so a login attempt is simply refused.
/// </summary>
public static class LocalUser
{
    public const string Email = "local@localhost";

    public static async Task<User> EnsureAsync(AppDb db, CancellationToken ct)
    {
        var existing = await db.Users.FirstOrDefaultAsync(u => u.Email == Email, ct);
        if (existing is not null) return existing;
        var user = new User { Email = Email, Name = "Local user", CreatedAt = DateTime.UtcNow };
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        db.Users.Add(user);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another render on the same data directory created it first.
            db.ChangeTracker.Clear();
            return await db.Users.FirstAsync(u => u.Email == Email, ct);
        }
        return user;
    }
}
