using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Steps;

/// <summary>
/// Where a step stores a scene's frame, voices or clip, and how it says the scene's artifact is remade. A remade
/// file never overwrites the one before it: that one may be a take the user keeps, or belong to another scene
/// that had this number before the scenes were reordered.
/// </summary>
public static class SceneFiles
{
    public static async Task<string> FreshKeyAsync(IMediaStorage storage, int projectId, string folder, int sceneNumber, string extension, CancellationToken ct)
    {
        var key = StorageKey.For(projectId, folder, $"scene-{sceneNumber:000}.{extension}");
        while (await storage.ExistsAsync(key, ct))
            key = StorageKey.For(projectId, folder, $"scene-{sceneNumber:000}-{Guid.NewGuid().ToString("N")[..8]}.{extension}");
        return key;
    }

    /// <summary>The scene's <paramref name="part"/> is up to date again (see <see cref="Stale"/>).</summary>
    public static async Task ClearStaleAsync(AppDb db, int sceneId, string part, CancellationToken ct)
    {
        var scene = await db.Scenes.FirstOrDefaultAsync(s => s.Id == sceneId, ct);
        if (scene is null || !Stale.Has(scene.StaleParts, part)) return;
        scene.StaleParts = Stale.Clear(scene.StaleParts, part);
        await db.SaveChangesAsync(ct);
    }
}
