using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.App.Cost;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Providers.Animatic;
using ScriptToMovie.App.Providers.Anthropic;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.App.Providers.Mock;
using ScriptToMovie.App.Providers.Painted;
using ScriptToMovie.App.Providers.RuleBased;
using ScriptToMovie.App.Steps.Assemble;
using ScriptToMovie.App.Steps.Cast;
using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Steps.Parse;
using ScriptToMovie.App.Steps.Prompts;
using ScriptToMovie.App.Steps.Storyboard;
using ScriptToMovie.App.Steps.Trailer;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Health;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Speech;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Hosting;

/// <summary>
/// The composition root: every service of the app, written out so a reader sees the whole house in one file.
/// The web app, the worker and the CLI all start from here; nothing is found by scanning assemblies.
/// </summary>
public static class AppServices
{
    /// <summary>Services every process needs: settings, clock, database, storage, the steps and their providers.</summary>
    public static IServiceCollection AddAppServices(this IServiceCollection services, string environmentName)
    {
        services.AddSettings(environmentName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddAppDatabase();
        services.AddSingleton<IMediaStorage>(MediaStorageFor);
        // Temporary media files live under DATA_DIR/work (swept of dead processes' folders when claimed), not in /tmp.
        services.TryAddSingleton(sp => new ProcessRunner(work: WorkFolder.Claim(Path.Combine(sp.GetRequiredService<AppSettings>().DataDirectory, "work"))));
        services.AddHostedService<WorkFolderAtStart>();
        services.TryAddSingleton(sp => new InstalledVoices(sp.GetRequiredService<ProcessRunner>()));
        services.AddSingleton<IReadinessCheck, Data.DatabaseReadiness>();
        services.AddSingleton<IReadinessCheck, StorageReadiness>();
        services.AddSingleton<IReadinessCheck, MediaToolsReadiness>();
        services.AddPipelineSteps();
        services.AddAnalyzers();
        services.AddVideoProviders();
        services.AddImageProviders();
        services.AddKling();
        services.AddScoped<CostQuote>();
        return services;
    }

    /// <summary>The bucket when STORAGE/S3_BUCKET choose it (its ffmpeg cache in this process's work folder), else the media folder.</summary>
    private static IMediaStorage MediaStorageFor(IServiceProvider sp)
    {
        var settings = sp.GetRequiredService<StorageSettings>();
        if (!settings.UsesS3) return new LocalMediaStorage(sp.GetRequiredService<AppSettings>().MediaDirectory);
        var cache = Path.Combine(sp.GetRequiredService<ProcessRunner>().Work.Root, "s3-cache");
        return new S3MediaStorage(S3ClientFactory.Create(settings), settings.S3Bucket!, cache, settings.S3PresignLifetime,
            S3ClientFactory.CreatePresigner(settings));
    }

    /// <summary>One implementation per step of <see cref="PipelineOrder"/>, in its order.</summary>
    public static IServiceCollection AddPipelineSteps(this IServiceCollection services)
    {
        services.AddScoped<IPipelineStep, ParseStep>();
        services.AddScoped<IPipelineStep, TrailerStep>();
        services.AddScoped<IPipelineStep, CastStep>();
        services.AddScoped<IPipelineStep, StoryboardStep>();
        services.AddScoped<IPipelineStep, PromptsStep>();
        services.AddScoped<IPipelineStep, VoicesStep>();
        services.AddScoped<IPipelineStep, ClipsStep>();
        services.AddScoped<IPipelineStep, AssembleStep>();
        return services;
    }

    /// <summary>Who reads the script: the rule-based analyser offline, Claude when configured.</summary>
    public static IServiceCollection AddAnalyzers(this IServiceCollection services)
    {
        services.AddKeyedScoped<IScriptAnalyzer, RuleBasedAnalyzer>(AnalyzerChoice.Rules);
        services.AddKeyedScoped<IScriptAnalyzer, ClaudeAnalyzer>(AnalyzerChoice.Anthropic);
        return services;
    }

    /// <summary>Who makes the clips, by the name the clips step asks for (<see cref="VideoProviders"/>).</summary>
    public static IServiceCollection AddVideoProviders(this IServiceCollection services)
    {
        services.AddKeyedScoped<IVideoProvider, AnimaticVideoProvider>(VideoProviders.Animatic);
        services.AddKeyedScoped<IVideoProvider, MockVideoProvider>(VideoProviders.Mock);
        services.AddKeyedScoped<IVideoProvider, KlingVideoProvider>(VideoProviders.Kling);
        return services;
    }

    /// <summary>Who makes the storyboard pictures, by the name the storyboard step asks for (<see cref="ImageProviders"/>).</summary>
    public static IServiceCollection AddImageProviders(this IServiceCollection services)
    {
        services.AddKeyedSingleton<IImageProvider, PaintedImageProvider>(ImageProviders.Painted);
        services.AddKeyedScoped<IImageProvider, KlingImageProvider>(ImageProviders.Kling);
        return services;
    }

    /// <summary>Kling's client, token, resilience, budget and ledger, shared by its video and image providers.</summary>
    public static IServiceCollection AddKling(this IServiceCollection services)
    {
        services.AddSingleton<KlingToken>();
        services.AddSingleton(sp => new KlingResilience(sp.GetRequiredService<KlingSettings>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<KlingBudget>();
        services.AddSingleton<KlingLedger>();
        services.AddSingleton<KlingInFlight>();
        // Timeouts are per attempt, inside the resilience pipeline; the client itself never gives up on its own.
        services.AddHttpClient<KlingClient>(c => c.Timeout = Timeout.InfiniteTimeSpan);
        services.AddScoped<KlingImageClient>();
        services.AddScoped<KlingGeneralTasks>();
        services.AddKeyedScoped<ICastSheetMaker, KlingCastMaker>(VideoProviders.Kling);
        return services;
    }
}
