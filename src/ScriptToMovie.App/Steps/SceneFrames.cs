using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Steps;

/// <summary>
/// What a scene's storyboard frame is drawn from, shared by the trailer and storyboard steps (a step never calls
/// another; both read the same rows). The trailer draws its frames from the same requests,
/// which is what lets the storyboard reuse a validated trailer frame as the scene's frame.
/// </summary>
public static class SceneFrames
{
    public static async Task<IReadOnlyDictionary<int, FrameRequest>> RequestsAsync(
        AppDb db, Project project, IReadOnlyCollection<Scene> scenes, CancellationToken ct)
    {
        var profile = EncodingProfile.ForAspect(project.AspectRatio);
        var ids = scenes.Select(s => s.Id).ToList();
        var cast = await db.SceneCharacters.AsNoTracking()
            .Where(sc => ids.Contains(sc.SceneId))
            .Join(db.Characters, sc => sc.CharacterId, c => c.Id, (sc, c) => new { sc.SceneId, sc.Speaks, c.Id, c.Name, c.VisualDescription })
            .ToListAsync(ct);

        var settingIds = scenes.Where(s => s.SettingId != null).Select(s => s.SettingId!.Value).Distinct().ToList();
        var settings = await db.Settings.AsNoTracking().Where(st => settingIds.Contains(st.Id))
            .ToDictionaryAsync(st => st.Id, st => (st.Name, st.Interior, st.KeyObject), ct);

        return scenes.ToDictionary(s => s.Id, s => new FrameRequest(
            profile.Width,
            profile.Height,
            s.SceneNumber,
            s.Heading,
            s.Interior,
            s.Location,
            s.TimeOfDay,
            cast.Where(c => c.SceneId == s.Id)
                .OrderBy(c => c.Id)
                .Select(c => new FrameCharacter(c.Name, NullIfBlank(c.VisualDescription), c.Speaks))
                .ToList(),
            NullIfBlank(s.Description),
            SeedFor(s),
            s.SettingId is { } id && settings.TryGetValue(id, out var setting) ? setting.Name : null,
            s.SettingId is { } id2 && settings.TryGetValue(id2, out var setting2) ? setting2.Interior : null,
            s.SettingId is { } id3 && settings.TryGetValue(id3, out var setting3) ? setting3.KeyObject : null));
    }

    /// <summary>The frame as PNG, or null when the painter fails on this scene (it is marked failed, the others go on).</summary>
    public static byte[]? TryPaint(FrameRequest request)
    {
        try { return StoryboardPainter.PaintPng(request); }
        // A painter bug on one odd scene must not cost the other scenes their frames.
        catch (Exception e) when (e is not OutOfMemoryException) { return null; }
    }

    public static string KeyFor(int projectId, string folder, int sceneNumber) =>
        Storage.StorageKey.For(projectId, folder, $"scene-{sceneNumber:000}.png");

    /// <summary>The same scene draws the same picture on every run and every machine (string.GetHashCode would not).</summary>
    public static int SeedFor(Scene scene) =>
        BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{scene.SceneNumber}|{scene.Heading}")), 0) & int.MaxValue;

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
