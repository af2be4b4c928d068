using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// Refuses cookie-authenticated state-changing requests sent from another site. SameSite=Lax already
/// blocks most; this also covers same-site subdomains. Requests with neither Origin nor
/// Sec-Fetch-Site (curl, server-to-server) are allowed, as in the seed's examples.
/// </summary>
public sealed class CrossSiteGuard(RequestDelegate next, AppSettings settings)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (IsStateChanging(http.Request.Method) && http.Request.Cookies.ContainsKey(SessionCookie.Name) && IsForeign(http))
        {
            http.Response.StatusCode = 403;
            await Results.Problem(statusCode: 403, title: "Forbidden",
                detail: "This request came from another website and was refused to protect your account.",
                extensions: new Dictionary<string, object?> { ["message"] = "This request came from another website and was refused to protect your account." })
                .ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    private static bool IsStateChanging(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    private bool IsForeign(HttpContext http)
    {
        var fetchSite = http.Request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site") return !OriginAllowed(http);
        var origin = http.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin) || origin == "null" && fetchSite is "same-origin" or "none") return false;
        return !OriginAllowed(http);
    }

    private bool OriginAllowed(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return false;
        if (settings.CorsOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase)) return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var o)
               && string.Equals(o.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
