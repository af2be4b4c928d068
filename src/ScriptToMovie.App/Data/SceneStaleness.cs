using Microsoft.EntityFrameworkCore;

namespace ScriptToMovie.App.Data;

/// <summary>
/// Marks what an edit made out of date. Only artifacts that exist are marked (a scene without a clip has no
/// stale clip: the next run makes it anyway), so "what will be remade" lists real work. The caller saves.
/// </summary>
public static class SceneStaleness
{
    /// <summary>What each editable field of a scene feeds: the frame is drawn from the description, action and
    /// cast; the prompt from those and the camera and duration; the voices from the lines; the clip from all.</summary>
    public static IReadOnlyList<string> Invalidated(string field) => field switch
    {
        "description" or "action" or "characters" => [Stale.Frame, Stale.Prompt, Stale.Clip],
        "camera" or "duration" => [Stale.Prompt, Stale.Clip],
        "lines" => [Stale.Voice, Stale.Clip],
        "prompt" => [Stale.Clip],
        "look" => [Stale.Frame, Stale.Prompt, Stale.Clip],
        "voice" => [Stale.Voice, Stale.Clip],
        _ => [],
    };

    public static async Task MarkAsync(AppDb db, int projectId, IReadOnlyCollection<int> sceneIds, IEnumerable<string> parts, CancellationToken ct)
    {
        var wanted = parts.ToHashSet();
        if (sceneIds.Count == 0 || wanted.Count == 0) return;
        var made = await MadeAsync(db, projectId, sceneIds, ct);
        var scenes = await db.Scenes.Where(s => s.ProjectId == projectId && sceneIds.Contains(s.Id)).ToListAsync(ct);
        var marked = false;
        foreach (var scene in scenes)
        {
            var was = scene.StaleParts;
            scene.StaleParts = Stale.Mark(scene.StaleParts, wanted.Where(p => made.Contains((scene.Id, p))));
            marked |= scene.StaleParts != was;
        }
        // The project's update time stamps its shared status document: moving it makes every reader see at once
        // that the movie no longer shows these scenes as they are.
        if (marked && await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, ct) is { } project) project.UpdatedAt = DateTime.UtcNow;
    }

    /// <summary>(scene id, part) for every artifact that exists.</summary>
    private static async Task<HashSet<(int, string)>> MadeAsync(AppDb db, int projectId, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var made = new HashSet<(int, string)>();
        foreach (var id in await db.StoryboardImages.Where(i => i.ProjectId == projectId && i.Kind == "scene" && i.Status == "completed" && i.SceneId != null && ids.Contains(i.SceneId.Value)).Select(i => i.SceneId!.Value).ToListAsync(ct))
            made.Add((id, Stale.Frame));
        foreach (var id in await db.VideoPrompts.Where(p => p.ProjectId == projectId && ids.Contains(p.SceneId)).Select(p => p.SceneId).ToListAsync(ct))
            made.Add((id, Stale.Prompt));
        foreach (var id in await db.SceneAudio.Where(a => a.ProjectId == projectId && a.Status == "completed" && ids.Contains(a.SceneId)).Select(a => a.SceneId).ToListAsync(ct))
            made.Add((id, Stale.Voice));
        foreach (var id in await db.GeneratedVideos.Where(v => v.ProjectId == projectId && v.Status == "completed" && ids.Contains(v.SceneId)).Select(v => v.SceneId).ToListAsync(ct))
            made.Add((id, Stale.Clip));
        return made;
    }
}
