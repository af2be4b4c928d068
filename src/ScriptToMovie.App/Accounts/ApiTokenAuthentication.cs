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
        var claims = new List<Claim> { new("sub", token.UserId.ToString()), new(TokenIdClaim, token.Id.ToString()) };
        claims.AddRange(token.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(ScopeClaim, s)));
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
