using ScriptToMovie.App.Pipeline;

namespace ScriptToMovie.App.Providers;

/// <summary>
/// Which analyser writes the descriptions: ANALYZER=rules or ANALYZER=anthropic; when ANALYZER is
/// unset, Claude is used if ANTHROPIC_API_KEY is set, the offline rules otherwise.
/// </summary>
public static class AnalyzerChoice
{
    public const string Rules = "rules";
    public const string Anthropic = "anthropic";

    public static string From(IConfiguration config)
    {
        var chosen = config["ANALYZER"]?.Trim().ToLowerInvariant();
        return chosen switch
        {
            null or "" => string.IsNullOrWhiteSpace(config["ANTHROPIC_API_KEY"]) ? Rules : Anthropic,
            "rules" or "rule-based" or "rulebased" or "offline" or "local" => Rules,
            "anthropic" or "claude" => Anthropic,
            _ => throw new StepFailedException($"ANALYZER is set to \"{chosen}\", which isn't an analyser. Use \"rules\" (offline) or \"anthropic\" (Claude)."),
        };
    }
}
