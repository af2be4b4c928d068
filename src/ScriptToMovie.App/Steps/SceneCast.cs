using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Steps;

/// <summary>
/// The elements of a scene's characters, most important first: those who speak in the scene, then those its action
/// names, then the others present (ties: more lines in the whole script first). A character without a registered
/// element is left out; the provider sends as many as its model takes.
/// </summary>
public static class SceneCast
{
    public static async Task<IReadOnlyList<CastElement>> ElementsAsync(AppDb db, IMediaStorage storage, Scene scene, CancellationToken ct)
    {
        var present = await db.SceneCharacters.AsNoTracking().Where(sc => sc.SceneId == scene.Id)
            .Select(sc => new { sc.CharacterId, sc.Speaks, sc.Character!.Name, sc.Character.DialogueLines }).ToListAsync(ct);
        if (present.Count == 0) return [];
        var action = $"{scene.Description} {scene.Action}";
        var ranked = present
            .GroupBy(p => p.CharacterId).Select(g => g.OrderByDescending(p => p.Speaks).First())
            .OrderBy(p => p.Speaks ? 0 : Named(action, p.Name) ? 1 : 2)
            .ThenByDescending(p => p.DialogueLines).ThenBy(p => p.CharacterId);
        var elements = new List<CastElement>();
        foreach (var p in ranked)
            if (await CastSheet.LoadAsync(storage, scene.ProjectId, p.CharacterId, ct) is { ElementId: { } id })
                elements.Add(new CastElement(p.CharacterId, p.Name, id));
        return elements;
    }

    /// <summary>
    /// The names of the characters in these scenes whose sheet has an element but is not approved (decision 0102): their
    /// clips use it as drawn, and the clips step says so rather than waiting for an approval nobody may give.
    /// </summary>
    public static async Task<IReadOnlyList<string>> UnapprovedAsync(AppDb db, IMediaStorage storage, int projectId, IReadOnlyCollection<int> sceneIds, CancellationToken ct)
    {
        var cast = await db.SceneCharacters.AsNoTracking().Where(sc => sceneIds.Contains(sc.SceneId))
            .Select(sc => new { sc.CharacterId, sc.Character!.Name }).Distinct().ToListAsync(ct);
        var names = new List<string>();
        foreach (var c in cast.OrderBy(c => c.Name, StringComparer.Ordinal))
            if (await CastSheet.LoadAsync(storage, projectId, c.CharacterId, ct) is { ElementId: not null, Approved: false })
                names.Add(c.Name);
        return names;
    }

    private static bool Named(string text, string name) =>
        Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
