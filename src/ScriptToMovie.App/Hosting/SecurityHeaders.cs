namespace ScriptToMovie.App.Hosting;

/// <summary>
/// Headers on every response: no content sniffing, no framing, and a Content-Security-Policy the built web app
/// passes (checked in Chromium by ContentSecurityPolicyTests). The API reference at /docs (Scalar) runs an inline
/// start-up script, calls eval and injects styles, so it gets its own, looser policy; it shows no user data, and the
/// session cookie is HttpOnly, so script on it cannot read the session.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/docs") ? DocsPolicy : AppPolicy;
        return next(http);
    }
}
