using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Steps.Trailer;

public sealed class TrailerModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => new ProcessRunner());
        services.AddScoped<IPipelineStep, TrailerStep>();
    }
}
