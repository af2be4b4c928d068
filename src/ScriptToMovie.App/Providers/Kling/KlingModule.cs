using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>Registers the Kling video provider ("kling"), its image client, the price quote and the budget.</summary>
public sealed class KlingModule : IAppModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => KlingSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => new ProcessRunner());
        services.AddSingleton<KlingToken>();
        services.AddSingleton(sp => new KlingResilience(sp.GetRequiredService<KlingSettings>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<KlingBudget>();
        services.AddSingleton<KlingLedger>();
        services.AddSingleton<KlingInFlight>();
        // Timeouts are per attempt, inside the resilience pipeline; the client itself never gives up on its own.
        services.AddHttpClient<KlingClient>(c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddScoped<KlingImageClient>();
        services.AddScoped<CostQuote>();
        services.AddKeyedScoped<IVideoProvider, KlingVideoProvider>("kling");
        services.AddKeyedScoped<IImageProvider, KlingImageProvider>("kling");
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapCost();
}
