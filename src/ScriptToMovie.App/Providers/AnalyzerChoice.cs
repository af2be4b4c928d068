namespace ScriptToMovie.App.Providers;

/// <summary>The names the analysers are registered under (ANALYZER=rules or ANALYZER=anthropic).</summary>
public static class AnalyzerChoice
{
    public const string Rules = "rules";
    public const string Anthropic = "anthropic";

    /// <summary>The analyser a user's word for it means, or null when it names none.</summary>
    public static string? Normalize(string? chosen) => chosen?.Trim().ToLowerInvariant() switch
    {
        "rules" or "rule" or "rule-based" or "rulebased" or "offline" or "local" => Rules,
        "anthropic" or "claude" => Anthropic,
        _ => null,
    };
}
