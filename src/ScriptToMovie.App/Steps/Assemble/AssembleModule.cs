using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Steps.Assemble;

public sealed class AssembleModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => new ProcessRunner());
        services.AddScoped<IPipelineStep, AssembleStep>();
    }
}
