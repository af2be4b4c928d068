namespace ScriptToMovie.Architecture.Tests;

/// <summary>Each rule finds the break planted for it in BrokenOnPurpose/, so a rule that looks at nothing cannot pass.</summary>
public class RulesBrokenOnPurposeTests
{
    private const string Root = "ScriptToMovie.Architecture.Tests.BrokenOnPurpose";

    private static readonly Lazy<DependencyGraph> Sample = new(() => DependencyGraph.Of(typeof(RulesBrokenOnPurposeTests).Assembly));

    private static List<string> Types(IEnumerable<Dependency> violations) =>
        violations.Select(v => $"{Short(v.FromType)} -> {Short(v.ToType)}").Distinct().Order(StringComparer.Ordinal).ToList();

    private static string Short(string type) => type.StartsWith(Root + ".") ? type[(Root.Length + 1)..] : type;

    [Fact]
    public void A_step_using_another_step_is_found() =>
        Assert.Contains("Steps.Clips.ClipsStep -> Steps.Voices.VoicesStep", Types(ArchitectureRules.StepsUsingOtherSteps(Sample.Value, Root)));

    [Fact]
    public void A_step_using_the_composition_root_or_a_concrete_provider_is_found()
    {
        var found = Types(ArchitectureRules.StepsUsingHostingOrConcreteProviders(Sample.Value, Root));
        Assert.Contains("Steps.Voices.VoicesStep -> Hosting.Composition", found);
        Assert.Contains("Steps.Voices.VoicesStep -> Providers.Kling.KlingClient", found);
        Assert.DoesNotContain(found, f => f.EndsWith("-> Providers.IVideoProvider"));
    }

    [Fact]
    public void A_process_started_outside_media_processes_is_found()
    {
        var found = Types(ArchitectureRules.ProcessesStartedOutsideMediaProcesses(Sample.Value, "ScriptToMovie.Media.Processes"));
        Assert.Contains("Accounts.Login -> System.Diagnostics.Process", found);
        Assert.Contains(found, f => f.StartsWith("Accounts.Login -> CliWrap."));
    }

    [Fact]
    public void Hangfire_outside_the_pipeline_is_found() =>
        Assert.Contains(Types(ArchitectureRules.HangfireUsedOutsidePipeline(Sample.Value, Root)), f => f.StartsWith("Accounts.Login -> Hangfire."));

    [Fact]
    public void A_library_reaching_into_the_app_is_found() =>
        Assert.Contains("Library.Parser -> Accounts.Login", Types(ArchitectureRules.LibraryReachingOut(Sample.Value, Root + ".Library", Root)));

    [Fact]
    public void A_cycle_between_two_areas_is_found_with_both_edges_as_evidence()
    {
        var cycle = Assert.Single(ArchitectureRules.AreaCycles(Sample.Value, Root));
        var edges = Types(cycle);
        Assert.Contains("Accounts.Login -> Hosting.Composition", edges);
        Assert.Contains("Hosting.Composition -> Accounts.Login", edges);
    }
}
