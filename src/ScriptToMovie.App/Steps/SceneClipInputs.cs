using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Steps;

/// <summary>
/// What earlier steps stored for a scene's clip: its frame, its voices and its prompt. The clips step and the
/// assembly (which makes an animatic where a clip failed) read them the same way.
/// </summary>
public sealed record SceneClipInputs(string? FramePath, string? AudioPath, double SpeechSeconds, string Prompt, string? NegativePrompt)
{
    public static async Task<SceneClipInputs> LoadAsync(AppDb db, IMediaStorage storage, Scene scene, CancellationToken ct)
    {
        var frameKey = await db.StoryboardImages.AsNoTracking()
            .Where(i => i.SceneId == scene.Id && i.Kind == "scene" && i.Status == "completed" && i.StorageKey != null)
            .OrderByDescending(i => i.Id).Select(i => i.StorageKey).FirstOrDefaultAsync(ct);
        var audio = await db.SceneAudio.AsNoTracking()
            .Where(a => a.SceneId == scene.Id)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        var prompt = await db.VideoPrompts.AsNoTracking()
            .Where(p => p.SceneId == scene.Id)
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);

        return new SceneClipInputs(
            await LocalPathAsync(storage, frameKey, ct),
            await LocalPathAsync(storage, audio?.StorageKey, ct),
            audio?.Duration ?? 0,
            prompt?.Prompt is { Length: > 0 } p ? p : $"{scene.Heading}. {scene.Description}".Trim(),
            prompt?.NegativePrompt);
    }

    private static async Task<string?> LocalPathAsync(IMediaStorage storage, string? key, CancellationToken ct) =>
        key is not null && await storage.ExistsAsync(key, ct) ? await storage.GetLocalPathAsync(key, ct) : null;
}
