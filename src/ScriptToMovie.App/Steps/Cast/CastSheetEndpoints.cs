using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Steps.Cast;

/// <param name="State">draft or approved (decision 0102).</param>
/// <param name="FrontUrl">The front view, or null while it is being made.</param>
/// <param name="AngleUrls">The other views (up to three), in order.</param>
/// <param name="ElementRegistered">True once Kling knows the character as an element that clips can name.</param>
/// <param name="FrontUploaded">True when the front view is the user's own picture.</param>
public sealed record CastSheetResponse(
    int CharacterId, string Name, string State, string? FrontUrl, IReadOnlyList<string> AngleUrls, bool ElementRegistered, bool FrontUploaded);

public sealed record UpdateCastSheetRequest(bool Approved);

/// <summary>
/// A character's cast sheet in the Characters tab: read, approve, regenerate through Kling, or replace its front view
/// with an uploaded picture. Regenerating and replacing reset the sheet (new external ids, no element) and run the cast
/// step for that character's scenes, so the calls are quoted, ledgered and never paid twice like every other; the
/// scenes the character is in are marked stale as a new look would mark them.
/// </summary>
public static class CastSheetEndpoints
{
    /// <summary>Kling's own limit for an element picture; the upload is re-encoded smaller anyway.</summary>
    public const long LargestPicture = 10L * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/projects/{id:int}/characters").WithTags("Characters").RequireAuthorization();

        g.MapGet("/sheets", async (int id, HttpContext http, AppDb db, IMediaStorage storage, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var ids = await db.Characters.Where(c => c.ProjectId == id).OrderBy(c => c.FirstSceneId ?? int.MaxValue).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
            var sheets = new List<CastSheetResponse>();
            foreach (var characterId in ids)
                if (await CastSheet.LoadAsync(storage, id, characterId, ct) is { } sheet)
                    sheets.Add(await ResponseAsync(storage, id, sheet, ct));
            return Results.Ok(sheets);
        }).Produces<List<CastSheetResponse>>().ProducesProblem(404)
          .WithSummary("The cast sheets made so far (Kling path only): front view, angles and whether each is approved.");

        g.MapPatch("/{characterId:int}/sheet", async (int id, int characterId, UpdateCastSheetRequest body, HttpContext http, AppDb db, IMediaStorage storage, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var (_, sheet) = await SheetAsync(db, storage, id, characterId, ct);
            if (body.Approved && !await sheet.HasPicturesAsync(storage, id, ct))
                throw ApiProblem.Conflict($"{sheet.Name}'s cast sheet is still being made; approve it once its pictures are there.");
            sheet.Approved = body.Approved;
            await sheet.SaveAsync(storage, id, ct);
            return Results.Ok(await ResponseAsync(storage, id, sheet, ct));
        }).Produces<CastSheetResponse>().ProducesProblem(404).ProducesProblem(409)
          .WithSummary("Approves a cast sheet (or takes the approval back).");

        g.MapPost("/{characterId:int}/sheet/regenerate", async (int id, int characterId, HttpContext http, AppDb db, IMediaStorage storage, RunStarter starter, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            var (character, sheet) = await SheetAsync(db, storage, id, characterId, ct);
            await RefuseWhileRunningAsync(db, id, ct);
            await storage.DeletePrefixAsync(CastSheet.Folder(id, characterId) + "/", ct);
            await sheet.Remade(frontUploaded: false).SaveAsync(storage, id, ct);
            var accepted = await RemakeAsync(db, starter, project, character, ct);
            return Results.Accepted(accepted.StatusUrl, accepted);
        }).Produces<RunAccepted>(202).ProducesProblem(404).ProducesProblem(409)
          .WithSummary("Makes the character's cast sheet again through Kling (a new front view, angles and element) and marks their scenes stale.");

