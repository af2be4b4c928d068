using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Steps.Storyboard;

/// <summary>
/// Phase 2: one validated frame per scene (the right size, not blank). A scene the trailer already drew
/// reuses that frame once it passes the same check, instead of drawing it twice.
/// </summary>
public sealed class StoryboardStep : IPipelineStep
{
    public string Name => "storyboard";

    public async Task RunAsync(StepContext context, CancellationToken ct)
    {
        var db = context.Db;
        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == context.ProjectId, ct);
        var scenes = await db.Scenes.AsNoTracking()
            .Where(s => s.ProjectId == project.Id)
            .OrderBy(s => s.Order).ThenBy(s => s.SceneNumber)
            .ToListAsync(ct);
        if (scenes.Count == 0) throw new StepFailedException("There are no scenes to draw. Parse the script first.");

        var images = await db.StoryboardImages.Where(i => i.ProjectId == project.Id).ToListAsync(ct);
        var requests = await SceneFrames.RequestsAsync(db, project, scenes, ct);
        int done = 0, reused = 0, failed = 0;

        foreach (var scene in scenes)
        {
            var row = images.Where(i => i.SceneId == scene.Id && i.Kind == "scene").MaxBy(i => i.Id);
            var redo = context.OnlyScenes.Contains(scene.Id);
            if (!redo && row is { Status: "completed", StorageKey: { } stored } && await context.Storage.ExistsAsync(stored, ct))
            {
                await context.ReportAsync(++done * 100 / scenes.Count, $"Frame {done} of {scenes.Count} already drawn");
                continue;
            }

            var request = requests[scene.Id];
            var trailerRow = images.Where(i => i.SceneId == scene.Id && i.Kind == "trailer" && i.Status == "completed").MaxBy(i => i.Id);
            var png = redo ? null : await ValidTrailerFrameAsync(context.Storage, trailerRow, request, ct);
            if (png is not null) reused++;
            png ??= SceneFrames.TryPaint(request);

            if (row is null)
            {
                row = new StoryboardImage { ProjectId = project.Id, SceneId = scene.Id, Kind = "scene", CreatedAt = DateTime.UtcNow };
                db.StoryboardImages.Add(row);
            }
            row.Width = request.Width;
            row.Height = request.Height;
            var check = png is null
                ? FrameValidation.Invalid($"The frame for scene {scene.SceneNumber} could not be drawn.")
                : FrameValidator.Validate(png, request.Width, request.Height);
            if (check.Ok)
            {
                var key = SceneFrames.KeyFor(project.Id, "storyboard", scene.SceneNumber);
                await context.Storage.PutBytesAsync(key, png!, ct);
                row.StorageKey = key;
                row.ImageUrl = StorageKey.Url(key);
                row.Status = "completed";
                row.ErrorMessage = null;
            }
            else
            {
                row.Status = "failed";
                row.ErrorMessage = check.Problem;
                failed++;
            }
            await db.SaveChangesAsync(ct);
            await context.ReportAsync(++done * 100 / scenes.Count, $"Frame {done} of {scenes.Count} ready (scene {scene.SceneNumber})");
        }

        if (failed == scenes.Count) throw new StepFailedException("No storyboard frame passed its check, so there is nothing to animate.");
        if (reused > 0) context.Notes.Add($"Reused {reused} trailer frame{(reused == 1 ? "" : "s")}.");
        if (failed > 0) context.Notes.Add($"{failed} of {scenes.Count} frames failed their check.");
    }

    /// <summary>The trailer's frame of the scene, if it is stored, drawn at this size and not blank.</summary>
    private static async Task<byte[]?> ValidTrailerFrameAsync(IMediaStorage storage, StoryboardImage? trailerRow, FrameRequest request, CancellationToken ct)
    {
        if (trailerRow?.StorageKey is not { } key) return null;
        await using var stream = await storage.OpenReadAsync(key, ct);
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        var png = buffer.ToArray();
        return FrameValidator.Validate(png, request.Width, request.Height).Ok ? png : null;
    }
}
