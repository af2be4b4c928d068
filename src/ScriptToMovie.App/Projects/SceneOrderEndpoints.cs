using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Projects;

public sealed record SceneOrderRequest(IReadOnlyList<int> SceneIds);

/// <summary>
/// Shaping the scene list: reorder and delete. Both rewrite the script text to match (see <see cref="ScriptBlocks"/>)
/// and renumber the scenes; nothing made for a scene is remade, only the movie has to be joined again (the
/// storyboard-to-movie assemble action). A deleted scene's clips stay with the project as takes.
/// </summary>
public static class SceneOrderEndpoints
{
    public static void MapSceneOrder(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/projects/{id:int}/scenes").WithTags("Projects").RequireAuthorization().TellsProjectChanges();

        g.MapPut("/order", async (int id, SceneOrderRequest body, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            var project = await EditableAsync(db, id, http, ct);
            var scenes = await db.Scenes.Where(s => s.ProjectId == id).ToListAsync(ct);
            if (body.SceneIds is null || body.SceneIds.Count != scenes.Count || !body.SceneIds.ToHashSet().SetEquals(scenes.Select(s => s.Id)))
                throw ApiProblem.BadRequest("List every scene of the project exactly once, in the new order.");
            await RewriteAsync(db, project, scenes, body.SceneIds, ct);
            return Results.Ok(await ProjectContentEndpoints.Scenes(db, id, null, ct));
        }).Produces<List<SceneResponse>>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409)
          .WithDescription("Puts the scenes in this order; the script text is rewritten to match. Assemble the movie again for it to follow.");

        g.MapDelete("/{sceneId:int}", async (int id, int sceneId, bool? confirm, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            var project = await EditableAsync(db, id, http, ct);
            var scenes = await db.Scenes.Where(s => s.ProjectId == id).ToListAsync(ct);
            var scene = scenes.FirstOrDefault(s => s.Id == sceneId) ?? throw ApiProblem.NotFound("scene");
            if (scenes.Count == 1) throw ApiProblem.Conflict("A movie needs at least one scene, so the last one can't be deleted.");
            var paid = await db.CostLedger.Where(e => e.SceneId == sceneId).SumAsync(e => e.Usd, ct);
            if (paid > 0 && confirm != true)
                throw ApiProblem.Conflict($"Scene {scene.SceneNumber} has paid work ({paid:0.00} USD). Delete it anyway with confirm=true; its clips stay with the project as takes.");
            await RewriteAsync(db, project, scenes, scenes.Where(s => s.Id != sceneId).OrderBy(s => s.Order).Select(s => s.Id).ToList(), ct);
            db.Scenes.Remove(scene);
            await db.SaveChangesAsync(ct);
            return Results.Ok(await ProjectContentEndpoints.Scenes(db, id, null, ct));
        }).Produces<List<SceneResponse>>().ProducesProblem(404).ProducesProblem(409)
          .WithDescription("Deletes a scene from the list and the script. A scene with paid work needs ?confirm=true.");
    }

    private static async Task<Project> EditableAsync(AppDb db, int id, HttpContext http, CancellationToken ct)
    {
        var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
        if (project.Status is ProjectStatus.Running or ProjectStatus.Queued)
            throw ApiProblem.Conflict("The scenes can't change while the pipeline is running. Cancel the run first.");
        return project;
    }

    private static async Task RewriteAsync(AppDb db, Project project, List<Scene> scenes, IReadOnlyList<int> order, CancellationToken ct)
    {
        ScriptBlocks blocks;
        try { blocks = new ScriptBlocks(project.ScriptContent, scenes); }
        catch (InvalidOperationException) { throw ApiProblem.Conflict("The script changed since it was parsed. Parse it again, then reorder."); }
        var (script, lines) = blocks.Compose(order);
        project.ScriptContent = script;
        project.UpdatedAt = DateTime.UtcNow;
        for (var i = 0; i < order.Count; i++)
        {
            var scene = scenes.First(s => s.Id == order[i]);
            scene.Order = i;
            scene.SceneNumber = i + 1;
            (scene.StartLine, scene.EndLine) = lines[scene.Id];
        }
        await db.SaveChangesAsync(ct);
    }
}
