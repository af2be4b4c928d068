using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Pipeline;

/// <summary>Scenes whose latest storyboard frame failed (e.g. Kling refused the picture): a retry draws them again.</summary>
public static class FailedFrames
{
    public static async Task<List<int>> ScenesAsync(AppDb db, int projectId, CancellationToken ct)
    {
        var frames = await db.StoryboardImages.AsNoTracking()
            .Where(i => i.ProjectId == projectId && i.Kind == "scene" && i.SceneId != null)
            .Select(i => new { SceneId = i.SceneId!.Value, i.Id, i.Status }).ToListAsync(ct);
        return frames.GroupBy(f => f.SceneId).Where(g => g.MaxBy(f => f.Id)!.Status == "failed").Select(g => g.Key).ToList();
    }
}
