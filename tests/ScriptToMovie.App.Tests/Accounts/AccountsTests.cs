using System.Net;
using System.Net.Http.Json;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Accounts;

[Trait("Category", "Api")]
public class AccountsTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public AccountsTests(AppFactory app) => _app = app;

    [Fact]
    public async Task A_registered_user_logs_in_with_an_HttpOnly_session_cookie_and_sees_themselves()
    {
        var client = _app.CreateClient();
        var email = $"alice-{Guid.NewGuid():N}@example.com";
        var reg = await client.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "Alice" });
        Assert.Equal(HttpStatusCode.Created, reg.StatusCode);
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "password123" });
        login.EnsureSuccessStatusCode();
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await client.GetJsonAsync("/api/auth/me");
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("Alice", me.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        var client = await _app.SignedInClientAsync();
        (await client.PostAsync("/api/auth/logout", null)).EnsureSuccessStatusCode();
        await (await client.GetAsync("/api/auth/me")).AssertProblemAsync(401);
    }

    [Fact]
    public async Task A_duplicate_email_is_a_conflict_with_a_sentence()
    {
        var client = _app.CreateClient();
        var email = $"dup-{Guid.NewGuid():N}@example.com";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "A" })).EnsureSuccessStatusCode();
        var again = await client.PostAsJsonAsync("/api/auth/register", new { email = email.ToUpperInvariant(), password = "password123", name = "B" });
        Assert.Contains("already exists", await again.AssertProblemAsync(409));
    }

    [Theory]
    [InlineData("not-an-email", "password123", "email")]
    [InlineData("", "password123", "email")]
    [InlineData("short@example.com", "short", "8 characters")]
    public async Task Registration_rejects_bad_emails_and_short_passwords(string email, string password, string expected)
    {
        var r = await _app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password, name = "X" });
        Assert.Contains(expected, await r.AssertProblemAsync(400));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var client = _app.CreateClient();
        var email = $"bob-{Guid.NewGuid():N}@example.com";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "Bob" })).EnsureSuccessStatusCode();
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password" });
        Assert.Contains("don't match", await r.AssertProblemAsync(401));
    }

    [Fact]
    public async Task Requests_without_a_session_are_told_to_log_in()
    {
        await (await _app.CreateClient().GetAsync("/api/projects")).AssertProblemAsync(401);
    }

    [Fact]
    public async Task A_cookie_authenticated_change_from_another_website_is_refused()
    {
        var client = await _app.SignedInClientAsync();
        var req = new HttpRequestMessage(HttpMethod.Post, "/api/projects") { Content = JsonContent.Create(new { title = "x", scriptContent = Samples.CoffeeShop }) };
        req.Headers.Add("Origin", "https://evil.example");
        req.Headers.Add("Sec-Fetch-Site", "cross-site");
        await (await client.SendAsync(req)).AssertProblemAsync(403);
        var list = await client.GetJsonAsync("/api/projects");
        Assert.Equal(0, list.GetArrayLength());
    }
}
