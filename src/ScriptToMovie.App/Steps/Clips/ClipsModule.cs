using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Steps.Clips;

public sealed class ClipsModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => new ProcessRunner());
        services.AddScoped<ClipsStep>();
        services.AddScoped<IPipelineStep>(sp => sp.GetRequiredService<ClipsStep>());
    }
}
