using ScriptToMovie.Analysis;

namespace ScriptToMovie.App.Providers;

/// <summary>
/// Writes the words of an analysis: scene titles and descriptions, how characters look, what settings
/// look like. The structure (which scenes, who is in them, which setting) is the parser's, handed in as
/// a <see cref="ScriptBreakdown"/>, so an analyser can never lose or invent a scene.
/// </summary>
public interface IScriptAnalyzer
{
    /// <summary>Short name for the status message and logs ("rules", "anthropic").</summary>
    string Name { get; }

    Task<ScriptDescriptions> DescribeAsync(ScriptBreakdown script, AnalysisProgress progress, CancellationToken ct);
}

/// <summary>Reports how far an analyser got (0–100 of its own share) with a human sentence.</summary>
public delegate Task AnalysisProgress(int percent, string message);
