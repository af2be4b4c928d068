using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Webhooks;

namespace ScriptToMovie.App.Integrations;

public sealed record RunMediaJson(MediaLink? Movie, MediaLink? SubtitlesVtt, MediaLink? SubtitlesSrt, MediaLink? Manifest, string? Message);

/// <summary>
/// The versioned runs API for other apps (/api/v1/runs): one call makes a project from a screenplay and runs the
/// whole pipeline. It only grows: fields and routes are added, never renamed or removed. The seed's routes are untouched.
/// </summary>
public static class RunsApi
{
    public static void MapRunsApi(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/v1/runs").WithTags("Runs API (v1)");

        runs.MapPost("/", async (HttpRequest request, AppDb db, IMediaStorage storage, AppSettings settings, ProviderSettings providers,
            RunStarter starter, IdempotencyKeys keys, RunViews views, WebhookSettings webhooks, IWebhookResolver resolver, TimeProvider clock, CancellationToken ct) =>
        {
            var userId = request.HttpContext.User.Id();
            var body = await RunRequest.ReadAsync(request, settings, providers, ct);
            var hookUrl = body.Fields.WebhookUrl is { } asked ? await WebhookApi.CheckRunUrlAsync(asked, webhooks, resolver, ct) : null;
            var key = request.Headers["Idempotency-Key"].ToString();
            if (key.Length > 0 && await keys.ClaimAsync(userId, key, body.Hash(), ct) is { } earlier)
            {
                request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
                if (hookUrl is not null) await SecretHeaderAsync(request.HttpContext, db, earlier, hookUrl, ct);
                return await AcceptedAsync(views, earlier, userId, ct);
            }
            try
            {
                var project = await NewProject.CreateAsync(db, storage, settings, userId, body.Title, body.Script, body.Fields.Aspect,
                    body.Upload is { } u ? (u.Name, u.Bytes) : null, body.Fields.ExternalRef, ct);
                // Registered before the run starts, so the run's first event already goes to it.
                if (hookUrl is not null)
                    request.HttpContext.Response.Headers["Webhook-Secret"] =
                        (await WebhookApi.ForProjectAsync(db, userId, project.Id, hookUrl, clock.GetUtcNow().UtcDateTime, ct)).Secret;
                var accepted = await starter.StartAsync(project, PipelineOrder.Steps, body.Fields.MaxCostUsd, ct: ct);
                if (key.Length > 0) await keys.CompleteAsync(userId, key, accepted.RunId, ct);
                return await AcceptedAsync(views, accepted.RunId, userId, ct);
            }
            catch when (key.Length > 0)
            {
                await keys.ReleaseAsync(userId, key);
                throw;
            }
        }).RequireScope(ApiScopes.RunsWrite)
          .Accepts<CreateRunRequest>("application/json", "multipart/form-data")
          .Produces<RunJson>(202).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413).ProducesProblem(422)
          .WithDescription("Makes a project from the screenplay (JSON `script`, or a multipart `file`) and runs every step. "
                           + "Send an Idempotency-Key header so a retried request never makes a second run. "
                           + "A webhookUrl gets every event of this project's runs, signed with the secret in the answer's Webhook-Secret header.");

        runs.MapGet("/", async (HttpContext http, RunViews views, string? externalRef, string? status, int? page, int? pageSize, CancellationToken ct) =>
        {
            var size = pageSize ?? 20;
            if (size is < 1 or > 100) throw ApiProblem.BadRequest("pageSize must be from 1 to 100.");
            if (page is < 1) throw ApiProblem.BadRequest("page starts at 1.");
            return Results.Ok(await views.PageAsync(http.User.Id(), externalRef, status, page ?? 1, size, ct));
        }).RequireScope(ApiScopes.RunsRead).Produces<RunPage>().ProducesProblem(400)
          .WithDescription("Your runs, newest first, optionally only those with an externalRef or a status.");

