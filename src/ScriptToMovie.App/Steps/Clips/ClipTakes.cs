using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Steps.Clips;

/// <summary>
/// Every finished clip is a take (table sceneTakes) with the frame it was made from, so remaking a scene keeps the
/// version before it and the user can pick either for the movie.
/// </summary>
public static class ClipTakes
{
    /// <summary>Records the scene's current clip as a take unless it is one already (clips made before takes existed).</summary>
    public static async Task RecordAsync(AppDb db, GeneratedVideo clip, CancellationToken ct)
    {
        if (clip is not { Status: ClipStatus.Completed, StorageKey: { } key }) return;
        if (await db.SceneTakes.AnyAsync(t => t.SceneId == clip.SceneId && t.ClipKey == key, ct)) return;
        var frame = await db.StoryboardImages.AsNoTracking()
            .Where(i => i.SceneId == clip.SceneId && i.Kind == "scene" && i.Status == "completed")
            .OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);
        var number = await db.SceneTakes.Where(t => t.SceneId == clip.SceneId).Select(t => (int?)t.Number).MaxAsync(ct) ?? 0;
        db.SceneTakes.Add(new SceneTake
        {
            ProjectId = clip.ProjectId,
            SceneId = clip.SceneId,
            Number = number + 1,
            ClipKey = key,
            ClipDuration = clip.Duration,
            ClipProvider = clip.Provider,
            ClipTaskId = clip.ProviderTaskId,
            FrameKey = frame?.StorageKey,
            FrameProvider = frame?.Provider,
            FrameTaskId = frame?.ProviderTaskId,
            CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Turns a finished row into a fresh request: the old clip stays a take, and a paid provider must not find the
    /// old task by its ids and hand the same clip back.
    /// </summary>
    public static async Task StartNewTakeAsync(AppDb db, GeneratedVideo row, CancellationToken ct)
    {
        if (row.Status != ClipStatus.Completed) return;
        await RecordAsync(db, row, ct);
        row.ProviderTaskId = null;
        row.ExternalTaskId = null;
        row.CostUnits = null;
    }
}
