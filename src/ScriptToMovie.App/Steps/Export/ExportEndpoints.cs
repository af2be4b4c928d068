using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Projects;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// GET /api/projects/{id}/exports/{format} (otio, fcpxml, xml, edl, srt, vtt, pdf) and …/exports/bundle.zip, to
/// the project's owner only, made from the movie as it is now.
/// </summary>
public static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/projects/{id:int}/exports").WithTags("Exports").RequireAuthorization();

        g.MapGet("/bundle.zip", async (int id, HttpContext http, AppDb db, ExportStep export, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            var write = await Exporting(() => export.ZipAsync(id, ct));
            return Results.Stream(write, "application/zip", ExportStep.ZipName(project.Title));
        })
        .WithSummary("Every export format, the scene clips and a README in one zip, streamed.")
        .Produces(200, contentType: "application/zip").ProducesProblem(404).ProducesProblem(409);

        g.MapGet("/{format}", async (int id, string format, HttpContext http, AppDb db, ExportStep export, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var name = format.ToLowerInvariant();
            if (!ExportStep.Formats.Contains(name))
                throw ApiProblem.NotFound($"export format \"{format}\" (choose one of {string.Join(", ", ExportStep.Formats)} or bundle.zip)");
            var file = await Exporting(() => export.FileAsync(id, name, ct));
            return Results.File(file.Bytes, file.ContentType, file.FileName);
        })
        .WithSummary("One export file for editing: otio, fcpxml, xml (FCP7/Premiere), edl, srt, vtt or pdf (storyboard).")
        .Produces(200, contentType: "application/octet-stream").ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<T> Exporting<T>(Func<Task<T>> work)
    {
        try { return await work(); }
        catch (NoMovieYetException e) { throw ApiProblem.Conflict(e.Message); }
    }
}
