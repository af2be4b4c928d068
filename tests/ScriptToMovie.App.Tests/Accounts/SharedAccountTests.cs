using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Integrations;
using ScriptToMovie.Fakes.Oidc;

namespace ScriptToMovie.App.Tests.Accounts;

/// <summary>Another app's users sign in here with their own provider's access tokens, matched by issuer + subject.</summary>
[Trait("Category", "Api")]
public sealed class SharedAccountTests : IAsyncLifetime
{
    private const string Audience = "script-to-movie";
    private static readonly string[] AllScopes = ["runs:write", "runs:read", "media:read"];
    private FakeIdentityProvider _idp = null!;
    private AppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _idp = await FakeIdentityProvider.StartAsync();
        _app = AppFactory.With(new Dictionary<string, string?>
        {
            ["AUTH_OIDC_AUTHORITY"] = _idp.Issuer,
            ["AUTH_OIDC_AUDIENCE"] = Audience,
            ["AUTH_OIDC_UNKNOWN_KEY_REFRESH_SECONDS"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _idp.DisposeAsync();
    }

    private HttpClient WithBearer(string token) => _app.TokenClient(token);

    [Fact]
    public async Task A_new_user_of_the_other_app_is_made_on_first_sight_and_found_again_by_issuer_and_subject()
    {
        var subject = "ds-" + Guid.NewGuid().ToString("N")[..8];
        var email = $"{subject}@decodeshorts.example";
        var first = WithBearer(_idp.Issue(subject, email, "Dee Shorts", AllScopes, Audience));
        var created = await first.PostAsJsonAsync("/api/v1/runs", new { title = "Mine", script = Samples.CoffeeShop, externalRef = subject });
        Assert.Equal(202, (int)created.StatusCode);

        // Another token for the same person, with a changed email: still the same account.
        var again = WithBearer(_idp.Issue(subject, "changed-" + email, "Dee Shorts", AllScopes, Audience));
        var listed = await again.GetJsonAsync($"/api/v1/runs?externalRef={subject}");
        Assert.Equal(1, listed.GetProperty("total").GetInt32());

        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var link = await db.SharedAccounts.SingleAsync(a => a.Subject == subject);
        Assert.Equal(_idp.Issuer, link.Issuer);
        var user = await db.Users.SingleAsync(u => u.Id == link.UserId);
        Assert.Equal(email, user.Email);
        Assert.Equal("Dee Shorts", user.Name);

        // Such a token is held to its scopes like an API token: no browser-only routes, no scope it lacks.
        Assert.Contains("browser session", await (await again.GetAsync("/api/tokens")).AssertProblemAsync(403));
        var readOnly = WithBearer(_idp.Issue(subject, email, "Dee Shorts", ["runs:read"], Audience));
        Assert.Contains("runs:write", await (await readOnly.PostAsJsonAsync("/api/v1/runs", new { title = "No", script = Samples.CoffeeShop })).AssertProblemAsync(403));
    }

    [Fact]
    public async Task A_token_whose_email_has_a_password_account_here_does_not_take_that_account_over()
    {
        var email = $"owner-{Guid.NewGuid():N}@example.com";
        var owner = await _app.SignedInClientAsync(email);
        var intruder = WithBearer(_idp.Issue("someone-else", email, "Not The Owner", AllScopes, Audience));

        var refused = await intruder.GetAsync("/api/v1/runs");
        Assert.Contains("already has a Script-to-Movie account", await refused.AssertProblemAsync(401));
        Assert.Equal(200, (int)(await owner.GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task Forged_expired_and_foreign_audience_tokens_are_refused()
    {
        Assert.Contains("not valid", await (await WithBearer(_idp.Forge("mallory", Audience)).GetAsync("/api/v1/runs")).AssertProblemAsync(401));
        Assert.Contains("not valid", await (await WithBearer(_idp.Issue("eve", null, null, AllScopes, "another-api")).GetAsync("/api/v1/runs")).AssertProblemAsync(401));
        Assert.Contains("expired", await (await WithBearer(_idp.Issue("old", null, null, AllScopes, Audience, TimeSpan.FromMinutes(-5))).GetAsync("/api/v1/runs")).AssertProblemAsync(401));
    }

    [Fact]
    public async Task The_providers_keys_are_cached_and_a_rotated_key_is_picked_up()
    {
        var client = WithBearer(_idp.Issue("rotating", null, "Rota", AllScopes, Audience));
        for (var i = 0; i < 5; i++) Assert.Equal(200, (int)(await client.GetAsync("/api/v1/runs")).StatusCode);
        var reads = _idp.JwksReads;
        Assert.InRange(reads, 1, 2);

        _idp.RotateKey();
        var rotated = WithBearer(_idp.Issue("rotating", null, "Rota", AllScopes, Audience));
        // An unknown key id makes the app read the JWKS again, at most once per AUTH_OIDC_UNKNOWN_KEY_REFRESH_SECONDS (1 s here).
        var until = DateTime.UtcNow + TestTime.Scaled(TimeSpan.FromSeconds(10));
        int status;
        do
        {
            status = (int)(await rotated.GetAsync("/api/v1/runs")).StatusCode;
            if (status != 200) await Task.Delay(200);
        } while (status != 200 && DateTime.UtcNow < until);
        Assert.Equal(200, status);
        Assert.True(_idp.JwksReads > reads);
        // The old key left the JWKS with the rotation: tokens signed with it no longer pass.
        Assert.Equal(401, (int)(await client.GetAsync("/api/v1/runs")).StatusCode);
    }

    [Fact]
    public async Task A_service_token_acts_for_a_user_only_with_that_users_token_and_within_both_scopes()
    {
        var service = await (await _app.SignedInClientAsync()).CreateTokenAsync("runs:write", "runs:read", "media:read");
        var subject = "acted-" + Guid.NewGuid().ToString("N")[..8];
        HttpClient Acting(string? userToken)
        {
            var c = _app.TokenClient(service.Token);
            if (userToken is not null) c.DefaultRequestHeaders.Add("S2M-On-Behalf-Of", userToken);
            return c;
        }

        var forUser = Acting(_idp.Issue(subject, $"{subject}@decodeshorts.example", "Acted For", AllScopes, Audience));
        var created = await (await forUser.PostAsJsonAsync("/api/v1/runs", new { title = "For the user", script = Samples.CoffeeShop, externalRef = subject })).ReadJsonAsync();
        var runId = created.GetProperty("id").GetString()!;

        // The run is the user's: the user's own token sees it, the service token alone does not.
        Assert.Equal(200, (int)(await WithBearer(_idp.Issue(subject, null, null, AllScopes, Audience)).GetAsync($"/api/v1/runs/{runId}")).StatusCode);
        Assert.Equal(404, (int)(await Acting(null).GetAsync($"/api/v1/runs/{runId}")).StatusCode);

        // No free impersonation: a forged or foreign-audience user token is refused, and the user's narrower scopes win.
        Assert.Equal(401, (int)(await Acting(_idp.Forge(subject, Audience)).GetAsync("/api/v1/runs")).StatusCode);
        Assert.Equal(401, (int)(await Acting(_idp.Issue(subject, null, null, AllScopes, "another-api")).GetAsync("/api/v1/runs")).StatusCode);
        var readOnlyUser = Acting(_idp.Issue(subject, null, null, ["runs:read"], Audience));
        Assert.Equal(200, (int)(await readOnlyUser.GetAsync($"/api/v1/runs/{runId}")).StatusCode);
        Assert.Contains("runs:write", await (await readOnlyUser.PostAsJsonAsync("/api/v1/runs", new { title = "No", script = Samples.CoffeeShop })).AssertProblemAsync(403));
    }
}
