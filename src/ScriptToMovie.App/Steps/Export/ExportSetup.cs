using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Steps.Export;

public static class ExportSetup
{
    /// <summary>The export step's services, for the web app and the CLI alike.</summary>
    public static IServiceCollection AddExport(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new ProcessRunner());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ExportStep>();
        return services;
    }
}
