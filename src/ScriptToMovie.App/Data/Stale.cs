namespace ScriptToMovie.App.Data;

/// <summary>
/// The comma list of a scene's artifacts an edit made out of date (the <c>staleParts</c> column of scenes). An
/// edit marks what it invalidates; the step that remakes an artifact clears its part. Lives beside the rows
/// because the edit endpoints, the steps and the quote all read it.
/// </summary>
public static class Stale
{
    public const string Frame = "frame";
    public const string Prompt = "prompt";
    public const string Voice = "voice";
    public const string Clip = "clip";

    /// <summary>In pipeline order, so a list reads as what will be remade first to last.</summary>
    public static readonly IReadOnlyList<string> All = [Frame, Prompt, Voice, Clip];

    public static string? Mark(string? current, IEnumerable<string> parts)
    {
        var set = Parts(current).Union(parts).ToHashSet();
        return Join(set);
    }

    public static string? Clear(string? current, string part) => Join(Parts(current).Where(p => p != part).ToHashSet());

    public static bool Has(string? current, string part) => Parts(current).Contains(part);

    public static IReadOnlyList<string> Parts(string? csv) =>
        string.IsNullOrEmpty(csv) ? [] : All.Where(csv.Split(',', StringSplitOptions.TrimEntries).Contains).ToList();

    private static string? Join(HashSet<string> set) => set.Count == 0 ? null : string.Join(',', All.Where(set.Contains));
}
