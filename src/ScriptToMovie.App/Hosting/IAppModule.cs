namespace ScriptToMovie.App.Hosting;

/// <summary>
/// An area that registers its own services (a step, a provider) and, in the web app, its own endpoints. Found
/// by reflection at start-up, so adding a step or a provider touches only its own folder.
/// </summary>
public interface IAppModule
{
    void Register(IServiceCollection services, IConfiguration configuration);

    /// <summary>The area's HTTP endpoints; called once by each web host that registered the module.</summary>
    void MapEndpoints(IEndpointRouteBuilder app) { }
}

public static class AppModuleDiscovery
{
    public static IServiceCollection AddAppModules(this IServiceCollection services, IConfiguration configuration)
    {
        var modules = typeof(IAppModule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAppModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in modules)
        {
            var module = (IAppModule)Activator.CreateInstance(type)!;
            module.Register(services, configuration);
            // Kept per host, so a host maps exactly the endpoints of the modules it registered, in this order.
            services.AddSingleton(module);
        }
        return services;
    }
}
