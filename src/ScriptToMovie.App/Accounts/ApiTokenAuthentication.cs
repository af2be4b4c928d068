using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// "Authorization: Bearer s2m_…": looks the token up by its hash on every request, so a revoked or expired token
/// stops at once. Sits beside the session scheme; <see cref="AuthSetup"/> picks this one by the token's prefix.
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string ScopeClaim = "scope";
    public const string TokenIdClaim = "token_id";
    /// <summary>The token owner's user id when the request acts for another user (RFC 8693's "act", flattened).</summary>
    public const string ActorClaim = "act_sub";
    private const string FailureKey = "s2m.token-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer " + ApiTokenText.Prefix, StringComparison.Ordinal)) return AuthenticateResult.NoResult();
        var store = Context.RequestServices.GetRequiredService<ApiTokenStore>();
        var token = await store.CheckAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            Context.Items[FailureKey] = "This API token is not valid: it is unknown, expired or revoked. Create a new one on the Integrations page.";
            return AuthenticateResult.Fail("unknown, expired or revoked API token");
        }
        var scopes = token.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var userId = token.UserId.ToString();
        if (Request.Headers.ContainsKey(SharedAccounts.OnBehalfOfHeader))
        {
            // A service token acting for a shared-account user: only with that user's own valid access token, and
            // only for scopes both grant. The token's owner never chooses whom it acts for (decision 0125).
            if (!Context.RequestServices.GetRequiredService<SharedAccountSettings>().Enabled)
            {
                Context.Items[FailureKey] = $"This server has no shared sign-in (AUTH_OIDC_AUTHORITY), so {SharedAccounts.OnBehalfOfHeader} can't be used.";
                return AuthenticateResult.Fail("shared accounts are off");
            }
            var user = await Context.AuthenticateAsync(SharedAccounts.SchemeName);
            if (!user.Succeeded)
            {
                Context.Items[FailureKey] = SharedAccounts.Failure(Context) ?? $"The user's access token in {SharedAccounts.OnBehalfOfHeader} is not valid.";
                return AuthenticateResult.Fail("the user's access token was refused");
            }
            userId = user.Principal!.FindFirstValue("sub")!;
            var granted = user.Principal.FindAll(ScopeClaim).Select(c => c.Value).ToHashSet();
            scopes = scopes.Where(granted.Contains).ToList();
        }
        var claims = new List<Claim> { new("sub", userId), new(TokenIdClaim, token.Id.ToString()) };
        if (userId != token.UserId.ToString()) claims.Add(new Claim(ActorClaim, token.UserId.ToString()));
        claims.AddRange(scopes.Select(s => new Claim(ScopeClaim, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = "Bearer";
        await ProblemResponses.Problem(401, Context.Items[FailureKey] as string ?? "Send an API token: Authorization: Bearer s2m_….").ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 403;
        await ProblemResponses.Problem(403, "This API token is not allowed to do that.").ExecuteAsync(Context);
    }
}

public static class ApiTokenPrincipal
{
    /// <summary>The id of the API token the request came with, or null for a browser session.</summary>
    public static int? TokenId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ApiTokenAuthentication.TokenIdClaim), out var id) ? id : null;
}
