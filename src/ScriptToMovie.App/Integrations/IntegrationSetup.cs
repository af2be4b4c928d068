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
        return services;
    }
}
