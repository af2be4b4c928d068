using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Accounts;

/// <summary>Sessions slide while used and end when idle (SESSION_IDLE_DAYS) or old (SESSION_MAX_DAYS), on a clock the test moves.</summary>
[Trait("Category", "Api")]
public class SessionExpiryTests : IDisposable
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock _clock = new();
    private readonly AppFactory _factory = AppFactory.With(new Dictionary<string, string?> { ["SESSION_IDLE_DAYS"] = "7", ["SESSION_MAX_DAYS"] = "20" });
    private readonly WebApplicationFactory<Program> _app;

    public SessionExpiryTests() =>
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_clock)));

    [Fact]
    public async Task A_session_used_every_few_days_slides_on_and_an_idle_one_expires()
    {
        var busy = await SignInAsync();
        var idle = await SignInAsync();

        _clock.Now += TimeSpan.FromDays(5);
        var slide = await busy.GetAsync("/api/auth/me");
        slide.EnsureSuccessStatusCode();
        var cookie = Assert.Single(slide.Headers.GetValues("Set-Cookie"));
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);

        _clock.Now += TimeSpan.FromDays(5);
        (await busy.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
        Assert.Contains("expired", await (await idle.GetAsync("/api/auth/me")).AssertProblemAsync(401));
    }

    [Fact]
    public async Task A_session_ends_after_the_longest_lifetime_however_active()
    {
        var client = await SignInAsync();
        for (var day = 6; day < 20; day += 6)
        {
            _clock.Now += TimeSpan.FromDays(6);
            (await client.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
        }
        _clock.Now += TimeSpan.FromDays(3);
        Assert.Contains("expired", await (await client.GetAsync("/api/auth/me")).AssertProblemAsync(401));
    }

    private async Task<HttpClient> SignInAsync()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var email = $"e-{Guid.NewGuid():N}@example.com";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "E" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/auth/login", new { email, password = "password123" })).EnsureSuccessStatusCode();
        return client;
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
