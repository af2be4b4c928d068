using System.Text;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Projects;

public sealed record CreateProjectRequest(string? Title, string? ScriptContent, string? AspectRatio);
public sealed record UpdateProjectRequest(string? Title, string? ScriptContent, string? AspectRatio);

public static class ProjectEndpoints
{
    public static readonly string[] AspectRatios = ["16:9", "9:16", "1:1"];

    /// <summary>The user's projects, newest first (the projects page and the MCP list_projects tool).</summary>
    public static async Task<List<ProjectResponse>> ListAsync(AppDb db, IProjectSummaries summaries, int userId, CancellationToken ct)
    {
        var list = await db.Projects.Where(p => p.UserId == userId).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).ToListAsync(ct);
        var ids = list.Select(p => p.Id).ToList();
        var thumbs = await ProjectJson.Thumbnails(db, ids, ct);
        var counts = await db.Scenes.Where(s => ids.Contains(s.ProjectId)).GroupBy(s => s.ProjectId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var states = await summaries.ForAsync(db, list, ct);
        return list.Select(p => ProjectJson.Build(p, false, thumbs.GetValueOrDefault(p.Id), counts.GetValueOrDefault(p.Id), states[p.Id])).ToList();
    }

    public static void MapProjects(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/projects").WithTags("Projects").RequireAuthorization().TellsProjectChanges();

        projects.MapPost("/", async (HttpRequest request, AppDb db, IMediaStorage storage, AppSettings settings, IProjectSummaries summaries, CancellationToken ct) =>
        {
            var userId = request.HttpContext.User.Id();
            string? title, script, aspect = null;
            (string Name, byte[] Bytes)? original = null;
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(ct);
                title = form["title"].ToString();
                aspect = form["aspectRatio"].ToString();
                script = form["scriptContent"].ToString();
                var file = form.Files.GetFile("file");
                if (file is not null)
                {
                    var upload = await NewProject.ReadUploadAsync(file, settings, ct);
                    original = (upload.Name, upload.Bytes);
                    script = upload.Script;
                    if (string.IsNullOrWhiteSpace(title)) title = Path.GetFileNameWithoutExtension(file.FileName);
                }
            }
            else
            {
                var body = await request.ReadFromJsonAsync<CreateProjectRequest>(ct) ?? throw ApiProblem.BadRequest("Send a JSON object with a title and a scriptContent.");
                (title, script, aspect) = (body.Title, body.ScriptContent, body.AspectRatio);
            }

            var project = await NewProject.CreateAsync(db, storage, settings, userId, title, script, aspect, original, null, ct);
            return Results.Created($"/api/projects/{project.Id}", ProjectJson.Build(project, true, null, 0, (await summaries.ForAsync(db, [project], ct))[project.Id]));
        })
        .Accepts<CreateProjectRequest>("application/json", "multipart/form-data")
        .Produces<ProjectResponse>(201).ProducesProblem(400).ProducesProblem(413)
        .WithDescription("Create a project from JSON {title, scriptContent} or a multipart form with title and a file (.fountain, .txt, .fdx, .pdf).");

        projects.MapGet("/", async (HttpContext http, AppDb db, IProjectSummaries summaries, CancellationToken ct) =>
            Results.Ok(await ListAsync(db, summaries, http.User.Id(), ct))).Produces<List<ProjectResponse>>();

        projects.MapGet("/{id:int}", async (int id, HttpContext http, AppDb db, IProjectSummaries summaries, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            return Results.Ok(await ProjectJson.ToResponseAsync(db, summaries, project, true, ct));
        }).Produces<ProjectResponse>().ProducesProblem(404);

        projects.MapPatch("/{id:int}", async (int id, UpdateProjectRequest body, HttpContext http, AppDb db, AppSettings settings, IProjectSummaries summaries, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            if (body.Title is not null) project.Title = ValidTitle(body.Title);
            if (body.ScriptContent is not null)
            {
                if (project.Status is ProjectStatus.Running or ProjectStatus.Queued)
                    throw ApiProblem.Conflict("The script can't change while the pipeline is running. Cancel the run first.");
                project.ScriptContent = ValidScript(body.ScriptContent, settings);
            }
            if (body.AspectRatio is not null) project.AspectRatio = ValidAspect(body.AspectRatio)!;
            project.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
            return Results.Ok(await ProjectJson.ToResponseAsync(db, summaries, project, true, ct));
        }).Produces<ProjectResponse>().ProducesProblem(400).ProducesProblem(404);

        projects.MapDelete("/{id:int}", async (int id, HttpContext http, AppDb db, IMediaStorage storage, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            db.Projects.Remove(project);
            await db.SaveChangesAsync(ct);
            await storage.DeletePrefixAsync(project.Id.ToString(), ct);
            return Results.NoContent();
        }).Produces(204).ProducesProblem(404);
    }

    public static string ValidTitle(string? title)
    {
        // Stored verbatim: only a blank title is refused.
        var t = title ?? "";
        if (t.Trim().Length == 0) throw ApiProblem.BadRequest("Please give your project a title.");
        if (t.Length > 500) throw ApiProblem.BadRequest("The title can be at most 500 characters.");
        return t;
    }

    public static string ValidScript(string? script, AppSettings settings)
    {
        if (string.IsNullOrWhiteSpace(script)) throw ApiProblem.BadRequest("Please paste or upload a script.");
        if (Encoding.UTF8.GetByteCount(script) > settings.MaxScriptBytes)
            throw new ApiProblem(413, $"Your script is larger than the {settings.MaxScriptBytes / (1024 * 1024)} MB limit. Split it into parts and try again.");
        return script;
    }

    public static string? ValidAspect(string? aspect)
    {
        if (string.IsNullOrWhiteSpace(aspect)) return null;
        return AspectRatios.Contains(aspect.Trim()) ? aspect.Trim() : throw ApiProblem.BadRequest("The aspect ratio must be 16:9, 9:16 or 1:1.");
    }
}
