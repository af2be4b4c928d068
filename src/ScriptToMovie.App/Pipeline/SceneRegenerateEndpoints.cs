using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Pipeline;

/// <param name="ClipProvider">Who made the clip: animatic, mock or kling.</param>
/// <param name="FrameProvider">Who made the frame it was made from: painted or kling.</param>
/// <param name="CostUsd">What the clip and its frame were charged (0 for the offline providers).</param>
/// <param name="InMovie">True for the take the movie uses.</param>
public sealed record TakeResponse(
    int Id, int SceneId, int Number, string ClipUrl, double? Duration, string ClipProvider, string? FrameUrl, string? FrameProvider,
    double CostUsd, bool InMovie, DateTime CreatedAt);

/// <summary>
/// Remaking one scene after an edit, and its takes. Regenerating runs only the steps its stale parts need, for that
/// scene alone, through the usual run machinery, then re-assembles the movie by stream copy.
/// </summary>
public static class SceneRegenerateEndpoints
{
    public static void Map(WebApplication app)
    {
        var scenes = app.MapGroup("/api/projects/{id:int}/scenes/{sceneId:int}").WithTags("Pipeline").RequireAuthorization();

        scenes.MapPost("/regenerate", async (int id, int sceneId, HttpContext http, AppDb db, RunStarter starter, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            var scene = await db.Scenes.FirstOrDefaultAsync(s => s.Id == sceneId && s.ProjectId == id, ct) ?? throw ApiProblem.NotFound("scene");
            var steps = PipelineOrder.RegenerateSteps(Stale.Parts(scene.StaleParts));
            var accepted = await starter.StartAsync(project, PipelineOrder.Names(steps), sceneIds: [sceneId], userRetry: true, ct: ct);
            return Results.Accepted(accepted.StatusUrl, accepted);
        }).Produces<RunAccepted>(202).ProducesProblem(409).ProducesProblem(404)
          .WithDescription("Remakes the scene's stale parts (see the scene's `stale`; with none, a new take of its clip) and re-assembles the movie. The clip before it is kept as a take.");

        scenes.MapGet("/takes", async (int id, int sceneId, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            if (!await db.Scenes.AnyAsync(s => s.Id == sceneId && s.ProjectId == id, ct)) throw ApiProblem.NotFound("scene");
            return Results.Ok(await TakesAsync(db, id, sceneId, ct));
        }).Produces<List<TakeResponse>>().ProducesProblem(404);

        scenes.MapPost("/takes/{takeId:int}/use", async (int id, int sceneId, int takeId, HttpContext http, AppDb db, RunStarter starter, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            var take = await db.SceneTakes.FirstOrDefaultAsync(t => t.Id == takeId && t.SceneId == sceneId && t.ProjectId == id, ct) ?? throw ApiProblem.NotFound("take");
            if (await db.PipelineRuns.AnyAsync(r => r.ProjectId == id && (r.Status == ProjectStatus.Queued || r.Status == ProjectStatus.Running), ct))
                throw ApiProblem.Conflict("A run is already in progress for this project. Wait for it to finish or cancel it first.");
            var clip = await db.GeneratedVideos.Where(v => v.SceneId == sceneId).OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct)
                       ?? throw ApiProblem.Conflict("This scene has no clip yet.");
            clip.Status = "completed";
            clip.StorageKey = take.ClipKey;
            clip.VideoUrl = StorageKey.Url(take.ClipKey);
            clip.Duration = take.ClipDuration;
            clip.Provider = take.ClipProvider;
            clip.ProviderTaskId = take.ClipTaskId;
            clip.ErrorMessage = null;
            clip.UpdatedAt = DateTime.UtcNow;
            var frame = await db.StoryboardImages.Where(i => i.SceneId == sceneId && i.Kind == "scene").OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);
            if (frame is not null && take.FrameKey is not null)
            {
                frame.Status = "completed";
                frame.StorageKey = take.FrameKey;
                frame.ImageUrl = StorageKey.Url(take.FrameKey);
                frame.Provider = take.FrameProvider ?? frame.Provider;
                frame.ProviderTaskId = take.FrameTaskId;
                frame.ErrorMessage = null;
            }
            // The user chose this version: it is what the scene should look like, not something to remake.
            var scene = await db.Scenes.FirstAsync(s => s.Id == sceneId, ct);
            scene.StaleParts = Stale.Clear(Stale.Clear(scene.StaleParts, Stale.Clip), Stale.Frame);
            await db.SaveChangesAsync(ct);
            var accepted = await starter.StartAsync(project, [PipelineOrder.Assemble.Name], ct: ct);
            return Results.Accepted(accepted.StatusUrl, accepted);
        }).Produces<RunAccepted>(202).ProducesProblem(409).ProducesProblem(404)
          .WithDescription("Puts this take in the movie and re-assembles it (by stream copy; no clip is remade).");
    }

    public static async Task<List<TakeResponse>> TakesAsync(AppDb db, int projectId, int sceneId, CancellationToken ct)
    {
        var takes = await db.SceneTakes.AsNoTracking().Where(t => t.SceneId == sceneId && t.ProjectId == projectId).OrderBy(t => t.Number).ToListAsync(ct);
        var current = await db.GeneratedVideos.AsNoTracking().Where(v => v.SceneId == sceneId && v.Status == "completed")
            .OrderByDescending(v => v.Id).Select(v => v.StorageKey).FirstOrDefaultAsync(ct);
        var tasks = takes.SelectMany(t => new[] { t.ClipTaskId, t.FrameTaskId }).OfType<string>().ToList();
        var charged = (await db.CostLedger.AsNoTracking().Where(e => e.ProjectId == projectId && e.ProviderTaskId != null && tasks.Contains(e.ProviderTaskId))
                .Select(e => new { e.ProviderTaskId, e.Usd }).ToListAsync(ct))
            .GroupBy(e => e.ProviderTaskId!).ToDictionary(g => g.Key, g => g.Sum(e => e.Usd));
        return takes.Select(t => new TakeResponse(t.Id, sceneId, t.Number, StorageKey.Url(t.ClipKey), t.ClipDuration, t.ClipProvider,
            t.FrameKey is null ? null : StorageKey.Url(t.FrameKey), t.FrameProvider,
            Math.Round(charged.GetValueOrDefault(t.ClipTaskId ?? "") + charged.GetValueOrDefault(t.FrameTaskId ?? ""), 4),
            t.ClipKey == current, t.CreatedAt)).ToList();
    }
}