        runs.MapGet("/{runId}", async (string runId, HttpContext http, RunViews views, CancellationToken ct) =>
        {
            var userId = http.User.Id();
            var (run, project) = await views.FindOwnedAsync(runId, userId, ct);
            return Results.Ok(await views.FullAsync(run, project, userId, ct));
        }).RequireScope(ApiScopes.RunsRead).Produces<RunJson>().ProducesProblem(404);

        runs.MapPost("/{runId}/cancel", async (string runId, HttpContext http, RunViews views, RunControl control, CancellationToken ct) =>
        {
            var userId = http.User.Id();
            var (_, project) = await views.FindOwnedAsync(runId, userId, ct);
            await control.CancelAsync(project.Id, runId, ct);
            return await AcceptedAsync(views, runId, userId, ct);
        }).RequireScope(ApiScopes.RunsWrite).Produces<RunJson>(202).ProducesProblem(404).ProducesProblem(409);

        runs.MapPost("/{runId}/retry-failed", async (string runId, HttpContext http, AppDb db, RunViews views, RunControl control, CancellationToken ct) =>
        {
            var userId = http.User.Id();
            var (_, found) = await views.FindOwnedAsync(runId, userId, ct);
            var project = await db.FindOwnedAsync(found.Id, userId, ct);
            var accepted = await control.RetryFailedAsync(project, ct);
            return await AcceptedAsync(views, accepted.RunId, userId, ct);
        }).RequireScope(ApiScopes.RunsWrite).Produces<RunJson>(202).ProducesProblem(404).ProducesProblem(409)
          .WithDescription("Starts a new run of the project that redoes only its failed scenes; answers with the new run.");

        runs.MapGet("/{runId}/media", async (string runId, HttpContext http, AppDb db, RunViews views, IMediaLinks links, IntegrationSettings settings, CancellationToken ct) =>
        {
            var (_, project) = await views.FindOwnedAsync(runId, http.User.Id(), ct);
            var movie = await db.FinalMovies.AsNoTracking().Where(m => m.ProjectId == project.Id && m.Status == "completed")
                .OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct);
            if (movie is null) return Results.Ok(new RunMediaJson(null, null, null, null, "The movie is not ready yet. Ask again when the run has completed."));
            MediaLink? Link(string? url) => StorageKeyOf(url) is { } k ? links.For(k, settings.MediaLinkLifetime) : null;
            return Results.Ok(new RunMediaJson(Link(movie.StorageKey is null ? movie.MovieUrl : StorageKey.Url(movie.StorageKey)),
                Link(movie.VttUrl), Link(movie.SrtUrl), Link(movie.ManifestUrl), null));
        }).RequireScope(ApiScopes.MediaRead).Produces<RunMediaJson>().ProducesProblem(404)
          .WithDescription("Links to the project's finished movie, subtitles and manifest that work without a cookie until they expire; call again for fresh ones.");
    }

    /// <summary>A replayed request that named a webhookUrl gets the same secret as the first answer did.</summary>
    private static async Task SecretHeaderAsync(HttpContext http, AppDb db, string runId, string url, CancellationToken ct)
    {
        var secret = await db.WebhookEndpoints.Where(w => w.Url == url && db.PipelineRuns.Any(r => r.RunId == runId && r.ProjectId == w.ProjectId))
            .Select(w => w.Secret).FirstOrDefaultAsync(ct);
        if (secret is not null) http.Response.Headers["Webhook-Secret"] = secret;
    }

    private static async Task<IResult> AcceptedAsync(RunViews views, string runId, int userId, CancellationToken ct)
    {
        var (run, project) = await views.FindOwnedAsync(runId, userId, ct);
        var json = await views.FullAsync(run, project, userId, ct);
        return Results.Accepted(json.Links.Self, json);
    }

    /// <summary>finalMovies keeps "/api/media/…" URLs (the seed's columns); the link is made for the key under them.</summary>
    private static string? StorageKeyOf(string? url) =>
        url is not null && url.StartsWith("/api/media/", StringComparison.Ordinal)
            ? StorageKey.Normalize(string.Join('/', url["/api/media/".Length..].Split('/').Select(Uri.UnescapeDataString)))
            : null;
}
