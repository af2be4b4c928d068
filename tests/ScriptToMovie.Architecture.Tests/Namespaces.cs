namespace ScriptToMovie.Architecture.Tests;

public static class Namespaces
{
    public static bool IsIn(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    /// <summary>
    /// The area a namespace belongs to under <paramref name="root"/>: its first folder (Pipeline, Accounts…), except that
    /// each step and each provider is an area of its own (Steps.Clips, Providers.Kling). Null outside the root.
    /// </summary>
    public static string? AreaOf(string ns, string root)
    {
        if (!IsIn(ns, root) || ns == root) return null;
        var parts = ns[(root.Length + 1)..].Split('.');
        return parts[0] is "Steps" or "Providers" && parts.Length > 1 ? $"{parts[0]}.{parts[1]}" : parts[0];
    }
}
