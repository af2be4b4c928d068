using ScriptToMovie.App.Hosting;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.Architecture.Tests;

/// <summary>Who may depend on whom (docs/decisions/0008-architecture-rules.md), checked over the compiled app.</summary>
public class ArchitectureTests
{
    private const string App = "ScriptToMovie.App";

    private static readonly Lazy<DependencyGraph> Ours = new(() => DependencyGraph.Of(
        typeof(AppServices).Assembly, typeof(ProcessRunner).Assembly, typeof(ScreenplayReader).Assembly,
        typeof(ScriptToMovie.Analysis.RuleBasedAnalysis).Assembly));

    private static void AssertNone(IEnumerable<Dependency> violations, string rule)
    {
        var list = violations.Select(v => v.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(list.Count == 0, $"{rule}:\n  " + string.Join("\n  ", list.Take(30)));
    }

    [Fact]
    public void No_step_uses_another_steps_folder() =>
        AssertNone(ArchitectureRules.StepsUsingOtherSteps(Ours.Value, App), "A step uses another step");

    [Fact]
    public void No_step_uses_the_composition_root_the_cli_or_a_concrete_provider() =>
        AssertNone(ArchitectureRules.StepsUsingHostingOrConcreteProviders(Ours.Value, App), "A step uses Hosting, Cli or a concrete provider");

    [Fact]
    public void Only_the_media_librarys_processes_folder_starts_processes() =>
        AssertNone(ArchitectureRules.ProcessesStartedOutsideMediaProcesses(Ours.Value, typeof(ProcessRunner).Namespace!),
            "A process is started outside ScriptToMovie.Media.Processes");

    [Fact]
    public void Only_the_pipeline_knows_hangfire() =>
        AssertNone(ArchitectureRules.HangfireUsedOutsidePipeline(Ours.Value, App), "Hangfire is used outside Pipeline");

    [Fact]
    public void The_libraries_use_nothing_of_ours_but_the_analyser_the_screenplay_model()
    {
        AssertNone(ArchitectureRules.LibraryReachingOut(Ours.Value, "ScriptToMovie.Screenplay", "ScriptToMovie"), "Screenplay reaches out");
        AssertNone(ArchitectureRules.LibraryReachingOut(Ours.Value, "ScriptToMovie.Media", "ScriptToMovie"), "Media reaches out");
        AssertNone(ArchitectureRules.LibraryReachingOut(Ours.Value, "ScriptToMovie.Analysis", "ScriptToMovie", "ScriptToMovie.Screenplay"),
            "Analysis uses more of ours than the screenplay model");
    }

    [Fact]
    public void The_apps_areas_use_each_other_without_cycles()
    {
        var cycles = ArchitectureRules.AreaCycles(Ours.Value, App);
        Assert.True(cycles.Count == 0, "Areas in a cycle:\n" + string.Join("\n", cycles.Select(c => "  " + string.Join("; ", c))));
    }
}
