using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Steps;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Frames;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Steps.Trailer;

/// <summary>
/// Phase 1's trailer: the script's most important scenes drawn as frames (stored as storyboard images of
/// kind "trailer"), a title card from the title page, and a 20–40 s MP4 of quick cuts.
/// </summary>
public sealed class TrailerStep(ProcessRunner runner) : IPipelineStep
{
    public StepDefinition Definition => PipelineOrder.Trailer;

    public async Task RunAsync(StepContext context, CancellationToken ct)
    {
        var db = context.Db;
        var project = await db.Projects.FirstAsync(p => p.Id == context.ProjectId, ct);
        var scenes = await db.Scenes.AsNoTracking()
            .Where(s => s.ProjectId == project.Id)
            .OrderBy(s => s.Order).ThenBy(s => s.SceneNumber)
            .ToListAsync(ct);
        if (scenes.Count == 0) throw new StepFailedException("There are no scenes to make a trailer from. Parse the script first.");

        var castCounts = await db.SceneCharacters.AsNoTracking()
            .Where(sc => sc.Scene!.ProjectId == project.Id)
            .GroupBy(sc => sc.SceneId)
            .Select(g => new { SceneId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SceneId, g => g.Count, ct);
        var picks = TrailerScenes.Pick(scenes.Select((s, i) => new TrailerCandidate(
            s.Id, i, DialogueLineCount(s.Dialogue), castCounts.GetValueOrDefault(s.Id))).ToList());
        var chosen = picks.Select(p => scenes.First(s => s.Id == p.SceneId)).ToList();

        var requests = await SceneFrames.RequestsAsync(db, project, chosen, ct);
        var rows = await db.StoryboardImages.Where(i => i.ProjectId == project.Id && i.Kind == "trailer").ToListAsync(ct);
        var profile = EncodingProfile.ForAspect(project.AspectRatio);
        var framePaths = new List<string>();
        var drewAny = false;
        var step = 0;
        foreach (var scene in chosen)
        {
            var row = rows.Where(r => r.SceneId == scene.Id).MaxBy(r => r.Id);
            if (context.IsUserRetry || row is not { Status: "completed", StorageKey: { } key } || !await context.Storage.ExistsAsync(key, ct))
            {
                row = await DrawAsync(context, project.Id, scene, requests[scene.Id], row, ct);
                drewAny = true;
            }
            if (row is { Status: "completed", StorageKey: { } stored })
                framePaths.Add(await context.Storage.GetLocalPathAsync(stored, ct));
            await context.ReportAsync(++step * 70 / chosen.Count, $"Trailer frame {step} of {chosen.Count} ready");
        }
        if (framePaths.Count == 0)
            throw new StepFailedException("None of the trailer's frames could be drawn, so there is no trailer.");

        var trailerKey = StorageKey.For(project.Id, "trailer", "trailer.mp4");
        if (!drewAny && project.TrailerUrl == StorageKey.Url(trailerKey) && await context.Storage.ExistsAsync(trailerKey, ct))
        {
            await context.ReportAsync(100, "Trailer already made");
            return;
        }

        var work = runner.Work.CreateSubdirectory("s2m-trailer-");
        try
        {
            await ParsedScript.EnsureAsync(db, project.Id, ct);
            var page = await db.TitlePages.AsNoTracking().FirstOrDefaultAsync(t => t.ProjectId == project.Id, ct);
            var title = TrailerTitle.From(page?.Title, page?.Credit, project.Title);
            var titleCard = Path.Combine(work.FullName, "title.png");
            await File.WriteAllBytesAsync(titleCard, TitleCardPainter.PaintPng(profile.Width, profile.Height, title.Title, title.Subtitle, "Coming soon"), ct);
            await context.Storage.PutFileAsync(StorageKey.For(project.Id, "trailer", "title.png"), titleCard, ct);

            await context.ReportAsync(75, "Cutting the trailer");
            var output = Path.Combine(work.FullName, "trailer.mp4");
            var cutting = new StepProgressFeed(context, 75, 99, f => $"Cutting the trailer ({f * 100:0} %)");
            var length = await Media.FFmpeg.Trailer.Plan(titleCard, framePaths).RunAsync(runner, profile, output, progress: cutting, cancellationToken: ct);
            await cutting.FlushAsync();
            await context.Storage.PutFileAsync(trailerKey, output, ct);

            project.TrailerUrl = StorageKey.Url(trailerKey);
            project.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
            await context.ReportAsync(100, $"Trailer ready ({length.TotalSeconds:0} s, {framePaths.Count} scenes)");
        }
        catch (MediaProcessException e)
        {
            throw new StepFailedException(e.UserMessage, e);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<StoryboardImage> DrawAsync(StepContext context, int projectId, Scene scene, FrameRequest request, StoryboardImage? row, CancellationToken ct)
    {
        if (row is null)
        {
            row = new StoryboardImage { ProjectId = projectId, SceneId = scene.Id, Kind = "trailer", CreatedAt = DateTime.UtcNow };
            context.Db.StoryboardImages.Add(row);
        }
        var png = SceneFrames.TryPaint(request);
        var check = png is null
            ? FrameValidation.Invalid($"The frame for scene {scene.SceneNumber} could not be drawn.")
            : FrameValidator.Validate(png, request.Width, request.Height);
        row.Width = request.Width;
        row.Height = request.Height;
        if (check.Ok)
        {
            var key = SceneFrames.KeyFor(projectId, "trailer", scene.SceneNumber);
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
        }
        await context.Db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>The parse step stores a scene's dialogue one spoken line per text line.</summary>
    private static int DialogueLineCount(string? dialogue) =>
        dialogue?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length ?? 0;
}
