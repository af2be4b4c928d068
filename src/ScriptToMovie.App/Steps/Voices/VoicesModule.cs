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
        // Modules are registered once per process; the endpoint list is static, so add it only once.
        lock (AppModules.Endpoints)
            if (!AppModules.Endpoints.Contains(VoicePreviewEndpoint.Map))
                AppModules.Endpoints.Add(VoicePreviewEndpoint.Map);
    }
}