        g.MapPost("/{characterId:int}/sheet/front", async (int id, int characterId, HttpRequest request, AppDb db, IMediaStorage storage, RunStarter starter, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, request.HttpContext.User.Id(), ct);
            var (character, sheet) = await SheetAsync(db, storage, id, characterId, ct);
            if (!request.HasFormContentType) throw ApiProblem.BadRequest("Send the picture as multipart/form-data in a field called picture.");
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("picture") ?? throw ApiProblem.BadRequest("Choose a picture to upload (the form field is called picture).");
            if (file.Length > LargestPicture) throw new ApiProblem(413, $"That picture is larger than {LargestPicture / (1024 * 1024)} MB. Upload a smaller one.");
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var (png, problem) = ReferencePicture.ToPng(buffer.ToArray());
            if (png is null) throw ApiProblem.BadRequest(problem!);
            await RefuseWhileRunningAsync(db, id, ct);

            // The user's picture is the front view; the angles are made from it and the element registered anew.
            await storage.DeletePrefixAsync(CastSheet.Folder(id, characterId) + "/", ct);
            await storage.PutBytesAsync(CastSheet.FrontKey(id, characterId), png, ct);
            await sheet.Remade(frontUploaded: true).SaveAsync(storage, id, ct);
            var accepted = await RemakeAsync(db, starter, project, character, ct);
            return Results.Accepted(accepted.StatusUrl, accepted);
        }).Accepts<IFormFile>("multipart/form-data").DisableAntiforgery()
          .Produces<RunAccepted>(202).ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413)
          .WithSummary("Replaces the character's front view with an uploaded picture (PNG, JPEG or WebP, at least 300 px, at most 10 MB), makes its angles and registers the element again.");
    }

    private static async Task<(Character Character, CastSheet Sheet)> SheetAsync(AppDb db, IMediaStorage storage, int projectId, int characterId, CancellationToken ct)
    {
        var character = await db.Characters.AsNoTracking().FirstOrDefaultAsync(c => c.Id == characterId && c.ProjectId == projectId, ct)
                        ?? throw ApiProblem.NotFound("character");
        var sheet = await CastSheet.LoadAsync(storage, projectId, characterId, ct)
                    ?? throw new ApiProblem(404, $"{character.Name} has no cast sheet. Sheets are made on the Kling path, in the storyboard phase.");
        return (character, sheet);
    }

    private static async Task RefuseWhileRunningAsync(AppDb db, int projectId, CancellationToken ct)
    {
        if (await db.PipelineRuns.AnyAsync(r => r.ProjectId == projectId && (r.Status == ProjectStatus.Queued || r.Status == ProjectStatus.Running), ct))
            throw ApiProblem.Conflict(RunStarter.AlreadyRunning);
    }

    /// <summary>Marks the character's scenes stale as a new look does, and runs the cast step for those scenes alone.</summary>
    private static async Task<RunAccepted> RemakeAsync(AppDb db, RunStarter starter, Project project, Character character, CancellationToken ct)
    {
        var scenes = await db.SceneCharacters.Where(sc => sc.CharacterId == character.Id).Select(sc => sc.SceneId).Distinct().ToListAsync(ct);
        await SceneStaleness.MarkAsync(db, project.Id, scenes, SceneStaleness.Invalidated("look"), ct);
        await db.SaveChangesAsync(ct);
        return await starter.StartAsync(project, [PipelineOrder.Cast.Name], sceneIds: scenes, userRetry: true, ct: ct);
    }

    private static async Task<CastSheetResponse> ResponseAsync(IMediaStorage storage, int projectId, CastSheet sheet, CancellationToken ct)
    {
        string? Url(string key) => StorageKey.Url(key) + $"?v={sheet.Version}";
        var front = await storage.ExistsAsync(CastSheet.FrontKey(projectId, sheet.CharacterId), ct) ? Url(CastSheet.FrontKey(projectId, sheet.CharacterId)) : null;
        var angles = new List<string>();
        for (var n = 1; n <= 3; n++)
            if (await storage.ExistsAsync(CastSheet.AngleKey(projectId, sheet.CharacterId, n), ct))
                angles.Add(Url(CastSheet.AngleKey(projectId, sheet.CharacterId, n))!);
        return new CastSheetResponse(sheet.CharacterId, sheet.Name, sheet.Approved ? "approved" : "draft", front, angles, sheet.ElementId is not null, sheet.FrontUploaded);
    }
}
