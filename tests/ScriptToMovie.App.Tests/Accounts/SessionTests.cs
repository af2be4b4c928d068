using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Accounts;

[Trait("Category", "Api")]
public class SessionTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public SessionTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Logging_out_ends_the_old_cookie_and_the_same_token_sent_as_a_bearer_header()
    {
        var (client, email) = await SignInAsync();
        var token = SessionToken(await LoginAsync(client, email));
        var stolen = Plain($"s2m_session={token}");
        var bearer = Bearer(token);
        (await stolen.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
        (await bearer.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();

        (await client.PostAsync("/api/auth/logout", null)).EnsureSuccessStatusCode();

        Assert.Contains("ended", await (await stolen.GetAsync("/api/auth/me")).AssertProblemAsync(401));
        Assert.Contains("ended", await (await bearer.GetAsync("/api/projects")).AssertProblemAsync(401));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_account_and_no_one_elses()
    {
        var (laptop, email) = await SignInAsync();
        var phone = Jar();
        await LoginAsync(phone, email);
        var (other, _) = await SignInAsync();

        var r = await laptop.DeleteAsync("/api/auth/sessions");
        Assert.Contains("signed out everywhere (2 sessions ended)", (await r.ReadJsonAsync()).GetProperty("message").GetString());

        await (await laptop.GetAsync("/api/auth/me")).AssertProblemAsync(401);
        await (await phone.GetAsync("/api/projects")).AssertProblemAsync(401);
        (await other.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task The_session_list_shows_each_device_and_signing_one_out_ends_only_that_one()
    {
        var (laptop, email) = await SignInAsync(userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        var phone = Jar("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1");
        await LoginAsync(phone, email);

        var list = await laptop.GetJsonAsync("/api/auth/sessions");
        Assert.Equal(2, list.GetArrayLength());
        var mine = list.EnumerateArray().Single(s => s.GetProperty("current").GetBoolean());
        var theirs = list.EnumerateArray().Single(s => !s.GetProperty("current").GetBoolean());
        Assert.Equal("Firefox on Linux", mine.GetProperty("device").GetString());
        Assert.Equal("Safari on iOS", theirs.GetProperty("device").GetString());
        Assert.True(theirs.GetProperty("lastSeenAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));

        (await laptop.DeleteAsync($"/api/auth/sessions/{theirs.GetProperty("id").GetInt32()}")).EnsureSuccessStatusCode();

        await (await phone.GetAsync("/api/auth/me")).AssertProblemAsync(401);
        Assert.Equal(1, (await laptop.GetJsonAsync("/api/auth/sessions")).GetArrayLength());
    }

    [Fact]
    public async Task Another_users_session_cannot_be_signed_out_and_is_a_404()
    {
        var (victim, _) = await SignInAsync();
        var (intruder, _) = await SignInAsync();
        var id = (await victim.GetJsonAsync("/api/auth/sessions"))[0].GetProperty("id").GetInt32();
        await (await intruder.DeleteAsync($"/api/auth/sessions/{id}")).AssertProblemAsync(404);
        (await victim.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_signs_out_every_other_device()
    {
        var (laptop, email) = await SignInAsync();
        var phone = Jar();
        await LoginAsync(phone, email);

        var wrong = await laptop.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-my-password", newPassword = "a brand new passphrase" });
        Assert.Contains("current password is not right", await wrong.AssertProblemAsync(400));

        var changed = await laptop.PostAsJsonAsync("/api/auth/password", new { currentPassword = "password123", newPassword = "a brand new passphrase" });
        changed.EnsureSuccessStatusCode();

        (await laptop.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
        await (await phone.GetAsync("/api/auth/me")).AssertProblemAsync(401);
        await (await Jar().PostAsJsonAsync("/api/auth/login", new { email, password = "password123" })).AssertProblemAsync(401);
        (await Jar().PostAsJsonAsync("/api/auth/login", new { email, password = "a brand new passphrase" })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_validly_signed_token_without_a_session_is_refused()
    {
        // Tokens signed before the sessions table existed carry no "sid": nothing could revoke them, so they are not trusted.
        var (client, _) = await SignInAsync();
        var me = await client.GetJsonAsync("/api/auth/me");
        var secret = (await File.ReadAllTextAsync(Path.Combine(_app.DataDirectory, "jwt-secret"))).Trim();
        var key = new SymmetricSecurityKey(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        var old = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity([new Claim("sub", me.GetProperty("id").GetInt32().ToString()), new Claim("email", me.GetProperty("email").GetString()!)]),
            Expires = DateTime.UtcNow.AddDays(7),
            Issuer = "script-to-movie",
            Audience = "script-to-movie",
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        Assert.Contains("log in again", await (await Bearer(old).GetAsync("/api/auth/me")).AssertProblemAsync(401));
    }

    private HttpClient Jar(string? userAgent = null)
    {
        var c = _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        if (userAgent is not null) c.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        return c;
    }

    private HttpClient Plain(string cookie)
    {
        var c = _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        c.DefaultRequestHeaders.Add("Cookie", cookie);
        return c;
    }

    private HttpClient Bearer(string token)
    {
        var c = _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return c;
    }

    private async Task<(HttpClient Client, string Email)> SignInAsync(string? userAgent = null)
    {
        var client = Jar(userAgent);
        var email = $"s-{Guid.NewGuid():N}@example.com";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "S" })).EnsureSuccessStatusCode();
        await LoginAsync(client, email);
        return (client, email);
    }

    private static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email)
    {
        var r = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "password123" });
        r.EnsureSuccessStatusCode();
        return r;
    }

    internal static string SessionToken(HttpResponseMessage login) =>
        login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("s2m_session=", StringComparison.Ordinal))["s2m_session=".Length..];
}
