using ScriptToMovie.Analysis;

namespace ScriptToMovie.App.Providers.RuleBased;

/// <summary>The offline analyser (ANALYZER=rules): the analysis library's rules, no network.</summary>
public sealed class RuleBasedAnalyzer : IScriptAnalyzer
{
    public string Name => AnalyzerChoice.Rules;

    public async Task<ScriptDescriptions> DescribeAsync(ScriptBreakdown script, AnalysisProgress progress, CancellationToken ct)
    {
        var descriptions = RuleBasedAnalysis.Describe(script, ct);
        await progress(100, $"Described {script.Scenes.Count} scenes");
        return descriptions;
    }
}
