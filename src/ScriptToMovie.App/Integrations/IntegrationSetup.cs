using ScriptToMovie.App.Accounts;

namespace ScriptToMovie.App.Integrations;

public static class IntegrationSetup
{
    public static IServiceCollection AddIntegrations(this IServiceCollection services)
    {
        services.AddSingleton<SignedLocalMediaLinks>();
        // S3 storage answers with presigned URLs here instead; until then every store is served through signed local links.
        services.AddSingleton<IMediaLinks>(sp => sp.GetRequiredService<SignedLocalMediaLinks>());
        services.AddScoped<IdempotencyKeys>();
        services.AddScoped<RunViews>();
        services.AddHttpContextAccessor();
        // Stateless: every MCP call is one HTTP request with its own token, so any server of several can answer it.
        services.AddMcpServer(o => o.ServerInfo = new() { Name = "Script-to-Movie", Version = "1" })
            .WithHttpTransport(o => o.Stateless = true)
            .WithTools<McpTools>();
        return services;
    }

    /// <summary>/mcp for AI assistants: signed-in callers only; each tool checks an API token's scope itself.</summary>
    public static void MapMcpEndpoint(this IEndpointRouteBuilder app) =>
        app.MapMcp("/mcp").RequireAuthorization().WithMetadata(new ScopesCheckedPerCall()).ExcludeFromDescription();
}
