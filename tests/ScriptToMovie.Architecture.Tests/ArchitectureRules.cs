namespace ScriptToMovie.Architecture.Tests;

/// <summary>
/// The rules of docs/decisions/0008-architecture-rules.md, each a query that lists what breaks it. They take the root
/// namespace as a parameter so the same code is checked against the app and against a sample broken on purpose.
/// </summary>
public static class ArchitectureRules
{
    /// <summary>A step never uses another step's folder; shared step code lives in the Steps namespace itself.</summary>
    public static IEnumerable<Dependency> StepsUsingOtherSteps(DependencyGraph graph, string root) =>
        graph.From(root + ".Steps").Where(d =>
            Namespaces.AreaOf(d.FromNamespace, root) is { } from && from.StartsWith("Steps.", StringComparison.Ordinal)
            && Namespaces.AreaOf(d.ToNamespace, root) is { } to && to.StartsWith("Steps.", StringComparison.Ordinal) && to != from);

    /// <summary>A step depends on provider interfaces only, and never on the composition root or the CLI.</summary>
    public static IEnumerable<Dependency> StepsUsingHostingOrConcreteProviders(DependencyGraph graph, string root) =>
        graph.From(root + ".Steps").Where(d => Namespaces.AreaOf(d.ToNamespace, root) is { } to
            && (to is "Hosting" or "Cli" || to.StartsWith("Providers.", StringComparison.Ordinal)));

    private static readonly string[] ProcessTypes = ["System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo"];

    /// <summary>Only the media library's Processes folder starts processes (through CliWrap).</summary>
    public static IEnumerable<Dependency> ProcessesStartedOutsideMediaProcesses(DependencyGraph graph, string processesNamespace) =>
        graph.Dependencies.Where(d => !Namespaces.IsIn(d.FromNamespace, processesNamespace)
            && (Namespaces.IsIn(d.ToNamespace, "CliWrap") || ProcessTypes.Contains(d.ToType)));

    /// <summary>Only the pipeline knows the job engine.</summary>
    public static IEnumerable<Dependency> HangfireUsedOutsidePipeline(DependencyGraph graph, string root) =>
        graph.From(root).Where(d => Namespaces.IsIn(d.ToNamespace, "Hangfire") && !Namespaces.IsIn(d.FromNamespace, root + ".Pipeline"));

    /// <summary>A library uses nothing of ours but the namespaces it is allowed.</summary>
    public static IEnumerable<Dependency> LibraryReachingOut(DependencyGraph graph, string library, string ours, params string[] allowed) =>
        graph.From(library).Where(d => Namespaces.IsIn(d.ToNamespace, ours) && !Namespaces.IsIn(d.ToNamespace, library)
                                       && !allowed.Any(a => Namespaces.IsIn(d.ToNamespace, a)));

    /// <summary>
    /// Groups of areas that use each other in a circle (strongly connected components of the area graph, Tarjan), each
    /// with one dependency per edge as evidence. Empty when the areas form a layered graph.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Dependency>> AreaCycles(DependencyGraph graph, string root)
    {
        var edges = graph.From(root)
            .Select(d => (From: Namespaces.AreaOf(d.FromNamespace, root), To: Namespaces.AreaOf(d.ToNamespace, root), d))
            .Where(e => e.From is not null && e.To is not null && e.From != e.To)
            .GroupBy(e => (e.From!, e.To!))
            .ToDictionary(g => g.Key, g => g.First().d);
        var next = edges.Keys.GroupBy(k => k.Item1).ToDictionary(g => g.Key, g => g.Select(k => k.Item2).ToList());
        var areas = edges.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().Order(StringComparer.Ordinal).ToList();

        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<List<string>>();
        void Visit(string a)
        {
            index[a] = low[a] = index.Count;
            stack.Push(a);
            onStack.Add(a);
            foreach (var b in next.GetValueOrDefault(a) ?? [])
            {
                if (!index.ContainsKey(b)) { Visit(b); low[a] = Math.Min(low[a], low[b]); }
                else if (onStack.Contains(b)) low[a] = Math.Min(low[a], index[b]);
            }
            if (low[a] != index[a]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); component.Add(x); } while (x != a);
            if (component.Count > 1) components.Add(component);
        }
        foreach (var a in areas) if (!index.ContainsKey(a)) Visit(a);

        return components.Select(c => (IReadOnlyList<Dependency>)edges
            .Where(e => c.Contains(e.Key.Item1) && c.Contains(e.Key.Item2)).Select(e => e.Value)
            .OrderBy(d => d.FromType, StringComparer.Ordinal).ToList()).ToList();
    }
}
