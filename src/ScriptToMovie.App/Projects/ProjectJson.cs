using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Projects;

public sealed record ProjectResponse(
    int Id, string Title, string? ScriptContent, string Status, int Progress, string? Message,
    string? TrailerUrl, string? ThumbnailUrl, string AspectRatio, int SceneCount, DateTime CreatedAt, DateTime UpdatedAt,
    int StepsDone, int StepsTotal, string Summary, int StaleScenes = 0);

public sealed record SceneCharacterResponse(int CharacterId, string Name, bool Speaks);
public sealed record SceneResponse(
    int Id, int ProjectId, int SceneNumber, string Title, string Description, string? Dialogue, int? Duration, int Order,
    string Heading, string? ScriptSceneNumber, string Location, string? Interior, string? TimeOfDay, int? SettingId,
    int StartLine, int EndLine, IReadOnlyList<string> EditedFields, IReadOnlyList<SceneCharacterResponse> Characters,
    string? Action, string? Camera, string? Prompt, IReadOnlyList<DialogueLineEdit> Lines,
    /// <summary>What an edit made out of date and "regenerate" would remake: frame, prompt, voice, clip.</summary>
    IReadOnlyList<string> Stale);
public sealed record CharacterResponse(
    int Id, int ProjectId, string Name, string VisualDescription, IReadOnlyList<string> Aliases, int? FirstSceneId,
    int DialogueLines, string? Voice, string? VoicePreviewUrl, IReadOnlyList<string> EditedFields, string? PersonName = null, string? Period = null);
public sealed record SettingResponse(
    int Id, int ProjectId, string Name, string VisualDescription, string? Interior, IReadOnlyList<string> TimesOfDay, IReadOnlyList<string> EditedFields,
    string? KeyObject = null);
public sealed record StoryboardResponse(
    int Id, int ProjectId, int? SceneId, int? SceneNumber, string? Heading, string? ImageUrl, string Status, string Kind,
    int Width, int Height, string? ErrorMessage, DateTime CreatedAt, string Provider = "painted");
public sealed record MovieResponse(
    int Id, int ProjectId, string? MovieUrl, double? Duration, string Status, string? SrtUrl, string? VttUrl,
    string? ManifestUrl, string? ErrorMessage, DateTime CreatedAt);

public static class ProjectJson
{
    public static IReadOnlyList<string> SplitList(string? csv) =>
        string.IsNullOrEmpty(csv) ? [] : csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static async Task<ProjectResponse> ToResponseAsync(AppDb db, IProjectSummaries summaries, Project p, bool withScript, CancellationToken ct)
    {
        var thumb = await Thumbnails(db, [p.Id], ct);
        var count = await db.Scenes.CountAsync(s => s.ProjectId == p.Id, ct);
        var summary = (await summaries.ForAsync(db, [p], ct))[p.Id];
        return Build(p, withScript, thumb.GetValueOrDefault(p.Id), count, summary);
    }

    public static ProjectResponse Build(Project p, bool withScript, string? thumbnailKey, int sceneCount, ProjectSummary summary)
    {
        return new(p.Id, p.Title, withScript ? p.ScriptContent : null, p.Status, p.Progress, p.Message, p.TrailerUrl,
            thumbnailKey is null ? null : StorageKey.Url(thumbnailKey), p.AspectRatio, sceneCount, p.CreatedAt, p.UpdatedAt,
            summary.StepsDone, summary.StepsTotal, summary.Summary, summary.StaleScenes);
    }

    /// <summary>Each project's first scene frame (else a trailer frame), by storage key.</summary>
    public static async Task<Dictionary<int, string>> Thumbnails(AppDb db, IReadOnlyCollection<int> projectIds, CancellationToken ct)
    {
        var frames = await db.StoryboardImages
            .Where(i => projectIds.Contains(i.ProjectId) && i.Status == "completed" && i.StorageKey != null)
            .Select(i => new { i.ProjectId, i.Kind, i.SceneId, i.Id, i.StorageKey })
            .ToListAsync(ct);
        return frames
            .GroupBy(f => f.ProjectId)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.Kind == "scene" ? 0 : 1).ThenBy(f => f.SceneId ?? int.MaxValue).ThenBy(f => f.Id).First().StorageKey!);
    }
}
