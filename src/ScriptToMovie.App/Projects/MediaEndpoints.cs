using Microsoft.AspNetCore.StaticFiles;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Projects;

/// <summary>The one route that serves stored media, to the project's owner only, with byte ranges so videos seek
/// (from a bucket: a 302 to a short-lived presigned URL, which S3 serves with ranges itself).</summary>
public static class MediaEndpoints
{
    private static readonly FileExtensionContentTypeProvider Types = CreateTypes();

    public static void MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/media/{projectId:int}/{**path}", async (int projectId, string path, HttpContext http, AppDb db, IMediaStorage storage, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(projectId, http.User.Id(), ct);
            var key = StorageKey.Normalize($"{projectId}/{path}") ?? throw ApiProblem.NotFound("file");
            var type = ContentTypeOf(key);
            // From a bucket the browser fetches the bytes itself (ranges and all) by a short-lived signed URL.
            if (storage is IPresignedMedia bucket)
                return Results.Redirect(await bucket.PresignedUrlAsync(key, type, IsUpload(key) ? Path.GetFileName(key) : null, ct)
                    ?? throw ApiProblem.NotFound("file"));
            var stream = await storage.OpenReadAsync(key, ct) ?? throw ApiProblem.NotFound("file");
            // An uploaded script is the user's own file, not ours to render: a download, never a page in our origin.
            if (IsUpload(key)) return Results.File(stream, type, fileDownloadName: Path.GetFileName(key), enableRangeProcessing: true);
            return Results.File(stream, type, enableRangeProcessing: true);
        }).WithTags("Media").RequireAuthorization().Produces(200).Produces(206).Produces(302).ProducesProblem(404);
    }

    public static string ContentTypeOf(string key) => Types.TryGetContentType(key, out var t) ? t : "application/octet-stream";

    private static bool IsUpload(string key) => key.Split('/') is [_, "uploads", ..];

    private static FileExtensionContentTypeProvider CreateTypes()
    {
        var p = new FileExtensionContentTypeProvider();
        p.Mappings[".vtt"] = "text/vtt";
        p.Mappings[".srt"] = "application/x-subrip";
        p.Mappings[".fountain"] = "text/plain";
        p.Mappings[".fdx"] = "application/xml";
        return p;
    }
}
