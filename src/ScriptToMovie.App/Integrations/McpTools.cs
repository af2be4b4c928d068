using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Server;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Cost;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Providers;

namespace ScriptToMovie.App.Integrations;

/// <summary>
/// The MCP endpoint (/mcp), so an AI assistant can make a movie from a script in conversation. Each tool is the runs
/// API's own code (<see cref="RunsApi"/>) under another name, and checks the scope the matching REST route names.
/// </summary>
[McpServerToolType]
public sealed class McpTools(IHttpContextAccessor accessor)
{
    private HttpContext Http => accessor.HttpContext ?? throw new McpException("This tool needs an HTTP request.");

    [McpServerTool(Name = "create_movie", Destructive = false, OpenWorld = false)]
    [Description("Makes a movie from a screenplay: creates a project and starts every step. Answers with the run; follow it with get_run until its status is completed, then get_movie_links.")]
    public async Task<RunJson> CreateMovie(
        [Description("The screenplay in Fountain or plain screenplay text.")] string script,
        [Description("The movie's title.")] string title,
        [Description("16:9 (default), 9:16 or 1:1.")] string? aspect = null,
        [Description("Your own reference for this movie, to find its runs later.")] string? externalRef = null,
        [Description("Stop making clips once they would cost more than this many US dollars.")] double? maxCostUsd = null,
        [Description("Any unique string; the same key and arguments return the same run instead of making a second.")] string? idempotencyKey = null,
        CancellationToken ct = default) => await Guarded(ApiScopes.RunsWrite, async user =>
    {
        var body = RunRequest.FromFields(new CreateRunRequest(title, script, aspect, null, maxCostUsd, externalRef, null),
            Http.RequestServices.GetRequiredService<ProviderSettings>());
        return (await RunsApi.CreateAsync(Http.RequestServices, user, body, idempotencyKey, hookUrl: null, ct)).Run;
    });

    [McpServerTool(Name = "get_run", ReadOnly = true)]
    [Description("A run's status (queued, running, completed, completed_with_errors, failed, cancelled), progress, phases, scenes, cost so far, and the message of every failure.")]
    public Task<RunJson> GetRun([Description("The run id create_movie answered with.")] string runId, CancellationToken ct = default) =>
        Guarded(ApiScopes.RunsRead, user => RunsApi.ViewAsync(Http.RequestServices.GetRequiredService<RunViews>(), runId, user, ct));

    [McpServerTool(Name = "list_projects", ReadOnly = true)]
    [Description("Your projects, newest first, with their status and scene count.")]
    public Task<List<ProjectResponse>> ListProjects(CancellationToken ct = default) =>
        Guarded(ApiScopes.RunsRead, user => ProjectEndpoints.ListAsync(Http.RequestServices.GetRequiredService<AppDb>(),
            Http.RequestServices.GetRequiredService<IProjectSummaries>(), user, ct));

    [McpServerTool(Name = "get_movie_links", ReadOnly = true)]
    [Description("Links to a finished run's MP4, subtitles and manifest that download without signing in until they expire; call again for fresh ones.")]
    public Task<RunMediaJson> GetMovieLinks([Description("The run id.")] string runId, CancellationToken ct = default) =>
        Guarded(ApiScopes.MediaRead, async user =>
        {
            var media = await RunsApi.MediaAsync(Http.RequestServices, runId, user, ct);
            // An assistant hands the link on to a person or a tool that knows no base URL: make it absolute.
            MediaLink? Absolute(MediaLink? l) => l is null ? null : l with { Url = $"{Http.Request.Scheme}://{Http.Request.Host}{Http.Request.PathBase}{l.Url}" };
            return media with { Movie = Absolute(media.Movie), SubtitlesVtt = Absolute(media.SubtitlesVtt), SubtitlesSrt = Absolute(media.SubtitlesSrt), Manifest = Absolute(media.Manifest) };
        });

    [McpServerTool(Name = "quote", ReadOnly = true)]
    [Description("What the clips of a project not yet made would cost, per scene and in total, and what was spent so far (US dollars).")]
    public Task<ProjectQuote> Quote([Description("The project id (projectId of a run, or from list_projects).")] int projectId, CancellationToken ct = default) =>
        Guarded(ApiScopes.RunsRead, async user =>
        {
            await Http.RequestServices.GetRequiredService<AppDb>().FindOwnedAsync(projectId, user, ct);
            return await Http.RequestServices.GetRequiredService<CostQuote>().QuoteAsync(projectId, ct);
        });

    /// <summary>The scope check the REST route gets from <see cref="TokenScopeGuard"/>, and our sentences as the tool's error.</summary>
    private async Task<T> Guarded<T>(string scope, Func<int, Task<T>> work)
    {
        var user = Http.User;
        if (user.Identity?.AuthenticationType is ApiTokenAuthentication.SchemeName or SharedAccounts.SchemeName
            && !user.HasClaim(ApiTokenAuthentication.ScopeClaim, scope))
            throw new McpException($"This API token is not allowed to do that: it needs the \"{scope}\" scope.");
        try { return await work(user.Id()); }
        catch (ApiProblem problem) { throw new McpException(problem.Message); }
    }
}
