using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Steps.Voices;

public sealed class VoicesModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => new ProcessRunner());
        services.AddScoped<IPipelineStep, VoicesStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => VoicePreviewEndpoint.Map(app);
}
