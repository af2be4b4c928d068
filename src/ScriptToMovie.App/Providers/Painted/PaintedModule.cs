using ScriptToMovie.App.Hosting;

namespace ScriptToMovie.App.Providers.Painted;

public sealed class PaintedModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddKeyedSingleton<IImageProvider, PaintedImageProvider>(PaintedImageProvider.ProviderName);
}
