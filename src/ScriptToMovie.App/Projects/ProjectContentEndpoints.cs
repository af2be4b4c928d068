using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Projects;

public sealed record UpdateCharacterRequest(string? VisualDescription, string? Voice);
public sealed record UpdateSettingRequest(string? VisualDescription);

/// <summary>Reading and editing what the pipeline wrote for a project.</summary>
public static class ProjectContentEndpoints
{
    public static void MapProjectContent(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/projects/{id:int}").WithTags("Projects").RequireAuthorization().TellsProjectChanges();

        g.MapGet("/scenes", async (int id, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            return Results.Ok(await Scenes(db, id, null, ct));
        }).Produces<List<SceneResponse>>().ProducesProblem(404);

        g.MapGet("/characters", async (int id, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var list = await db.Characters.Where(c => c.ProjectId == id).OrderBy(c => c.FirstSceneId ?? int.MaxValue).ThenBy(c => c.Id).ToListAsync(ct);
            return Results.Ok(list.Select(ToResponse).ToList());
        }).Produces<List<CharacterResponse>>().ProducesProblem(404);

        g.MapPatch("/characters/{characterId:int}", async (int id, int characterId, UpdateCharacterRequest body, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var c = await db.Characters.FirstOrDefaultAsync(x => x.Id == characterId && x.ProjectId == id, ct) ?? throw ApiProblem.NotFound("character");
            if (body.VisualDescription is not null)
            {
                var d = body.VisualDescription.Trim();
                if (d.Length is 0 or > 5_000) throw ApiProblem.BadRequest("A visual description needs 1 to 5,000 characters.");
                if (c.VisualDescription != d) await SceneStaleness.MarkAsync(db, id, await ScenesWithAsync(db, c, speaking: false, ct), SceneStaleness.Invalidated("look"), ct);
                c.VisualDescription = d; c.EditedFields = Edited.Mark(c.EditedFields, "visualDescription");
            }
            if (body.Voice is not null)
            {
                var v = body.Voice.Trim();
                if (ScriptToMovie.Media.Speech.VoiceProfile.TryParse(v, out _) is false)
                    throw ApiProblem.BadRequest("That voice isn't valid. Use the form espeak:en-us+f3:p55:s165.");
                if (c.Voice != v) await SceneStaleness.MarkAsync(db, id, await ScenesWithAsync(db, c, speaking: true, ct), SceneStaleness.Invalidated("voice"), ct);
                c.Voice = v; c.EditedFields = Edited.Mark(c.EditedFields, "voice");
            }
            await db.SaveChangesAsync(ct);
            return Results.Ok(ToResponse(c));
        }).Produces<CharacterResponse>().ProducesProblem(400).ProducesProblem(404);

        g.MapGet("/settings", async (int id, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var list = await db.Settings.Where(s => s.ProjectId == id).OrderBy(s => s.Id).ToListAsync(ct);
            return Results.Ok(list.Select(ToResponse).ToList());
        }).Produces<List<SettingResponse>>().ProducesProblem(404);

        g.MapPatch("/settings/{settingId:int}", async (int id, int settingId, UpdateSettingRequest body, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var s = await db.Settings.FirstOrDefaultAsync(x => x.Id == settingId && x.ProjectId == id, ct) ?? throw ApiProblem.NotFound("setting");
            if (body.VisualDescription is not null)
            {
                var d = body.VisualDescription.Trim();
                if (d.Length is 0 or > 5_000) throw ApiProblem.BadRequest("A visual description needs 1 to 5,000 characters.");
                if (s.VisualDescription != d)
                    await SceneStaleness.MarkAsync(db, id, await db.Scenes.Where(x => x.SettingId == s.Id).Select(x => x.Id).ToListAsync(ct), SceneStaleness.Invalidated("look"), ct);
                s.VisualDescription = d; s.EditedFields = Edited.Mark(s.EditedFields, "visualDescription");
            }
            await db.SaveChangesAsync(ct);
            return Results.Ok(ToResponse(s));
        }).Produces<SettingResponse>().ProducesProblem(400).ProducesProblem(404);

        g.MapGet("/storyboards", async (int id, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var rows = await (from i in db.StoryboardImages
                              where i.ProjectId == id
                              join s in db.Scenes on i.SceneId equals s.Id into sj
                              from s in sj.DefaultIfEmpty()
                              orderby i.Kind descending, s.SceneNumber, i.Id
                              select new { i, Number = (int?)s.SceneNumber, Heading = s.Heading }).ToListAsync(ct);
            return Results.Ok(rows.Select(r => new StoryboardResponse(r.i.Id, r.i.ProjectId, r.i.SceneId, r.Number, r.Heading,
                r.i.StorageKey is null ? r.i.ImageUrl : StorageKey.Url(r.i.StorageKey), r.i.Status, r.i.Kind, r.i.Width, r.i.Height, r.i.ErrorMessage, r.i.CreatedAt,
                r.i.Provider)).ToList());
        }).Produces<List<StoryboardResponse>>().ProducesProblem(404);

        g.MapGet("/movie", async (int id, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            var m = await db.FinalMovies.Where(x => x.ProjectId == id).OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct)
                    ?? throw new ApiProblem(404, "There is no movie yet. Start the pipeline to make one.");
            return Results.Ok(new MovieResponse(m.Id, m.ProjectId, m.MovieUrl, m.Duration, m.Status, m.SrtUrl, m.VttUrl, m.ManifestUrl, m.ErrorMessage, m.CreatedAt));
        }).Produces<MovieResponse>().ProducesProblem(404);
    }

    /// <summary>The scenes a character is in, or (<paramref name="speaking"/>) speaks in.</summary>
    private static async Task<List<int>> ScenesWithAsync(AppDb db, Character c, bool speaking, CancellationToken ct)
    {
        var present = await db.SceneCharacters.Where(sc => sc.CharacterId == c.Id && (!speaking || sc.Speaks)).Select(sc => sc.SceneId).ToListAsync(ct);
        if (!speaking) return present;
        var name = c.Name.ToUpper();
        var spoken = await db.DialogueLines.Where(l => l.Speaker.ToUpper() == name && db.Scenes.Any(s => s.Id == l.SceneId && s.ProjectId == c.ProjectId))
            .Select(l => l.SceneId).Distinct().ToListAsync(ct);
        return present.Union(spoken).ToList();
    }

    public static async Task<List<SceneResponse>> Scenes(AppDb db, int projectId, int? sceneId, CancellationToken ct)
    {
        var scenes = await db.Scenes.Where(s => s.ProjectId == projectId && (sceneId == null || s.Id == sceneId)).OrderBy(s => s.Order).ToListAsync(ct);
        var ids = scenes.Select(s => s.Id).ToList();
        var cast = await (from sc in db.SceneCharacters
                          join c in db.Characters on sc.CharacterId equals c.Id
                          where ids.Contains(sc.SceneId)
                          select new { sc.SceneId, sc.CharacterId, c.Name, sc.Speaks }).ToListAsync(ct);
        var bySceneId = cast.GroupBy(x => x.SceneId).ToDictionary(g => g.Key, g => g.Select(x => new SceneCharacterResponse(x.CharacterId, x.Name, x.Speaks)).ToList());
        var lines = (await db.DialogueLines.AsNoTracking().Where(l => ids.Contains(l.SceneId)).OrderBy(l => l.Order).ToListAsync(ct))
            .GroupBy(l => l.SceneId).ToDictionary(g => g.Key, g => g.Select(l => new DialogueLineEdit(l.Speaker, l.Text, l.Parenthetical)).ToList());
        var prompts = (await db.VideoPrompts.AsNoTracking().Where(p => ids.Contains(p.SceneId)).ToListAsync(ct))
            .GroupBy(p => p.SceneId).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Id)!);
        return scenes.Select(s => new SceneResponse(s.Id, s.ProjectId, s.SceneNumber, s.Title, s.Description, s.Dialogue, s.Duration, s.Order,
            s.Heading, s.ScriptSceneNumber, s.Location, s.Interior, s.TimeOfDay, s.SettingId, s.StartLine, s.EndLine,
            ProjectJson.SplitList(s.EditedFields), bySceneId.GetValueOrDefault(s.Id) ?? [],
            s.Action, s.Camera ?? prompts.GetValueOrDefault(s.Id)?.Camera, prompts.GetValueOrDefault(s.Id)?.Prompt,
            lines.GetValueOrDefault(s.Id) ?? [], Stale.Parts(s.StaleParts))).ToList();
    }

    public static CharacterResponse ToResponse(Character c) =>
        new(c.Id, c.ProjectId, c.Name, c.VisualDescription, ProjectJson.SplitList(c.Aliases), c.FirstSceneId, c.DialogueLines, c.Voice,
            $"/api/projects/{c.ProjectId}/characters/{c.Id}/voice-preview", ProjectJson.SplitList(c.EditedFields), c.PersonName, c.Period);

    public static SettingResponse ToResponse(Setting s) =>
        new(s.Id, s.ProjectId, s.Name, s.VisualDescription, s.Interior, ProjectJson.SplitList(s.TimesOfDay), ProjectJson.SplitList(s.EditedFields), s.KeyObject);
}
