using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;

namespace ScriptToMovie.App.Steps.Storyboard;

public sealed class StoryboardModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddScoped<IPipelineStep, StoryboardStep>();
}
