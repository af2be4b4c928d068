using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Pipeline;

public sealed record StartWorkflowRequest(double? MaxCostUsd);
public sealed record UpdatePromptRequest(string? Prompt, int? Duration, string? Style);
public sealed record PromptResponse(int SceneId, string Prompt, string? NegativePrompt, int Duration, string Style, string? Camera, bool Edited);

/// <summary>The seed's phase and workflow endpoints. Every POST answers 202 with a run id and a status link.</summary>
public static class PipelineEndpoints
{
    public static void Map(WebApplication app)
    {
        var phases = app.MapGroup("/api/phases").WithTags("Pipeline").RequireAuthorization();
        foreach (var phase in PipelineOrder.Phases)
            foreach (var action in phase.Actions)
                MapStart(phases, $"/{phase.Name}/{{id:int}}/{action.Route}", PipelineOrder.Names(action.Steps));
        foreach (var phase in PipelineOrder.Phases)
            phases.MapGet($"/{phase.Name}/{{id:int}}/status", async (int id, HttpContext http, AppDb db, RunStatusDocuments documents, CancellationToken ct) =>
            {
                var s = (await documents.ForOwnerAsync(db, id, http.User.Id(), ct)).Status;
                return Results.Ok(s.Phases.First(p => p.Name == phase.Name));
            }).Produces<PhaseStatusJson>().ProducesProblem(404);

        var workflow = app.MapGroup("/api/workflow/{id:int}").WithTags("Pipeline").RequireAuthorization();
        // The body is optional (the seed's curl sends none), so it is read by hand: a declared body would make
        // routing demand a JSON content type.
        workflow.MapPost("/start", async (int id, HttpRequest request, AppDb db, RunStarter starter, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, request.HttpContext.User.Id(), ct);
            var body = await OptionalBodyAsync<StartWorkflowRequest>(request, ct);
            var accepted = await starter.StartAsync(project, PipelineOrder.Steps, BudgetRange.Check(body?.MaxCostUsd), ct: ct);
            return Results.Accepted(accepted.StatusUrl, accepted);
        }).Produces<RunAccepted>(202).ProducesProblem(409).ProducesProblem(404)
          .WithDescription("Runs every step in order. Optional JSON body: {\"maxCostUsd\": 5.0}, a budget for paid video generation.");

        // Served from the shared status document, already serialized: one small query per read.
        workflow.MapGet("/status", async (int id, HttpContext http, AppDb db, RunStatusDocuments documents, CancellationToken ct) =>
            Results.Text((await documents.ForOwnerAsync(db, id, http.User.Id(), ct)).Json, "application/json; charset=utf-8")).Produces<WorkflowStatus>().ProducesProblem(404);

        workflow.MapPost("/cancel", async (int id, HttpContext http, AppDb db, RunControl control, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            return Results.Accepted($"/api/workflow/{id}/status", new { message = await control.CancelAsync(id, null, ct) });
        }).Produces(202).ProducesProblem(409).ProducesProblem(404);

        workflow.MapPost("/retry-failed", async (int id, HttpContext http, AppDb db, RunControl control, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            var accepted = await control.RetryFailedAsync(project, ct);
            return Results.Accepted(accepted.StatusUrl, accepted);
        }).Produces<RunAccepted>(202).ProducesProblem(409).ProducesProblem(404);

        var scenes = app.MapGroup("/api/projects/{id:int}/scenes/{sceneId:int}").WithTags("Pipeline").RequireAuthorization().TellsProjectChanges();
        scenes.MapPost("/retry", async (int id, int sceneId, HttpContext http, AppDb db, RunStarter starter, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            if (!await db.Scenes.AnyAsync(s => s.Id == sceneId && s.ProjectId == id, ct)) throw ApiProblem.NotFound("scene");
            var redraw = (await FailedFrames.ScenesAsync(db, id, ct)).Contains(sceneId);
            var accepted = await starter.StartAsync(project, PipelineOrder.Names(PipelineOrder.RetrySteps(redraw)), sceneIds: [sceneId], userRetry: true, ct: ct);
            return Results.Accepted(accepted.StatusUrl, accepted);
        }).Produces<RunAccepted>(202).ProducesProblem(409).ProducesProblem(404);

