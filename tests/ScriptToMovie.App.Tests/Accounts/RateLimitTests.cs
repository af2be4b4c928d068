using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Accounts;

/// <summary>Every door has a limit per address and per account, answered with 429, a sentence and Retry-After.</summary>
[Trait("Category", "Api")]
public class RateLimitTests : IDisposable
{
    private readonly AppFactory _factory = AppFactory.With(new Dictionary<string, string?> { ["LOGIN_RATE_LIMIT"] = "3", ["ACTION_RATE_LIMIT"] = "2" });
    private readonly WebApplicationFactory<Program> _app;

    public RateLimitTests() => _app = ClientAddress.On(_factory);

    [Fact]
    public async Task Too_many_login_attempts_from_one_address_get_a_429_with_a_sentence_and_retry_after()
    {
        var client = From("10.0.0.1");
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/login", new { email = $"x{i}@example.com", password = "password123" })).StatusCode);
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email = "x9@example.com", password = "password123" });
        Assert.Contains("Too many login attempts", await r.AssertProblemAsync(429));
        Assert.InRange(int.Parse(r.Headers.GetValues("Retry-After").Single()), 1, 60);
    }

    [Fact]
    public async Task Guessing_one_accounts_password_from_many_addresses_is_limited_per_account()
    {
        var email = $"target-{Guid.NewGuid():N}@example.com";
        for (var i = 0; i < 3; i++)
            await (await From($"10.1.0.{i + 1}").PostAsJsonAsync("/api/auth/login", new { email, password = $"guess-{i}-guess" })).AssertProblemAsync(401);
        var r = await From("10.1.0.99").PostAsJsonAsync("/api/auth/login", new { email, password = "guess-9-guess" });
        Assert.Contains("Please wait", await r.AssertProblemAsync(429));
        Assert.True(r.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task A_burst_of_sign_ups_from_one_address_is_limited()
    {
        var client = From("10.2.0.1");
        for (var i = 0; i < 3; i++)
            (await client.PostAsJsonAsync("/api/auth/register", new { email = $"r-{Guid.NewGuid():N}@example.com", password = "password123", name = "R" })).EnsureSuccessStatusCode();
        var r = await client.PostAsJsonAsync("/api/auth/register", new { email = $"r-{Guid.NewGuid():N}@example.com", password = "password123", name = "R" });
        Assert.Contains("Too many sign-ups", await r.AssertProblemAsync(429));
        Assert.True(r.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Costly_posts_are_limited_per_account_and_another_account_on_the_same_address_carries_on()
    {
        var first = await SignedInFrom("10.3.0.1", "10.3.1.1");
        for (var i = 0; i < 2; i++)
            (await first.PostAsJsonAsync("/api/screenplays/parse", new { text = Samples.CoffeeShop })).EnsureSuccessStatusCode();
        var r = await first.PostAsJsonAsync("/api/screenplays/parse", new { text = Samples.CoffeeShop });
        Assert.Contains("Please wait", await r.AssertProblemAsync(429));
        Assert.True(r.Headers.Contains("Retry-After"));
        await (await first.PostAsJsonAsync("/api/projects", new { title = "x", scriptContent = Samples.CoffeeShop })).AssertProblemAsync(429);

        var second = await SignedInFrom("10.3.0.1", "10.3.1.2");
        (await second.PostAsJsonAsync("/api/screenplays/parse", new { text = Samples.CoffeeShop })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Costly_posts_are_limited_per_address_across_accounts()
    {
        // An address may send four times one account's allowance (2 a minute here).
        for (var n = 0; n < 4; n++)
        {
            var c = await SignedInFrom("10.4.0.1", $"10.4.1.{n + 1}");
            for (var i = 0; i < 2; i++)
                (await c.PostAsJsonAsync("/api/screenplays/parse", new { text = Samples.CoffeeShop })).EnsureSuccessStatusCode();
        }
        var last = await SignedInFrom("10.4.0.1", "10.4.1.9");
        await (await last.PostAsJsonAsync("/api/screenplays/parse", new { text = Samples.CoffeeShop })).AssertProblemAsync(429);
    }

    private HttpClient From(string address)
    {
        var c = _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        c.DefaultRequestHeaders.Add(ClientAddress.Header, address);
        return c;
    }

    /// <summary>Signs up from one address (sign-up has its own limit) and then works from another.</summary>
    private async Task<HttpClient> SignedInFrom(string address, string signUpAddress)
    {
        var c = From(signUpAddress);
        var email = $"a-{Guid.NewGuid():N}@example.com";
        (await c.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "A" })).EnsureSuccessStatusCode();
        (await c.PostAsJsonAsync("/api/auth/login", new { email, password = "password123" })).EnsureSuccessStatusCode();
        c.DefaultRequestHeaders.Remove(ClientAddress.Header);
        c.DefaultRequestHeaders.Add(ClientAddress.Header, address);
        return c;
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
