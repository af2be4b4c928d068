using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Providers;

/// <summary>
/// Who does the work: the analyser, the clips' and the pictures' providers. Spending money always takes an explicit
/// choice: Kling makes clips only when VIDEO_PROVIDER says so, or when MOCK_VIDEO is explicitly false and a Kling key
/// is present; Kling keys alone never switch paid pictures on.
/// </summary>
public sealed record ProviderSettings
{
    [Setting("ANALYZER", "rules (offline default) or anthropic. Unset + ANTHROPIC_API_KEY set = anthropic.")]
    public string? AnalyzerSetting { get; init; }

    [Setting("VIDEO_PROVIDER", "animatic (default), mock or kling. MOCK_VIDEO=true forces mock.")]
    public string? VideoSetting { get; init; }

    [Setting("MOCK_VIDEO", "true forces the mock clips; false with a Kling key set means kling (the seed's flag).")]
    public bool? MockVideo { get; init; }

    [Setting("MOCK_VIDEO_FAIL_SCENES", "Scenes whose mock clips fail during a run (to see and test the error states), e.g. 2,5")]
    public IReadOnlyList<int> MockVideoFailScenes { get; init; } = [];

    [Setting("IMAGE_PROVIDER", "Who makes the storyboard pictures: painted (drawn here, offline; the default) or kling (paid, needs the Kling keys).")]
    public string? ImageSetting { get; init; }

    /// <summary>Whether a Kling key (KLING_API_KEY or KLING_API_TOKEN) is configured: the seed's MOCK_VIDEO=false switch needs one.</summary>
    public bool HasKlingKey { get; init; }

    /// <summary>Whether ANTHROPIC_API_KEY is configured: with no ANALYZER, a key means Claude reads the script.</summary>
    public bool HasAnthropicKey { get; init; }

    /// <summary>The analyser's registered name; a word that names none stops the parse with a sentence.</summary>
    public string Analyzer => AnalyzerSetting is null
        ? (HasAnthropicKey ? AnalyzerChoice.Anthropic : AnalyzerChoice.Rules)
        : AnalyzerChoice.Normalize(AnalyzerSetting)
          ?? throw new StepFailedException($"ANALYZER is set to \"{AnalyzerSetting}\", which isn't an analyser. Use \"rules\" (offline) or \"anthropic\" (Claude).");

    public string Video
    {
        get
        {
            if (VideoSetting is not null) return VideoSetting.ToLowerInvariant();
            if (MockVideo == true) return VideoProviders.Mock;
            return MockVideo == false && HasKlingKey ? VideoProviders.Kling : VideoProviders.Animatic;
        }
    }

    public string Image => ImageSetting?.ToLowerInvariant() ?? ImageProviders.Painted;

    /// <summary>Names that choose nothing, as sentences for the start-up check.</summary>
    public IEnumerable<string> Problems()
    {
        if (AnalyzerSetting is not null && AnalyzerChoice.Normalize(AnalyzerSetting) is null)
            yield return $"ANALYZER must be rules or anthropic; got '{AnalyzerSetting}'.";
        if (VideoSetting is not null && !VideoProviders.All.Contains(Video))
            yield return $"VIDEO_PROVIDER must be one of {string.Join(", ", VideoProviders.All)}; got '{VideoSetting}'.";
        if (ImageSetting is not null && !ImageProviders.All.Contains(Image))
            yield return $"IMAGE_PROVIDER must be one of {string.Join(", ", ImageProviders.All)}; got '{ImageSetting}'.";
    }

    public static ProviderSettings From(IConfiguration c)
    {
        var problems = new List<string>();
        var bound = From(c, problems);
        return problems.Count == 0 ? bound : throw new InvalidSettingsException(problems);
    }

    public static ProviderSettings From(IConfiguration c, List<string> problems) =>
        SettingsBinder.Bind<ProviderSettings>(c, problems) with
        {
            // Only whether a key is present, not the key: the key itself is the provider's own setting.
            HasKlingKey = !string.IsNullOrWhiteSpace(c["KLING_API_KEY"]) || !string.IsNullOrWhiteSpace(c["KLING_API_TOKEN"]),
            HasAnthropicKey = !string.IsNullOrWhiteSpace(c["ANTHROPIC_API_KEY"]),
        };
}
