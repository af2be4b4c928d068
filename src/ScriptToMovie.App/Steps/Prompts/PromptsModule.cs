using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;

namespace ScriptToMovie.App.Steps.Prompts;

public sealed class PromptsModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IPipelineStep, PromptsStep>();
}
