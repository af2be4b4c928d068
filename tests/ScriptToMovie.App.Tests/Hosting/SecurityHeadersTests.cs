using Microsoft.AspNetCore.Hosting;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Hosting;

/// <summary>Headers and cookies: nosniff, no framing, a CSP, Secure cookies over https (also behind a trusted proxy), HSTS in production.</summary>
[Trait("Category", "Api")]
public class SecurityHeadersTests : IDisposable
{
    private readonly AppFactory _factory = AppFactory.With(new Dictionary<string, string?> { ["TRUSTED_PROXIES"] = "10.9.0.1, 10.8.0.0/16" });
    private readonly WebApplicationFactory<Program> _app;
    public SecurityHeadersTests() => _app = ClientAddress.On(_factory);

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/api/projects")]
    [InlineData("/")]
    public async Task Every_response_forbids_sniffing_and_framing_and_carries_a_content_security_policy(string url)
    {
        var r = await _app.CreateClient().GetAsync(url);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = r.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe", csp);
    }

    [Fact]
    public async Task The_session_cookie_is_secure_over_https_and_behind_a_trusted_tls_proxy_only()
    {
        Assert.Contains("secure", await LoginCookieAsync("https://localhost", null, null), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", await LoginCookieAsync("http://localhost", null, null), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", await LoginCookieAsync("http://localhost", "10.9.0.1", "https"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", await LoginCookieAsync("http://localhost", "10.8.3.4", "https"), StringComparison.OrdinalIgnoreCase);
        // Anyone else claiming https is not believed.
        Assert.DoesNotContain("secure", await LoginCookieAsync("http://localhost", "203.0.113.7", "https"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_session_list_shows_the_real_client_address_behind_a_trusted_proxy()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientAddress.Header, "10.9.0.1");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.23");
        var email = $"fw-{Guid.NewGuid():N}@example.com";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "F" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/auth/login", new { email, password = "password123" })).EnsureSuccessStatusCode();
        Assert.Equal("198.51.100.23", (await client.GetJsonAsync("/api/auth/sessions"))[0].GetProperty("ipAddress").GetString());
    }

    [Fact]
    public async Task An_uploaded_script_is_served_as_a_download_that_is_never_sniffed()
    {
        var client = await _factory.SignedInClientAsync();
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(File.ReadAllBytes(Samples.Screenplay("Brick-and-Steel.fdx"))), "file", "Brick-and-Steel.fdx");
        var id = (await (await client.PostAsync("/api/projects", form)).ReadJsonAsync()).GetProperty("id").GetInt32();

        var r = await client.GetAsync($"/api/media/{id}/uploads/Brick-and-Steel.fdx");
        r.EnsureSuccessStatusCode();
        Assert.Equal("attachment", r.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Brick-and-Steel.fdx", r.Content.Headers.ContentDisposition?.FileNameStar ?? r.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private async Task<string> LoginCookieAsync(string baseAddress, string? from, string? forwardedProto)
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), HandleCookies = false });
        if (from is not null) client.DefaultRequestHeaders.Add(ClientAddress.Header, from);
        if (forwardedProto is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        var email = $"c-{Guid.NewGuid():N}@example.com";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "C" })).EnsureSuccessStatusCode();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "password123" });
        login.EnsureSuccessStatusCode();
        return login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("s2m_session=", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}

[Trait("Category", "Api")]
public class StrictTransportTests
{
    [Theory]
    // Staging and Production also refuse SQLite (DeployedProfile); any environment but Development sends HSTS as they do.
    [InlineData("Preview", true)]
    [InlineData("Development", false)]
    public async Task Https_responses_carry_hsts_outside_development(string environment, bool expected)
    {
        using var factory = AppFactory.With(new Dictionary<string, string?> { ["JWT_SECRET"] = "a-test-secret-that-is-long-enough-for-hs256" });
        using var app = factory.WithWebHostBuilder(b => b.UseEnvironment(environment));
        var r = await app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://movies.example.com") }).GetAsync("/healthz");
        r.EnsureSuccessStatusCode();
        Assert.Equal(expected, r.Headers.Contains("Strict-Transport-Security"));
    }
}
