using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Integrations;

/// <summary>
/// Serves a file to whoever holds a signed, unexpired link (<see cref="SignedLocalMediaLinks"/>): no cookie, no
/// token, so another app's importer or a video player can fetch the movie directly.
/// </summary>
public static class SignedMediaEndpoint
{
    public static void MapSignedMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet(SignedLocalMediaLinks.RoutePrefix + "{**path}", async (string path, string? expires, string? signature,
            HttpContext http, SignedLocalMediaLinks links, IMediaStorage storage, CancellationToken ct) =>
        {
            var key = StorageKey.Normalize(path) ?? throw ApiProblem.NotFound("file");
            switch (links.Check(key, expires, signature))
            {
                case LinkVerdict.Invalid:
                    throw new ApiProblem(403, "This media link is not valid. Ask the API for a new one (GET /api/v1/runs/{id}/media).");
                case LinkVerdict.Expired:
                    throw new ApiProblem(403, "This media link has expired. Ask the API for a new one (GET /api/v1/runs/{id}/media).") { Type = ProblemTypes.LinkExpired };
            }
            var stream = await storage.OpenReadAsync(key, ct) ?? throw ApiProblem.NotFound("file");
            http.Response.Headers.CacheControl = "private, max-age=60";
            return Results.File(stream, MediaEndpoints.ContentTypeOf(key), enableRangeProcessing: true);
        }).AllowAnonymous().WithMetadata(new TokenScope(ApiScopes.MediaRead)).WithTags("Runs API (v1)")
          .Produces(200).Produces(206).ProducesProblem(403).ProducesProblem(404)
          .WithDescription("A signed media link, as GET /api/v1/runs/{id}/media hands out. Works without a cookie until `expires` (Unix seconds).");
    }
}
