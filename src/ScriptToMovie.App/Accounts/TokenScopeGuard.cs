using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// Lets an API token (or another app's access token, <see cref="SharedAccounts"/>) through only to routes that name a scope it carries. Runs after authentication and before
/// authorization, so every route is covered, including those written before tokens existed.
/// </summary>
public sealed class TokenScopeGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (http.User.Identity?.AuthenticationType is ApiTokenAuthentication.SchemeName or SharedAccounts.SchemeName)
        {
            // The MCP endpoint is one route for many tools: each tool checks its own scope (McpTools).
            if (http.GetEndpoint()?.Metadata.GetMetadata<ScopesCheckedPerCall>() is not null)
            {
                await next(http);
                return;
            }
            var needed = http.GetEndpoint()?.Metadata.GetMetadata<TokenScope>()?.Scope;
            if (needed is null)
            {
                await Refuse(http, "API tokens can't be used here. This part of the app needs a signed-in browser session.");
                return;
            }
            if (!http.User.HasClaim(ApiTokenAuthentication.ScopeClaim, needed))
            {
                await Refuse(http, $"This API token is not allowed to do that: it needs the \"{needed}\" scope.");
                return;
            }
        }
        await next(http);
    }

    private static Task Refuse(HttpContext http, string message)
    {
        http.Response.StatusCode = 403;
        http.Items[ProblemTypes.ItemKey] = ProblemTypes.InsufficientScope;
        return ProblemResponses.Problem(403, message).ExecuteAsync(http);
    }
}
