using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Accounts;

[Trait("Category", "Api")]
public class PasswordRulesTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public PasswordRulesTests(AppFactory app) => _app = app;

    [Theory]
    [InlineData("qwertyuiop", "most common passwords")]
    [InlineData("Password1", "most common passwords")]
    [InlineData("12345678", "most common passwords")]
    [InlineData("iloveyou", "most common passwords")]
    [InlineData("seven77", "at least 8 characters")]
    public async Task Short_and_common_passwords_are_refused_with_a_sentence(string password, string expected)
    {
        var r = await _app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = $"p-{Guid.NewGuid():N}@example.com", password, name = "P" });
        Assert.Contains(expected, await r.AssertProblemAsync(400));
    }

    [Fact]
    public async Task The_email_address_is_refused_as_its_own_password()
    {
        var email = $"mary.jones{Guid.NewGuid():N}"[..20] + "@example.com";
        var r = await _app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = email.ToUpperInvariant(), name = "M" });
        Assert.Contains("can't be your email address", await r.AssertProblemAsync(400));
    }

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("onlylowercaseletters")]
    [InlineData("password123")]
    public async Task Passwords_need_no_digits_symbols_or_capitals(string password)
    {
        // No composition rules (NIST 800-63B); the seed's own example password stays valid.
        var r = await _app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = $"ok-{Guid.NewGuid():N}@example.com", password, name = "Ok" });
        r.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_new_password_follows_the_same_rules()
    {
        var client = await _app.SignedInClientAsync();
        var r = await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "password123", newPassword = "football" });
        Assert.Contains("most common passwords", await r.AssertProblemAsync(400));
    }
}

public class PasswordHashingTests
{
    private sealed class CountingHasher : PasswordHasher<User>
    {
        private int _now;
        public int Most;
        public override string HashPassword(User user, string password)
        {
            var now = Interlocked.Increment(ref _now);
            lock (this) Most = Math.Max(Most, now);
            try { return base.HashPassword(user, password); }
            finally { Interlocked.Decrement(ref _now); }
        }
    }

    [Fact]
    public async Task A_burst_of_sign_ups_hashes_no_more_passwords_at_once_than_the_gate_allows()
    {
        var hasher = new CountingHasher();
        var hashing = new PasswordHashing(hasher, new AccountSettings { HashConcurrency = 2 });
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => hashing.HashAsync(new User(), $"secret-{i}", CancellationToken.None))));
        Assert.InRange(hasher.Most, 1, 2);
    }
}
