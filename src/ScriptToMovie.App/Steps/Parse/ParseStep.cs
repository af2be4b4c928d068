using Microsoft.EntityFrameworkCore;
using ScriptToMovie.Analysis;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Steps.Parse;

/// <summary>
/// Phase 1: turns the project's script into scenes, characters and settings. The parser decides the
/// structure (and the dialogue lines and title page later steps read); the configured analyser writes the
/// descriptions; everything is stored in one transaction.
/// </summary>
public sealed class ParseStep(ProviderSettings providers, TimeProvider clock) : IPipelineStep
{
    public const string NoCompleteScene = "Your script needs at least one complete scene to generate a movie. Check that it follows standard screenplay format.";

    public StepDefinition Definition => PipelineOrder.Parse;

    public async Task RunAsync(StepContext ctx, CancellationToken ct)
    {
        var script = await ctx.Db.Projects.Where(p => p.Id == ctx.ProjectId).Select(p => p.ScriptContent).SingleAsync(ct);
        await ctx.ReportAsync(5, "Reading the script");
        var doc = ScreenplayReader.ReadText(script);
        if (!doc.Scenes.Any(ScriptBreakdown.IsComplete)) throw new StepFailedException(NoCompleteScene);

        var breakdown = ScriptBreakdown.From(doc);
        var found = $"{Count(breakdown.Scenes.Count, "scene")}, {Count(breakdown.Cast.Count, "character")} and {Count(breakdown.Settings.Count, "setting")}";
        await ctx.ReportAsync(15, $"Found {found}; writing descriptions");

        var analyzer = ctx.Services.GetRequiredKeyedService<IScriptAnalyzer>(providers.Analyzer);
        var descriptions = await analyzer.DescribeAsync(breakdown, (percent, message) => ctx.ReportAsync(15 + Math.Clamp(percent, 0, 100) * 75 / 100, message), ct);
        ctx.Notes.AddRange(descriptions.Notes);

        await ctx.ReportAsync(92, "Saving scenes, characters and settings");
        await AnalysisStore.ReplaceAsync(ctx.Db, ctx.ProjectId, breakdown, descriptions, clock.GetUtcNow().UtcDateTime, ct);
        await ctx.ReportAsync(100, $"Analysed {found}");
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
