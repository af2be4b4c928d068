using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Integrations;

[Trait("Category", "Api")]
public class ApiTokenTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public ApiTokenTests(AppFactory app) => _app = app;

    [Fact]
    public async Task A_new_token_is_shown_once_and_only_its_hash_is_stored()
    {
        var user = await _app.SignedInClientAsync();
        var (token, id) = await user.CreateTokenAsync("runs:read");

        Assert.StartsWith("s2m_", token);
        Assert.Equal(4 + 43, token.Length); // 32 bytes in base64url without padding
        var listed = (await user.GetJsonAsync("/api/tokens")).ToString();
        Assert.DoesNotContain(token, listed);
        Assert.Contains(token[..10], listed);
        using var scope = _app.Services.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<AppDb>().ApiTokens.SingleAsync(t => t.Id == id);
        Assert.NotEqual(token, row.TokenHash);
        Assert.Equal(64, row.TokenHash.Length);
    }

    [Fact]
    public async Task A_token_works_without_a_cookie_and_records_when_it_was_last_used()
    {
        var user = await _app.SignedInClientAsync();
        var (token, id) = await user.CreateTokenAsync("runs:read");

        var response = await _app.TokenClient(token).GetAsync("/api/v1/runs");

        Assert.Equal(200, (int)response.StatusCode);
        var listed = (await user.GetJsonAsync("/api/tokens")).EnumerateArray().Single(t => t.GetProperty("id").GetInt32() == id);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task A_revoked_token_is_refused_on_its_very_next_request()
    {
        var user = await _app.SignedInClientAsync();
        var (token, id) = await user.CreateTokenAsync("runs:read");
        var partner = _app.TokenClient(token);
        Assert.Equal(200, (int)(await partner.GetAsync("/api/v1/runs")).StatusCode);

        Assert.Equal(204, (int)(await user.DeleteAsync($"/api/tokens/{id}")).StatusCode);

        var refused = await partner.GetAsync("/api/v1/runs");
        Assert.Contains("unknown, expired or revoked", await refused.AssertProblemAsync(401));
        Assert.EndsWith("/unauthenticated", (await refused.ReadJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_made_up_token_is_a_401_with_a_sentence()
    {
        var response = await _app.TokenClient("s2m_" + new string('A', 43)).GetAsync("/api/v1/runs");
        Assert.Contains("not valid", await response.AssertProblemAsync(401));
    }

    [Fact]
    public async Task A_token_cannot_reach_routes_that_name_no_scope_such_as_minting_another_token()
    {
        var partner = await _app.PartnerAsync("runs:write", "runs:read", "media:read", "webhooks:write");

        var mint = await partner.PostAsJsonAsync("/api/tokens", new { name = "escalate", scopes = new[] { "runs:read" } });
        Assert.Contains("signed-in browser session", await mint.AssertProblemAsync(403));
        Assert.Equal(403, (int)(await partner.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(403, (int)(await partner.GetAsync("/api/auth/sessions")).StatusCode);
    }

    [Fact]
    public async Task Another_users_token_cannot_be_revoked_and_is_a_404()
    {
        var owner = await _app.SignedInClientAsync();
        var (token, id) = await owner.CreateTokenAsync("runs:read");
        var intruder = await _app.SignedInClientAsync();

        await (await intruder.DeleteAsync($"/api/tokens/{id}")).AssertProblemAsync(404);

        Assert.Equal(200, (int)(await _app.TokenClient(token).GetAsync("/api/v1/runs")).StatusCode);
    }

    [Theory]
    [InlineData("", "Choose at least one scope")]
    [InlineData("runs:delete", "\"runs:delete\" is not a scope")]
    public async Task A_token_needs_known_scopes(string scope, string expected)
    {
        var user = await _app.SignedInClientAsync();
        var response = await user.PostAsJsonAsync("/api/tokens", new { name = "x", scopes = scope.Length == 0 ? Array.Empty<string>() : [scope] });
        Assert.Contains(expected, await response.AssertProblemAsync(400));
    }
}

/// <summary>Every route a token can reach, with the scope it needs: without that scope 403, with it the route answers.</summary>
[Trait("Category", "Api")]
public class TokenScopeMatrixTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public TokenScopeMatrixTests(AppFactory app) => _app = app;

    public static TheoryData<string, string, string> Routes() => new()
    {
        { "POST", "/api/v1/runs", "runs:write" },
        { "GET", "/api/v1/runs", "runs:read" },
        { "GET", "/api/v1/runs/nosuchrun", "runs:read" },
        { "POST", "/api/v1/runs/nosuchrun/cancel", "runs:write" },
        { "POST", "/api/v1/runs/nosuchrun/retry-failed", "runs:write" },
        { "GET", "/api/v1/runs/nosuchrun/media", "media:read" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_token_without_the_routes_scope_is_refused_and_one_with_it_is_let_in(string method, string path, string scope)
    {
        var user = await _app.SignedInClientAsync();
        var others = new[] { "runs:write", "runs:read", "media:read", "webhooks:write" }.Where(s => s != scope).ToArray();
        var (without, _) = await user.CreateTokenAsync(others);
        var (with, _) = await user.CreateTokenAsync(scope);

        var refused = await _app.TokenClient(without).SendAsync(Request(method, path));
        Assert.EndsWith("/insufficient-scope", await refused.ProblemTypeAsync(403));
        Assert.Contains(scope, (await refused.ReadJsonAsync()).GetProperty("message").GetString());

        var allowed = await _app.TokenClient(with).SendAsync(Request(method, path));
        Assert.True((int)allowed.StatusCode is not (401 or 403), $"{method} {path} with {scope} answered {(int)allowed.StatusCode}");
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "POST" ? JsonContent.Create(new { title = "Scoped", script = Samples.CoffeeShop }) : null,
    };
}
