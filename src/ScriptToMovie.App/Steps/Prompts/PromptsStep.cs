using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;

namespace ScriptToMovie.App.Steps.Prompts;

/// <summary>
/// One video prompt per scene, offline. Prompts the user edited are kept as they are; the others are
/// rebuilt, so a changed character or setting description reaches every prompt.
/// </summary>
public sealed class PromptsStep : IPipelineStep
{
    public StepDefinition Definition => PipelineOrder.Prompts;

    public async Task RunAsync(StepContext context, CancellationToken ct)
    {
        var db = context.Db;
        var scenes = await db.Scenes
            .Where(s => s.ProjectId == context.ProjectId)
            .OrderBy(s => s.Order).ThenBy(s => s.SceneNumber)
            .ToListAsync(ct);
        if (scenes.Count == 0) throw new StepFailedException("There are no scenes to write prompts for. Parse the script first.");
        if (context.OnlyScenes.Count > 0) scenes = scenes.Where(s => context.OnlyScenes.Contains(s.Id)).ToList();

        var sceneIds = scenes.Select(s => s.Id).ToList();
        var present = await db.SceneCharacters.AsNoTracking()
            .Where(sc => sceneIds.Contains(sc.SceneId))
            .Join(db.Characters, sc => sc.CharacterId, c => c.Id, (sc, c) => new { sc.SceneId, sc.Speaks, c.Name, c.VisualDescription, c.Id })
            .ToListAsync(ct);
        var settings = await db.Settings.AsNoTracking()
            .Where(s => s.ProjectId == context.ProjectId)
            .ToDictionaryAsync(s => s.Id, ct);
        var prompts = (await db.VideoPrompts
            .Where(p => p.ProjectId == context.ProjectId)
            .ToListAsync(ct))
            .GroupBy(p => p.SceneId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Id).First());

        var kept = 0;
        foreach (var scene in scenes)
        {
            scene.StaleParts = Stale.Clear(scene.StaleParts, Stale.Prompt);
            if (prompts.TryGetValue(scene.Id, out var existing) && existing.Edited)
            {
                kept++;
                continue;
            }
            var cast = present.Where(p => p.SceneId == scene.Id).OrderByDescending(p => p.Speaks).ThenBy(p => p.Id).ToList();
            var setting = scene.SettingId is { } sid && settings.TryGetValue(sid, out var s) && !string.IsNullOrWhiteSpace(s.VisualDescription)
                ? s.VisualDescription
                : SettingFromHeading(scene);
            var camera = scene.Camera ?? CameraDirection.For(scene.SceneNumber, cast.Count, cast.Count(c => c.Speaks));
            var description = string.IsNullOrWhiteSpace(scene.Action) ? scene.Description : $"{scene.Description.Trim()} {scene.Action.Trim()}";

            var row = existing ?? new VideoPrompt { ProjectId = context.ProjectId, SceneId = scene.Id, CreatedAt = DateTime.UtcNow };
            row.Prompt = VideoPromptText.Build(scene.Heading, description, cast.Select(c => new PromptCharacter(c.Name, c.VisualDescription)).ToList(), setting, camera);
            row.NegativePrompt = VideoPromptText.NegativePrompt;
            row.Camera = camera;
            row.Style = VideoPromptText.Style;
            row.Duration = VideoPromptText.Duration(scene.Duration, scene.Dialogue, cast.Any(c => c.Speaks));
            if (existing is null) db.VideoPrompts.Add(row);
        }
        await db.SaveChangesAsync(ct);
        if (kept > 0) context.Notes.Add($"Kept {kept} prompt{(kept == 1 ? "" : "s")} you edited.");
        await context.ReportAsync(100, $"{scenes.Count} prompt{(scenes.Count == 1 ? "" : "s")} ready");
    }

    /// <summary>When the setting has no description, its heading still says where and when.</summary>
    private static string SettingFromHeading(Scene scene)
    {
        var place = scene.Interior switch
        {
            "INT" => "interior",
            "EXT" => "exterior",
            { Length: > 0 } both => both.ToLowerInvariant().Replace("/", " and ").Replace(".", ""),
            _ => null,
        };
        var parts = new[] { place, scene.Location, scene.TimeOfDay?.ToLowerInvariant() }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(", ", parts);
    }
}
