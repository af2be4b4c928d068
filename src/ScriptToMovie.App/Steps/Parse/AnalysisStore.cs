using Microsoft.EntityFrameworkCore;
using ScriptToMovie.Analysis;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Steps;

namespace ScriptToMovie.App.Steps.Parse;

/// <summary>
/// Replaces a project's scenes, characters, settings, who-is-in-which-scene, each scene's dialogue lines and
/// the title page in one transaction.
/// Rows that still exist keep their ids and the fields the user edited: a scene is the same scene when
/// its heading and its place among scenes with that heading match, a character by name, a setting by
/// its normalised location. Running it twice leaves exactly one set of rows.
/// </summary>
public static class AnalysisStore
{
    public static Task ReplaceAsync(AppDb db, int projectId, ScriptBreakdown script, ScriptDescriptions text, DateTime now, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SceneCharacters.Where(sc => db.Scenes.Any(s => s.Id == sc.SceneId && s.ProjectId == projectId)).ExecuteDeleteAsync(ct);

            var settings = await SaveSettingsAsync(db, projectId, script, text, now, ct);
            var scenes = await SaveScenesAsync(db, projectId, script, text, settings, now, ct);
            var characters = await SaveCharactersAsync(db, projectId, script, text, scenes, now, ct);

            foreach (var outline in script.Scenes)
                foreach (var p in outline.Present)
                    db.SceneCharacters.Add(new SceneCharacter { SceneId = scenes[outline.Index].Id, CharacterId = characters[p.Member.Name].Id, Speaks = p.Speaks });
            await ParsedScript.ReplaceAsync(db, projectId, script.Scenes.Select(o => (scenes[o.Index], o.Lines)), script.TitlePage, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        });

    private static async Task<Dictionary<string, Setting>> SaveSettingsAsync(AppDb db, int projectId, ScriptBreakdown script, ScriptDescriptions text, DateTime now, CancellationToken ct)
    {
        var existing = (await db.Settings.Where(s => s.ProjectId == projectId).ToListAsync(ct)).GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.ToList());
        var result = new Dictionary<string, Setting>(StringComparer.Ordinal);
        foreach (var group in script.Settings)
        {
            var row = Take(existing, group.Name);
            if (row is null) db.Settings.Add(row = new Setting { ProjectId = projectId, Name = group.Name, CreatedAt = now });
            row.Interior = group.Interior;
            row.TimesOfDay = group.TimesOfDay.Count > 0 ? string.Join(',', group.TimesOfDay) : null;
            if (!Edited.Has(row.EditedFields, "visualDescription")) row.VisualDescription = text.Settings[group.Name];
            result[group.Name] = row;
        }
        db.Settings.RemoveRange(existing.Values.SelectMany(v => v));
        await db.SaveChangesAsync(ct);
        return result;
    }

    private static async Task<Dictionary<int, Scene>> SaveScenesAsync(AppDb db, int projectId, ScriptBreakdown script, ScriptDescriptions text,
        Dictionary<string, Setting> settings, DateTime now, CancellationToken ct)
    {
        var existing = (await db.Scenes.Where(s => s.ProjectId == projectId).OrderBy(s => s.Order).ToListAsync(ct))
            .GroupBy(s => HeadingKey(s.Heading)).ToDictionary(g => g.Key, g => g.ToList());
        var result = new Dictionary<int, Scene>();
        foreach (var outline in script.Scenes)
        {
            var b = outline.Block;
            // The n-th scene with this heading matches the n-th stored one: headings repeat (INT. KITCHEN - NIGHT).
            var row = Take(existing, HeadingKey(b.Heading));
            if (row is null) db.Scenes.Add(row = new Scene { ProjectId = projectId, CreatedAt = now });
            var words = text.Scenes[outline.Index];
            row.SceneNumber = outline.Index + 1;
            row.Order = outline.Index;
            row.Heading = b.Heading;
            row.ScriptSceneNumber = b.ScriptSceneNumber;
            row.StartLine = b.StartLine;
            row.EndLine = b.EndLine;
            row.Location = b.Location;
            row.Interior = b.Interior;
            row.TimeOfDay = b.TimeOfDay;
            row.Dialogue = outline.Dialogue.Length > 0 ? outline.Dialogue : null;
            row.Setting = settings[outline.SettingName];
            if (!Edited.Has(row.EditedFields, "title")) row.Title = words.Title;
            if (!Edited.Has(row.EditedFields, "description")) row.Description = words.Description;
            if (!Edited.Has(row.EditedFields, "duration")) row.Duration = outline.Duration;
            result[outline.Index] = row;
        }
        db.Scenes.RemoveRange(existing.Values.SelectMany(v => v));
        await db.SaveChangesAsync(ct);
        return result;
    }

    private static async Task<Dictionary<string, Character>> SaveCharactersAsync(AppDb db, int projectId, ScriptBreakdown script, ScriptDescriptions text,
        Dictionary<int, Scene> scenes, DateTime now, CancellationToken ct)
    {
        var existing = (await db.Characters.Where(c => c.ProjectId == projectId).ToListAsync(ct)).GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.ToList());
        var result = new Dictionary<string, Character>(StringComparer.Ordinal);
        foreach (var member in script.Cast)
        {
            var row = Take(existing, member.Name);
            if (row is null) db.Characters.Add(row = new Character { ProjectId = projectId, Name = member.Name, CreatedAt = now });
            row.Aliases = member.Aliases.Count > 0 ? string.Join(',', member.Aliases) : null;
            row.DialogueLines = member.DialogueLines;
            row.FirstSceneId = script.FirstSceneOf(member) is { } first ? scenes[first].Id : null;
            if (!Edited.Has(row.EditedFields, "visualDescription")) row.VisualDescription = text.Characters[member.Name];
            result[member.Name] = row;
        }
        db.Characters.RemoveRange(existing.Values.SelectMany(v => v));
        await db.SaveChangesAsync(ct);
        return result;
    }

    private static T? Take<T>(Dictionary<string, List<T>> pool, string key) where T : class
    {
        if (!pool.TryGetValue(key, out var list) || list.Count == 0) return null;
        var row = list[0];
        list.RemoveAt(0);
        return row;
    }

    private static string HeadingKey(string heading) => string.Join(' ', heading.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