        scenes.MapPatch("/prompt", async (int id, int sceneId, UpdatePromptRequest body, HttpContext http, AppDb db, CancellationToken ct) =>
        {
            await db.FindOwnedAsync(id, http.User.Id(), ct);
            if (!await db.Scenes.AnyAsync(s => s.Id == sceneId && s.ProjectId == id, ct)) throw ApiProblem.NotFound("scene");
            if (await db.GeneratedVideos.AnyAsync(v => v.SceneId == sceneId && v.Status == "generating", ct))
                throw ApiProblem.Conflict("This scene's clip is being made right now. Edit the prompt when it is done.");
            var prompt = await db.VideoPrompts.Where(p => p.SceneId == sceneId).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct)
                         ?? throw ApiProblem.Conflict("This scene has no prompt yet. Run Phase 3's prompts step first.");
            if (body.Prompt is not null)
            {
                if (body.Prompt.Trim().Length is 0 or > 2500) throw ApiProblem.BadRequest("A prompt needs 1 to 2,500 characters.");
                prompt.Prompt = body.Prompt.Trim();
            }
            if (body.Duration is { } d)
            {
                if (d is < 1 or > 60) throw ApiProblem.BadRequest("A clip's duration must be between 1 and 60 seconds.");
                prompt.Duration = d;
            }
            if (body.Style is not null) prompt.Style = body.Style.Trim();
            if (db.Entry(prompt).Properties.Any(p => p.IsModified))
                await SceneStaleness.MarkAsync(db, id, [sceneId], SceneStaleness.Invalidated("prompt"), ct);
            prompt.Edited = true;
            await db.SaveChangesAsync(ct);
            return Results.Ok(new PromptResponse(sceneId, prompt.Prompt, prompt.NegativePrompt, prompt.Duration, prompt.Style, prompt.Camera, prompt.Edited));
        }).Produces<PromptResponse>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

        app.MapGet("/api/projects/{id:int}/events", async (int id, HttpContext http, AppDb db, RunStatusDocuments documents, PipelineSettings settings, CancellationToken ct) =>
        {
            // Ownership is checked once; after that every listener of the run reads the one shared document.
            var last = (await documents.ForOwnerAsync(db, id, http.User.Id(), ct)).Json;
            http.Response.Headers.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers["X-Accel-Buffering"] = "no";
            var keepAlive = DateTime.UtcNow;
            try
            {
                await http.Response.WriteAsync($"event: status\ndata: {last}\n\n", ct);
                await http.Response.Body.FlushAsync(ct);
                while (!ct.IsCancellationRequested)
                {
                    await Task.Delay(settings.EventsPoll, ct);
                    var payload = (await documents.ForListenerAsync(id, ct)).Json;
                    if (!ReferenceEquals(payload, last) && payload != last)
                    {
                        await http.Response.WriteAsync($"event: status\ndata: {payload}\n\n", ct);
                        await http.Response.Body.FlushAsync(ct);
                        last = payload;
                        keepAlive = DateTime.UtcNow;
                    }
                    else if (DateTime.UtcNow - keepAlive > TimeSpan.FromSeconds(15))
                    {
                        await http.Response.WriteAsync(": keep-alive\n\n", ct);
                        await http.Response.Body.FlushAsync(ct);
                        keepAlive = DateTime.UtcNow;
                    }
                }
            }
            catch (OperationCanceledException) { }
            catch (ApiProblem) { } // the project was deleted while someone listened: the stream just ends
            return Results.Empty;
        }).WithTags("Pipeline").RequireAuthorization().Produces<WorkflowStatus>(200, "text/event-stream").ProducesProblem(404)
          .WithDescription("Server-sent events: an `status` event carrying the workflow status JSON on every change.");
    }

    private static void MapStart(RouteGroupBuilder group, string pattern, IReadOnlyList<string> steps) =>
        group.MapPost(pattern, async (int id, HttpContext http, AppDb db, RunStarter starter, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            var accepted = await starter.StartAsync(project, steps, ct: ct);
            return Results.Accepted(accepted.StatusUrl, accepted);
        }).Produces<RunAccepted>(202).ProducesProblem(409).ProducesProblem(404);

    private static async Task<T?> OptionalBodyAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<T>(text, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }
}
