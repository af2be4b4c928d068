using Microsoft.AspNetCore.Identity;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// Hashing a password takes tens of milliseconds of CPU by design. A gate (PASSWORD_HASH_CONCURRENCY, default the
/// number of cores) bounds how many run at once, so a burst of sign-ups queues here instead of taking every
/// thread from the rest of the server (/healthz, status reads).
/// </summary>
public sealed class PasswordHashing(PasswordHasher<User> hasher, AccountSettings settings)
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(20);
    private readonly SemaphoreSlim _gate = new(settings.HashConcurrency, settings.HashConcurrency);
    // Verified when the email has no account, so a miss takes as long as a wrong password and
    // the timing does not tell which emails have accounts.
    private readonly Lazy<string> _decoy = new(() => hasher.HashPassword(new User(), Guid.NewGuid().ToString()));

    public Task<string> HashAsync(User user, string password, CancellationToken ct) =>
        GatedAsync(() => hasher.HashPassword(user, password), ct);

    public Task<PasswordVerificationResult> VerifyAsync(User? user, string password, CancellationToken ct) =>
        GatedAsync(() => user is null
            ? Decoy(password)
            : hasher.VerifyHashedPassword(user, user.PasswordHash, password), ct);

    private PasswordVerificationResult Decoy(string password)
    {
        hasher.VerifyHashedPassword(new User(), _decoy.Value, password);
        return PasswordVerificationResult.Failed;
    }

    private async Task<T> GatedAsync<T>(Func<T> work, CancellationToken ct)
    {
        if (!await _gate.WaitAsync(LongestWait, ct))
            throw new ApiProblem(503, "Many people are signing in right now. Please try again in a few seconds.");
        try { return work(); }
        finally { _gate.Release(); }
    }
}
