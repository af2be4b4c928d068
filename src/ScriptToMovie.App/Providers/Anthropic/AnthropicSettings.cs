using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Providers.Anthropic;

/// <summary>The Claude settings, under the seed's .env names.</summary>
public sealed record AnthropicSettings
{
    public const string DefaultModel = "claude-sonnet-4-20250514";

    [Setting("ANTHROPIC_API_KEY", "Claude API key (console.anthropic.com → API Keys).", Secret = true)]
    public string? ApiKey { get; init; }

    [Setting("ANTHROPIC_MODEL", "The Claude model that reads the script.")]
    public string Model { get; init; } = DefaultModel;

    [Setting("ANTHROPIC_BASE_URL", "Anthropic's API address (the fake in tests).")]
    public string? BaseUrl { get; init; }

    // About a dozen scenes keep an answer well under the output limit even for talky scenes.
    [Setting("ANTHROPIC_BATCH_SCENES", "Scenes per Claude request.")]
    [Range(1, 200)]
    public int BatchScenes { get; init; } = 12;

    [Setting("ANTHROPIC_BATCH_CHARS", "Script characters per Claude request.")]
    [Range(1_001, 1_000_000)]
    public int BatchCharacters { get; init; } = 30_000;

    [Setting("ANTHROPIC_RETRY_BASE_MS", "First retry delay of a failed request, in milliseconds.", Unit = TimeUnit.Milliseconds)]
    [Range(0, 600_000)]
    public TimeSpan RetryBase { get; init; } = TimeSpan.FromSeconds(2);

    [Setting("ANTHROPIC_ATTEMPTS", "Attempts per Claude request.")]
    [Range(1, 20)]
    public int Attempts { get; init; } = 4;

    public static AnthropicSettings From(IConfiguration c) => SettingsBinder.Bind<AnthropicSettings>(c);
}
