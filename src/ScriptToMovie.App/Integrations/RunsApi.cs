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

        runs.MapPost("/", async (HttpRequest request, AppSettings settings, ProviderSettings providers, WebhookSettings webhooks,
            IWebhookResolver resolver, CancellationToken ct) =>
        {
            var body = await RunRequest.ReadAsync(request, settings, providers, ct);
            var hookUrl = body.Fields.WebhookUrl is { } asked ? await WebhookApi.CheckRunUrlAsync(asked, webhooks, resolver, ct) : null;
            var (run, replayed, secret) = await CreateAsync(request.HttpContext.RequestServices, request.HttpContext.User.Id(), body,
                request.Headers["Idempotency-Key"].ToString(), hookUrl, ct);
            if (replayed) request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (secret is not null) request.HttpContext.Response.Headers["Webhook-Secret"] = secret;
            return Results.Accepted(run.Links.Self, run);
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

        runs.MapGet("/{runId}/media", async (string runId, HttpContext http, CancellationToken ct) =>
            Results.Ok(await MediaAsync(http.RequestServices, runId, http.User.Id(), ct)))
          .RequireScope(ApiScopes.MediaRead).Produces<RunMediaJson>().ProducesProblem(404)
          .WithDescription("Links to the project's finished movie, subtitles and manifest that work without a cookie until they expire; call again for fresh ones.");
    }

    /// <summary>A replayed request that named a webhookUrl gets the same secret as the first answer did.</summary>
    private static Task<string?> RunHookSecretAsync(AppDb db, string runId, string url, CancellationToken ct) =>
        db.WebhookEndpoints.Where(w => w.Url == url && db.PipelineRuns.Any(r => r.RunId == runId && r.ProjectId == w.ProjectId))
            .Select(w => w.Secret).FirstOrDefaultAsync(ct);

    /// <summary>Makes the project and starts its run, once per Idempotency-Key; the REST route and the MCP tool both come here.</summary>
    /// <remarks>A checked <paramref name="hookUrl"/> becomes the run's own webhook endpoint, registered before the run starts
    /// so its first event already goes there; its secret is answered once (and again on a replay of the same request).</remarks>
    public static async Task<(RunJson Run, bool Replayed, string? WebhookSecret)> CreateAsync(IServiceProvider services, int userId, RunRequest body,
        string? key, string? hookUrl, CancellationToken ct)
    {
        var keys = services.GetRequiredService<IdempotencyKeys>();
        var views = services.GetRequiredService<RunViews>();
        var db = services.GetRequiredService<AppDb>();
        if (!string.IsNullOrEmpty(key) && await keys.ClaimAsync(userId, key, body.Hash(), ct) is { } earlier)
            return (await ViewAsync(views, earlier, userId, ct), true, hookUrl is null ? null : await RunHookSecretAsync(db, earlier, hookUrl, ct));
        try
        {
            var project = await NewProject.CreateAsync(db, services.GetRequiredService<IMediaStorage>(),
                services.GetRequiredService<AppSettings>(), userId, body.Title, body.Script, body.Fields.Aspect,
                body.Upload is { } u ? (u.Name, u.Bytes) : null, body.Fields.ExternalRef, ct);
            string? secret = null;
            if (hookUrl is not null)
                secret = (await WebhookApi.ForProjectAsync(db, userId, project.Id, hookUrl, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, ct)).Secret;
            var accepted = await services.GetRequiredService<RunStarter>().StartAsync(project, PipelineOrder.Steps, body.Fields.MaxCostUsd, ct: ct);
            if (!string.IsNullOrEmpty(key)) await keys.CompleteAsync(userId, key, accepted.RunId, ct);
            return (await ViewAsync(views, accepted.RunId, userId, ct), false, secret);
        }
        catch when (!string.IsNullOrEmpty(key))
        {
            await keys.ReleaseAsync(userId, key);
            throw;
        }
    }

    /// <summary>The run's finished media as links that work without a cookie until they expire.</summary>
    public static async Task<RunMediaJson> MediaAsync(IServiceProvider services, string runId, int userId, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDb>();
        var links = services.GetRequiredService<IMediaLinks>();
        var settings = services.GetRequiredService<IntegrationSettings>();
        var (_, project) = await services.GetRequiredService<RunViews>().FindOwnedAsync(runId, userId, ct);
        var movie = await db.FinalMovies.AsNoTracking().Where(m => m.ProjectId == project.Id && m.Status == "completed")
            .OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct);
        if (movie is null) return new RunMediaJson(null, null, null, null, "The movie is not ready yet. Ask again when the run has completed.");
        MediaLink? Link(string? url) => StorageKeyOf(url) is { } k ? links.For(k, settings.MediaLinkLifetime) : null;
        return new RunMediaJson(Link(movie.StorageKey is null ? movie.MovieUrl : StorageKey.Url(movie.StorageKey)),
            Link(movie.VttUrl), Link(movie.SrtUrl), Link(movie.ManifestUrl), null);
    }

    public static async Task<RunJson> ViewAsync(RunViews views, string runId, int userId, CancellationToken ct)
    {
        var (run, project) = await views.FindOwnedAsync(runId, userId, ct);
        return await views.FullAsync(run, project, userId, ct);
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
