using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Hosting;

/// <summary>
/// The areas the host is made of. Later areas (pipeline, steps, providers) add themselves here,
/// so Program, the web app, the worker and the CLI all get the same services.
/// </summary>
public static partial class AppModules
{
    /// <summary>Services every process needs: settings, database, storage.</summary>
    public static IServiceCollection AddAppCore(this IServiceCollection services, IConfiguration configuration, string environmentName)
    {
        services.AddSingleton(sp => AppSettings.From(sp.GetRequiredService<IConfiguration>(), environmentName));
        services.AddSingleton(TimeProvider.System);
        services.AddAppDatabase();
        services.AddSingleton<IMediaStorage>(sp => new LocalMediaStorage(sp.GetRequiredService<AppSettings>().MediaDirectory));
        services.AddAppModules(configuration);
        return services;
    }
}
