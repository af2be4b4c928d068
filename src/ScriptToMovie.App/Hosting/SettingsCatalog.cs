using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Integrations;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Providers.Anthropic;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Steps.Assemble;
using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Steps.Storyboard;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Telemetry;

namespace ScriptToMovie.App.Hosting;

/// <summary>
/// Every settings class, one per area, bound once from configuration and registered as a singleton. The start-up
/// check binds them all before anything else runs and refuses the start listing every bad key at once;
/// .env.example is tested against <see cref="Types"/> so the two never drift.
/// </summary>
public static class SettingsCatalog
{
    public static readonly IReadOnlyList<Type> Types =
    [
        typeof(AppSettings), typeof(PipelineSettings), typeof(ProviderSettings), typeof(AnthropicSettings),
        typeof(FrameSettings), typeof(ClipSettings), typeof(AssembleSettings), typeof(KlingSettings),
        typeof(StorageSettings), typeof(AccountSettings), typeof(EdgeSettings), typeof(IntegrationSettings),
        typeof(TelemetrySettings),
        typeof(Webhooks.WebhookSettings),
        typeof(SharedAccountSettings),
    ];

    public static IServiceCollection AddSettings(this IServiceCollection services, string environmentName)
    {
        services.AddSingleton(sp => AppSettings.From(Config(sp), environmentName));
        services.AddSingleton(sp => PipelineSettings.From(Config(sp)));
        services.AddSingleton(sp => ProviderSettings.From(Config(sp)));
        services.AddSingleton(sp => AnthropicSettings.From(Config(sp)));
        services.AddSingleton(sp => FrameSettings.From(Config(sp)));
        services.AddSingleton(sp => ClipSettings.From(Config(sp)));
        services.AddSingleton(sp => AssembleSettings.From(Config(sp)));
        services.AddSingleton(sp => KlingSettings.From(Config(sp)));
        services.AddSingleton(sp => StorageSettings.From(Config(sp)));
        services.AddSingleton(sp => AccountSettings.From(Config(sp)));
        services.AddSingleton(sp => EdgeSettings.From(Config(sp)));
        services.AddSingleton(sp => IntegrationSettings.From(Config(sp)));
        services.AddSingleton(sp => TelemetrySettings.From(Config(sp)));
        services.AddSingleton(sp => Webhooks.WebhookSettings.From(Config(sp)));
        services.AddSingleton(sp => SharedAccountSettings.From(Config(sp)));
        return services;
    }

    /// <summary>Every problem of the configuration, as sentences naming their keys; empty when the app may start.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration c, string environmentName)
    {
        var problems = new List<string>();
        var app = SettingsBinder.Bind<AppSettings>(c, problems);
        if (app.DatabaseSslCa is { Length: > 0 } ca && !File.Exists(ca))
            problems.Add($"DATABASE_SSL_CA names {ca}, which does not exist.");
        SettingsBinder.Bind<PipelineSettings>(c, problems);
        SettingsBinder.Bind<AnthropicSettings>(c, problems);
        SettingsBinder.Bind<FrameSettings>(c, problems);
        SettingsBinder.Bind<ClipSettings>(c, problems);
        SettingsBinder.Bind<AssembleSettings>(c, problems);
        var storage = SettingsBinder.Bind<StorageSettings>(c, problems);
        problems.AddRange(storage.Problems());
        if (DeployedProfile.Applies(environmentName)) problems.AddRange(DeployedProfile.Problems(environmentName, app, storage));
        SettingsBinder.Bind<AccountSettings>(c, problems);
        SettingsBinder.Bind<IntegrationSettings>(c, problems);
        problems.AddRange(SettingsBinder.Bind<TelemetrySettings>(c, problems).Problems());
        problems.AddRange(SettingsBinder.Bind<Webhooks.WebhookSettings>(c, problems).Problems());
        problems.AddRange(SettingsBinder.Bind<SharedAccountSettings>(c, problems).Problems());
        problems.AddRange(SettingsBinder.Bind<EdgeSettings>(c, problems).Problems());
        var providers = ProviderSettings.From(c, problems);
        var kling = KlingSettings.From(c, problems);
        problems.AddRange(providers.Problems());

        // A provider chosen with keys it cannot use would fail every scene in turn; stop before the first step.
        if (providers.Video == VideoProviders.Kling) problems.AddRange(kling.ProblemsWhenChosen("VIDEO_PROVIDER"));
        if (providers.Image == ImageProviders.Kling && providers.Video != VideoProviders.Kling)
            problems.AddRange(kling.ProblemsWhenChosen("IMAGE_PROVIDER"));
        if (providers.AnalyzerSetting is not null && AnalyzerChoice.Normalize(providers.AnalyzerSetting) == AnalyzerChoice.Anthropic
            && SettingsBinder.Bind<AnthropicSettings>(c, []).ApiKey is null)
            problems.Add(ClaudeAnalyzer.KeyMissing);
        return problems.Distinct().ToList();
    }

    /// <summary>Throws <see cref="InvalidSettingsException"/> listing every problem; the commands turn it into exit code 78.</summary>
    public static void Check(IConfiguration c, string environmentName)
    {
        var problems = Problems(c, environmentName);
        if (problems.Count > 0) throw new InvalidSettingsException(problems);
    }

    private static IConfiguration Config(IServiceProvider sp) => sp.GetRequiredService<IConfiguration>();
}
