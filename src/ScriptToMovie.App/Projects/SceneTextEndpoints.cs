using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Projects;

/// <param name="AfterSceneId">The scene the new one follows; none = at the end.</param>
public sealed record AddSceneRequest(string Heading, string? Action, int? AfterSceneId);

/// <param name="AfterParagraph">1 = after the paragraph below the heading; the scene's paragraphs are separated by blank lines.</param>
public sealed record SplitSceneRequest(int AfterParagraph, string Heading);

/// <summary>
/// Adding, splitting and merging scenes change what the scenes say, so they are edits of the script text; the
/// scenes themselves come from the next parse, which keeps every scene whose words did not change (an incremental
/// rebuild: run the workflow, or see first what it would remake with rebuild-preview).
/// </summary>
public static class SceneTextEndpoints
{
    public static void MapSceneText(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/projects/{id:int}/scenes").WithTags("Projects").RequireAuthorization().TellsProjectChanges();

        g.MapPost("", async (int id, AddSceneRequest body, HttpContext http, AppDb db, IProjectSummaries summaries, CancellationToken ct) =>
        {
            var (project, scenes, blocks) = await LoadAsync(db, id, http, ct);
            var heading = (body.Heading ?? "").Trim().ToUpperInvariant();
            if (heading.Length is 0 or > 200) throw ApiProblem.BadRequest("A new scene needs a heading such as INT. KITCHEN - NIGHT.");
            var action = (body.Action ?? "").Trim();
            if (action.Length is 0 or > 5_000) throw ApiProblem.BadRequest("Say in a sentence or two what happens in the new scene.");
            if (body.AfterSceneId is { } after && scenes.All(s => s.Id != after)) throw ApiProblem.NotFound("scene");
            var order = scenes.OrderBy(s => s.Order).ToList();
            var list = order.Select(s => (s.Id, blocks[s.Id])).ToList();
            var at = body.AfterSceneId is { } a ? list.FindIndex(b => b.Id == a) + 1 : list.Count;
            list.Insert(at, (-1, [heading, "", .. action.Replace("\r\n", "\n").Split('\n')]));
            await SaveAsync(db, project, blocks.Compose(list).Script, order.Count + 1, ct);
            return Results.Ok(await ProjectJson.ToResponseAsync(db, summaries, project, true, ct));
        }).Produces<ProjectResponse>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409)
          .WithDescription("Adds a scene to the script. Rebuild (start the workflow) to make it; the other scenes keep what was made.");

        g.MapPost("/{sceneId:int}/split", async (int id, int sceneId, SplitSceneRequest body, HttpContext http, AppDb db, IProjectSummaries summaries, CancellationToken ct) =>
        {
            var (project, scenes, blocks) = await LoadAsync(db, id, http, ct);
            if (scenes.All(s => s.Id != sceneId)) throw ApiProblem.NotFound("scene");
            var heading = (body.Heading ?? "").Trim().ToUpperInvariant();
            if (heading.Length is 0 or > 200) throw ApiProblem.BadRequest("The second half needs a heading such as INT. KITCHEN - LATER.");
            var paragraphs = Paragraphs(blocks[sceneId]);
            if (paragraphs.Count < 3) throw ApiProblem.BadRequest("This scene has only one paragraph below its heading, so there is nothing to split.");
            if (body.AfterParagraph < 1 || body.AfterParagraph > paragraphs.Count - 2)
                throw ApiProblem.BadRequest($"Split after one of paragraphs 1 to {paragraphs.Count - 2} of the scene.");
            var order = scenes.OrderBy(s => s.Order).ToList();
            var list = new List<(int, IReadOnlyList<string>)>();
            foreach (var s in order)
            {
                if (s.Id != sceneId) { list.Add((s.Id, blocks[s.Id])); continue; }
                list.Add((s.Id, Join(paragraphs.Take(body.AfterParagraph + 1))));
                list.Add((-1, [heading, "", .. Join(paragraphs.Skip(body.AfterParagraph + 1))]));
            }
            await SaveAsync(db, project, blocks.Compose(list).Script, order.Count + 1, ct);
            return Results.Ok(await ProjectJson.ToResponseAsync(db, summaries, project, true, ct));
        }).Produces<ProjectResponse>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409)
          .WithDescription("Splits a scene in two in the script, after one of its paragraphs. Rebuild to make the two halves.");

        g.MapPost("/{sceneId:int}/merge", async (int id, int sceneId, HttpContext http, AppDb db, IProjectSummaries summaries, CancellationToken ct) =>
        {
            var (project, scenes, blocks) = await LoadAsync(db, id, http, ct);
            var order = scenes.OrderBy(s => s.Order).ToList();
            var at = order.FindIndex(s => s.Id == sceneId);
            if (at < 0) throw ApiProblem.NotFound("scene");
            if (at == order.Count - 1) throw ApiProblem.Conflict("This is the last scene; there is no next scene to merge it with.");
            var list = new List<(int, IReadOnlyList<string>)>();
            for (var i = 0; i < order.Count; i++)
            {
                if (i == at + 1) continue;
                // The next scene's heading goes; its action and lines join this scene.
                list.Add(i == at ? (order[i].Id, [.. blocks[order[i].Id], "", .. blocks[order[i + 1].Id].Skip(1).SkipWhile(string.IsNullOrWhiteSpace)]) : (order[i].Id, blocks[order[i].Id]));
            }
            await SaveAsync(db, project, blocks.Compose(list).Script, order.Count - 1, ct);
            return Results.Ok(await ProjectJson.ToResponseAsync(db, summaries, project, true, ct));
        }).Produces<ProjectResponse>().ProducesProblem(404).ProducesProblem(409)
          .WithDescription("Merges a scene with the next one in the script. Rebuild to make the merged scene.");
    }

    private static async Task<(Project, List<Scene>, ScriptBlocks)> LoadAsync(AppDb db, int id, HttpContext http, CancellationToken ct)
    {
        var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
        if (project.Status is ProjectStatus.Running or ProjectStatus.Queued)
            throw ApiProblem.Conflict("The scenes can't change while the pipeline is running. Cancel the run first.");
        var scenes = await db.Scenes.Where(s => s.ProjectId == id).ToListAsync(ct);
        if (scenes.Count == 0) throw ApiProblem.Conflict("Parse the script first; then its scenes can be shaped.");
        try { return (project, scenes, new ScriptBlocks(project.ScriptContent, scenes)); }
        catch (InvalidOperationException) { throw ApiProblem.Conflict("The script changed since it was parsed. Parse it again first."); }
    }

    /// <summary>Saves the new script when it reads as the scene count the change meant (a heading it can't read as one is refused).</summary>
    private static async Task SaveAsync(AppDb db, Project project, string script, int expectedScenes, CancellationToken ct)
    {
        if (ScreenplayReader.ReadText(script).Scenes.Count != expectedScenes)
            throw ApiProblem.BadRequest("That heading doesn't read as a new scene. Start it with INT. or EXT., e.g. INT. KITCHEN - NIGHT.");
        project.ScriptContent = script;
        project.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
    }

    private static List<List<string>> Paragraphs(IReadOnlyList<string> block)
    {
        var result = new List<List<string>> { new() };
        foreach (var line in block)
        {
            if (string.IsNullOrWhiteSpace(line)) { if (result[^1].Count > 0) result.Add([]); }
            else result[^1].Add(line);
        }
        if (result[^1].Count == 0) result.RemoveAt(result.Count - 1);
        return result;
    }

    private static List<string> Join(IEnumerable<List<string>> paragraphs) =>
        paragraphs.SelectMany((p, i) => i == 0 ? p : ["", .. p]).ToList();
}
