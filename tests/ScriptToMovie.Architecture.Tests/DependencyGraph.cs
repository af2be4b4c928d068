using System.Reflection;
using ArchUnitNET.Loader;

namespace ScriptToMovie.Architecture.Tests;

/// <summary>One type using another, as the compiled code shows it (signatures, fields, method bodies, attributes).</summary>
public sealed record Dependency(string FromType, string FromNamespace, string ToType, string ToNamespace)
{
    public override string ToString() => $"{FromType} uses {ToType}";
}

/// <summary>
/// Every dependency of the types in some assemblies, read from their IL by ArchUnitNET. The rules are checked over
/// this list rather than over source text, so a fully qualified name or a `global using` cannot slip past them.
/// </summary>
public sealed class DependencyGraph
{
    public IReadOnlyList<Dependency> Dependencies { get; }

    private DependencyGraph(IReadOnlyList<Dependency> dependencies) => Dependencies = dependencies;

    public static DependencyGraph Of(params Assembly[] assemblies)
    {
        var names = assemblies.Select(a => a.GetName().Name).ToHashSet();
        var architecture = new ArchLoader().LoadAssemblies(assemblies).Build();
        var dependencies = architecture.Types
            .Where(t => t.Assembly is not null && names.Contains(t.Assembly.Name.Split(',')[0]))
            .SelectMany(t => t.Dependencies.Where(d => d.Target is not null).Select(d => new Dependency(
                t.FullName, t.Namespace?.FullName ?? "", d.Target.FullName, d.Target.Namespace?.FullName ?? "")))
            .Where(d => d.FromType != d.ToType)
            .Distinct()
            .ToList();
        return new DependencyGraph(dependencies);
    }

    /// <summary>The dependencies whose source lies in <paramref name="root"/> or below it.</summary>
    public IEnumerable<Dependency> From(string root) => Dependencies.Where(d => Namespaces.IsIn(d.FromNamespace, root));
}
