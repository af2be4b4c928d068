namespace ScriptToMovie.App.Problems;

/// <summary>
/// The stable "type" of every problem the versioned API (/api/v1) answers with, listed in docs/integration.md.
/// Integrators branch on these, never on the wording of a message; a type once published is never renamed.
/// </summary>
public static class ProblemTypes
{
    public const string ItemKey = "s2m.problem-type";
    private const string Base = "https://script-to-movie.dev/problems/";

    public const string InvalidRequest = Base + "invalid-request";
    public const string Unauthenticated = Base + "unauthenticated";
    public const string Forbidden = Base + "forbidden";
    public const string InsufficientScope = Base + "insufficient-scope";
    public const string NotFound = Base + "not-found";
    public const string Conflict = Base + "conflict";
    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";
    public const string IdempotencyKeyInUse = Base + "idempotency-key-in-use";
    public const string TooLarge = Base + "too-large";
    public const string RateLimited = Base + "rate-limited";
    public const string LinkExpired = Base + "link-expired";
    public const string ServerError = Base + "server-error";

    public static string ForStatus(int status) => status switch
    {
        400 => InvalidRequest,
        401 => Unauthenticated,
        403 => Forbidden,
        404 => NotFound,
        409 => Conflict,
        413 => TooLarge,
        422 => InvalidRequest,
        429 => RateLimited,
        _ => ServerError,
    };

    /// <summary>Typed problems are the versioned API's contract; the seed's endpoints keep their answers as they were.</summary>
    public static bool Applies(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api/v1") || http.Items.ContainsKey(ItemKey);
}
