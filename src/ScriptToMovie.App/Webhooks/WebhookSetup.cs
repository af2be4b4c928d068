using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ScriptToMovie.App.Webhooks;

public static class WebhookSetup
{
    /// <summary>The delivery worker, in every process that runs pipeline work (worker, serve without --no-worker).</summary>
    public static IServiceCollection AddWebhookDelivery(this IServiceCollection services)
    {
        services.AddWebhookServices();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }

    /// <summary>What the API needs to check a URL at registration.</summary>
    public static IServiceCollection AddWebhookServices(this IServiceCollection services)
    {
        services.TryAddSingleton<IWebhookResolver, DnsWebhookResolver>();
        return services;
    }
}
