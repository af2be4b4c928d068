namespace ScriptToMovie.App.Projects;

/// <summary>
/// Told when a user changes a project's content (a scene, its cast or lines, a character, a setting, the order),
/// so whatever this process keeps about the project (the shared status document) is rebuilt on the next read
/// instead of up to one events poll later. Declared here and implemented in Pipeline/, as <see cref="IProjectSummaries"/>.
/// </summary>
public interface IProjectChanges
{
    void Changed(int projectId);
}

/// <summary>A project group's edits (every successful write under <c>{id}</c>) tell <see cref="IProjectChanges"/>.</summary>
public static class ProjectChangeFilter
{
    public static TBuilder TellsProjectChanges<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
                && http.Request.RouteValues.TryGetValue("id", out var raw) && int.TryParse(raw?.ToString(), out var id)
                && http.RequestServices.GetService<IProjectChanges>() is { } changes)
                changes.Changed(id);
            return result;
        });
}
