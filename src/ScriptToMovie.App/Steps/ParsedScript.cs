using Microsoft.EntityFrameworkCore;
using ScriptToMovie.Analysis;
using ScriptToMovie.App.Data;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Steps;

/// <summary>
/// The parse's rows that later steps read instead of the script: each scene's dialogue lines and the title page.
/// </summary>
public static class ParsedScript
{
    /// <summary>Replaces the project's dialogue lines and title page; the caller saves (inside its transaction).</summary>
    public static async Task ReplaceAsync(AppDb db, int projectId, IEnumerable<(Scene Scene, IReadOnlyList<ScriptLine> Lines)> scenes, TitlePage page, CancellationToken ct)
    {
        // Lines the user edited on a scene stay, as its other edited fields do.
        var kept = (await db.Scenes.Where(s => s.ProjectId == projectId && s.EditedFields != null).Select(s => new { s.Id, s.EditedFields }).ToListAsync(ct))
            .Where(s => Edited.Has(s.EditedFields, "lines")).Select(s => s.Id).ToList();
        await db.DialogueLines.Where(l => !kept.Contains(l.SceneId) && db.Scenes.Any(s => s.Id == l.SceneId && s.ProjectId == projectId)).ExecuteDeleteAsync(ct);
        foreach (var (scene, lines) in scenes)
            if (scene.Id == 0 || !kept.Contains(scene.Id)) Add(db, scene, lines);
        var row = await db.TitlePages.FirstOrDefaultAsync(t => t.ProjectId == projectId, ct);
        if (row is null) db.TitlePages.Add(row = new TitlePageRow { ProjectId = projectId });
        row.Title = page.Title;
        row.Credit = page.Credit;
    }

    /// <summary>
    /// Makes sure a project parsed before the parse stored these rows has them: derived once from the script,
    /// its scenes matched by number as the steps did before, then stored. Does nothing for a project parsed since
    /// (its title page row exists) or never parsed (no scenes: the step says to parse first).
    /// </summary>
    public static async Task EnsureAsync(AppDb db, int projectId, CancellationToken ct)
    {
        if (await db.TitlePages.AnyAsync(t => t.ProjectId == projectId, ct)) return;
        var scenes = await db.Scenes.Where(s => s.ProjectId == projectId).ToListAsync(ct);
        if (scenes.Count == 0) return;

        var script = await db.Projects.Where(p => p.Id == projectId).Select(p => p.ScriptContent).SingleAsync(ct);
        var document = ScreenplayReader.ReadText(script);
        foreach (var scene in scenes)
            if (scene.SceneNumber >= 1 && scene.SceneNumber <= document.Scenes.Count)
                Add(db, scene, SceneDialogue.Lines(document.Scenes[scene.SceneNumber - 1]));
        var page = TitlePage.From(document);
        db.TitlePages.Add(new TitlePageRow { ProjectId = projectId, Title = page.Title, Credit = page.Credit });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A voice preview and a step can meet here; the unique title page row lets exactly one save win.
            db.ChangeTracker.Clear();
            if (!await db.TitlePages.AnyAsync(t => t.ProjectId == projectId, ct)) throw;
        }
    }

    /// <summary>
    /// Each scene's action beats, for its length (<see cref="SceneLength"/>): from the action the user wrote when they
    /// edited it, else from the script's own scene that starts on its line with its heading (else the first with its heading).
    /// </summary>
    public static async Task<Dictionary<int, int>> ActionBeatsAsync(AppDb db, int projectId, IReadOnlyList<Scene> scenes, CancellationToken ct)
    {
        var script = await db.Projects.Where(p => p.Id == projectId).Select(p => p.ScriptContent).SingleAsync(ct);
        IReadOnlyList<SceneBlock> blocks;
        try { blocks = ScreenplayReader.ReadText(script).Scenes; }
        catch (UnreadableScreenplayException) { blocks = []; }
        return scenes.ToDictionary(s => s.Id, s =>
        {
            if (Edited.Has(s.EditedFields, "action")) return SceneLength.ActionBeats([s.Action ?? ""]);
            var block = blocks.FirstOrDefault(b => b.StartLine == s.StartLine && b.Heading == s.Heading)
                ?? blocks.FirstOrDefault(b => b.Heading == s.Heading);
            return block is null ? 0 : SceneLength.ActionBeats(block);
        });
    }

    /// <summary>The project's dialogue lines per scene id, in speaking order.</summary>
    public static async Task<Dictionary<int, List<SceneDialogueLine>>> LinesBySceneAsync(AppDb db, int projectId, CancellationToken ct)
    {
        var lines = await db.DialogueLines.AsNoTracking()
            .Where(l => db.Scenes.Any(s => s.Id == l.SceneId && s.ProjectId == projectId))
            .OrderBy(l => l.SceneId).ThenBy(l => l.Order)
            .ToListAsync(ct);
        return lines.GroupBy(l => l.SceneId).ToDictionary(g => g.Key, g => g.ToList());
    }

    private static void Add(AppDb db, Scene scene, IReadOnlyList<ScriptLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            db.DialogueLines.Add(new SceneDialogueLine
            {
                Scene = scene, Order = i, Speaker = l.Speaker, Text = l.Text, Parenthetical = l.Parenthetical, Dual = l.Dual, SourceLine = l.SourceLine,
            });
        }
    }
}
