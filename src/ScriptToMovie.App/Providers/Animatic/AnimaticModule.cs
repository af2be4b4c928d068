using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Providers.Animatic;

public sealed class AnimaticModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => new ProcessRunner());
        services.AddKeyedScoped<IVideoProvider, AnimaticVideoProvider>("animatic");
    }
}
