namespace ScriptToMovie.App.Hosting;

/// <summary>
/// An area that registers its own services (a step, a provider). Found by reflection at start-up, so
/// adding a step or a provider touches only its own folder.
/// </summary>
public interface IAppModule
{
    void Register(IServiceCollection services, IConfiguration configuration);
}

public static class AppModuleDiscovery
{
    public static IServiceCollection AddAppModules(this IServiceCollection services, IConfiguration configuration)
    {
        var modules = typeof(IAppModule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAppModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in modules)
            ((IAppModule)Activator.CreateInstance(type)!).Register(services, configuration);
        return services;
    }
}
