using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Projects;

/// <param name="Lines">Replaces the scene's spoken lines, in speaking order.</param>
/// <param name="CharacterIds">Replaces who is present in the scene.</param>
public sealed record UpdateSceneRequest(
    string? Title, string? Description, int? Duration,
    string? Action = null, string? Camera = null, IReadOnlyList<int>? CharacterIds = null, IReadOnlyList<DialogueLineEdit>? Lines = null);

public sealed record DialogueLineEdit(string Speaker, string Text, string? Parenthetical = null);

/// <summary>
/// Editing a scene at any time. Each edited field marks exactly the artifacts it feeds as stale
/// (<see cref="SceneStaleness"/>); "Regenerate scene" then remakes only those.
/// </summary>
public static class SceneEditEndpoints
{
    public static void MapSceneEdits(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/projects/{id:int}").WithTags("Projects").RequireAuthorization().TellsProjectChanges();

        g.MapPatch("/scenes/{sceneId:int}", async (int id, int sceneId, UpdateSceneRequest body, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var scene = await db.Scenes.FirstOrDefaultAsync(s => s.Id == sceneId && s.ProjectId == id, ct) ?? throw ApiProblem.NotFound("scene");
            var changed = new List<string>();
            if (body.Title is not null)
            {
                var t = body.Title.Trim();
                if (t.Length is 0 or > 300) throw ApiProblem.BadRequest("A scene title needs 1 to 300 characters.");
                if (Set(scene, "title", scene.Title, t)) scene.Title = t;
            }
            if (body.Description is not null)
            {
                var d = body.Description.Trim();
                if (d.Length is 0 or > 10_000) throw ApiProblem.BadRequest("A scene description needs 1 to 10,000 characters.");
                if (Set(scene, "description", scene.Description, d)) { scene.Description = d; changed.Add("description"); }
            }
            if (body.Action is not null)
            {
                var a = body.Action.Trim();
                if (a.Length > 10_000) throw ApiProblem.BadRequest("A scene's action can have at most 10,000 characters.");
                if (Set(scene, "action", scene.Action ?? "", a)) { scene.Action = a.Length == 0 ? null : a; changed.Add("action"); }
            }
            if (body.Camera is not null)
            {
                var c = body.Camera.Trim();
                if (c.Length > 500) throw ApiProblem.BadRequest("A camera direction can have at most 500 characters.");
                if (Set(scene, "camera", scene.Camera ?? "", c)) { scene.Camera = c.Length == 0 ? null : c; changed.Add("camera"); }
            }
            if (body.Duration is { } dur)
            {
                if (dur is < 1 or > 600) throw ApiProblem.BadRequest("A scene's duration must be between 1 and 600 seconds.");
                if (scene.Duration != dur) { scene.Duration = dur; changed.Add("duration"); }
                scene.EditedFields = Edited.Mark(scene.EditedFields, "duration");
            }
            if (body.CharacterIds is { } cast && await ReplaceCastAsync(db, scene, cast, ct)) changed.Add("characters");
            if (body.Lines is { } lines && await ReplaceLinesAsync(db, scene, lines, ct)) changed.Add("lines");

            await SceneStaleness.MarkAsync(db, id, [sceneId], changed.SelectMany(SceneStaleness.Invalidated), ct);
            await db.SaveChangesAsync(ct);
            return Results.Ok((await ProjectContentEndpoints.Scenes(db, id, sceneId, ct)).Single());
        }).Produces<SceneResponse>().ProducesProblem(400).ProducesProblem(404)
          .WithDescription("Edits a scene at any time. Every edit marks what it makes out of date (frame, prompt, voice, clip) in `stale`; regenerate the scene to remake just those.");
    }

    /// <summary>Marks the field as the user's (a re-parse keeps it) and says whether its value changed.</summary>
    private static bool Set(Scene scene, string field, string current, string next)
    {
        scene.EditedFields = Edited.Mark(scene.EditedFields, field);
        return current != next;
    }

    private static async Task<bool> ReplaceCastAsync(AppDb db, Scene scene, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var known = await db.Characters.Where(c => c.ProjectId == scene.ProjectId && wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        if (known.Count != wanted.Count) throw ApiProblem.BadRequest("Some of those characters are not in this project.");
        var rows = await db.SceneCharacters.Where(sc => sc.SceneId == scene.Id).ToListAsync(ct);
        scene.EditedFields = Edited.Mark(scene.EditedFields, "characters");
        if (rows.Select(r => r.CharacterId).ToHashSet().SetEquals(wanted)) return false;
        db.SceneCharacters.RemoveRange(rows.Where(r => !wanted.Contains(r.CharacterId)));
        foreach (var add in wanted.Where(w => rows.All(r => r.CharacterId != w)))
            db.SceneCharacters.Add(new SceneCharacter { SceneId = scene.Id, CharacterId = add });
        return true;
    }

    private static async Task<bool> ReplaceLinesAsync(AppDb db, Scene scene, IReadOnlyList<DialogueLineEdit> edits, CancellationToken ct)
    {
        if (edits.Count > 500) throw ApiProblem.BadRequest("A scene can have at most 500 lines of dialogue.");
        var clean = edits.Select(e => new DialogueLineEdit(e.Speaker?.Trim() ?? "", e.Text?.Trim() ?? "", string.IsNullOrWhiteSpace(e.Parenthetical) ? null : e.Parenthetical.Trim())).ToList();
        if (clean.Any(l => l.Speaker.Length is 0 or > 200)) throw ApiProblem.BadRequest("Every line needs a speaker (up to 200 characters).");
        if (clean.Any(l => l.Text.Length is 0 or > 2_000)) throw ApiProblem.BadRequest("Every line needs some words (up to 2,000 characters); delete a line to remove it.");

        var old = await db.DialogueLines.Where(l => l.SceneId == scene.Id).OrderBy(l => l.Order).ToListAsync(ct);
        scene.EditedFields = Edited.Mark(scene.EditedFields, "lines");
        if (old.Count == clean.Count && old.Zip(clean).All(p => p.First.Speaker == p.Second.Speaker && p.First.Text == p.Second.Text && p.First.Parenthetical == p.Second.Parenthetical))
            return false;
        db.DialogueLines.RemoveRange(old);
        for (var i = 0; i < clean.Count; i++)
            db.DialogueLines.Add(new SceneDialogueLine
            {
                SceneId = scene.Id, Order = i, Speaker = clean[i].Speaker, Text = clean[i].Text, Parenthetical = clean[i].Parenthetical,
                // Subtitles point back into the script; an added line points where the scene's speech started.
                SourceLine = i < old.Count ? old[i].SourceLine : old.LastOrDefault()?.SourceLine ?? scene.StartLine,
            });
        scene.Dialogue = clean.Count == 0 ? null : string.Join('\n', clean.Select(l => $"{l.Speaker}: {l.Text}"));
        // Speakers the user named are in the scene.
        var names = clean.Select(l => l.Speaker).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var speakers = await db.Characters.Where(c => c.ProjectId == scene.ProjectId).ToListAsync(ct);
        var present = await db.SceneCharacters.Where(sc => sc.SceneId == scene.Id).ToListAsync(ct);
        foreach (var c in speakers.Where(c => names.Contains(c.Name, StringComparer.OrdinalIgnoreCase)))
        {
            var row = present.FirstOrDefault(p => p.CharacterId == c.Id);
            if (row is null) db.SceneCharacters.Add(new SceneCharacter { SceneId = scene.Id, CharacterId = c.Id, Speaks = true });
            else row.Speaks = true;
        }
        return true;
    }
}
