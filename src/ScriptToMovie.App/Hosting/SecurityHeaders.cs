using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Hosting;

/// <summary>
/// Headers on every response: no content sniffing, no framing, and a Content-Security-Policy the built web app
/// passes (checked in Chromium by ContentSecurityPolicyTests). The API reference at /docs (Scalar) runs an inline
/// start-up script, calls eval and injects styles, so it gets its own, looser policy; it shows no user data, and the
/// session cookie is HttpOnly, so script on it cannot read the session.
/// With S3 storage the media route answers with a presigned URL on the bucket's origin, so that origin (and only it)
/// joins img-src and media-src; otherwise the browser would refuse to show the frames and play the movie.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, StorageSettings storage)
{
    private readonly string _appPolicy = AppPolicyFor(MediaOrigins(storage));

    public const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public const string DocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public static string AppPolicyFor(string? mediaOrigins) => mediaOrigins is null
        ? AppPolicy
        : AppPolicy.Replace("img-src 'self' data: blob:;", $"img-src 'self' data: blob: {mediaOrigins};")
            .Replace("media-src 'self' blob:;", $"media-src 'self' blob: {mediaOrigins};");

    /// <summary>Where presigned media URLs point: S3_PUBLIC_ENDPOINT, else S3_ENDPOINT, else AWS's bucket addresses.</summary>
    public static string? MediaOrigins(StorageSettings storage)
    {
        if (!storage.UsesS3) return null;
        if ((storage.S3PublicEndpoint is { Length: > 0 } ? storage.S3PublicEndpoint : storage.S3Endpoint) is { Length: > 0 } endpoint
            && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
            return uri.GetLeftPart(UriPartial.Authority);
        return $"https://{storage.S3Bucket}.s3.{storage.AwsRegion}.amazonaws.com https://s3.{storage.AwsRegion}.amazonaws.com";
    }

    public Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/docs") ? DocsPolicy : _appPolicy;
        return next(http);
    }
}
