using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Steps.Clips;

/// <param name="Status">The scene's clip: pending, generating, completed or failed (pending when none was started).</param>
/// <param name="ClipUrl">The clip the movie uses, owner-only through the media route; null until it is made.</param>
/// <param name="FrameUrl">The scene's storyboard frame, the clip's thumbnail; null until it is drawn.</param>
/// <param name="Provider">Who made the clip: animatic, mock or kling.</param>
public sealed record ClipResponse(
    int SceneId, int SceneNumber, string Heading, string Status, string? ClipUrl, double? Duration, string? Provider,
    string? FrameUrl, string? ErrorMessage);

/// <summary>GET /api/projects/{id}/clips: one row per scene in movie order, with its clip and the frame that shows it.</summary>
public static class ClipListEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/projects/{id:int}/clips", async (int id, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var scenes = await db.Scenes.AsNoTracking().Where(s => s.ProjectId == id).OrderBy(s => s.Order).ThenBy(s => s.SceneNumber)
                .Select(s => new { s.Id, s.SceneNumber, s.Heading }).ToListAsync(ct);
            var clips = (await db.GeneratedVideos.AsNoTracking().Where(v => v.ProjectId == id).OrderBy(v => v.Id).ToListAsync(ct))
                .GroupBy(v => v.SceneId).ToDictionary(g => g.Key, g => g.Last());
            var frames = (await db.StoryboardImages.AsNoTracking().Where(i => i.ProjectId == id && i.Kind == "scene" && i.SceneId != null && i.Status == "completed")
                    .OrderBy(i => i.Id).ToListAsync(ct))
                .GroupBy(i => i.SceneId!.Value).ToDictionary(g => g.Key, g => g.Last());
            return Results.Ok(scenes.Select(s =>
            {
                var clip = clips.GetValueOrDefault(s.Id);
                var frame = frames.GetValueOrDefault(s.Id);
                var clipUrl = clip is { Status: "completed" } ? (clip.StorageKey is null ? clip.VideoUrl : StorageKey.Url(clip.StorageKey)) : null;
                var frameUrl = frame is null ? null : frame.StorageKey is null ? frame.ImageUrl : StorageKey.Url(frame.StorageKey);
                return new ClipResponse(s.Id, s.SceneNumber, s.Heading, clip?.Status ?? "pending", clipUrl, clip?.Duration, clip?.Provider,
                    frameUrl, clip?.ErrorMessage);
            }).ToList());
        })
        .RequireAuthorization()
        .WithTags("Clips")
        .WithSummary("Each scene's clip, its player URL and its storyboard frame as a thumbnail, in movie order.")
        .Produces<List<ClipResponse>>()
        .ProducesProblem(404);
}
