using ScriptToMovie.Analysis;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Steps.Parse;

/// <summary>
/// Which stored scene each scene of a re-parsed script is. First by content (the same words anywhere in the script
/// are the same scene, so moving a scene keeps its clip); what is left by heading, the n-th scene with a heading
/// matching the n-th stored one (a changed scene keeps its row and takes); the rest are new. Stored scenes nothing
/// matched were removed from the script.
/// </summary>
public static class SceneMatch
{
    /// <returns>Outline index to stored row, for the outlines that match one.</returns>
    public static Dictionary<int, Scene> Match(IReadOnlyList<Scene> stored, IReadOnlyList<SceneOutline> outlines)
    {
        var result = new Dictionary<int, Scene>();
        var free = stored.ToList();
        foreach (var o in outlines)
        {
            var hash = SceneContent.Hash(o);
            var row = free.FirstOrDefault(s => s.ContentHash == hash);
            if (row is null) continue;
            result[o.Index] = row;
            free.Remove(row);
        }
        foreach (var o in outlines.Where(o => !result.ContainsKey(o.Index)))
        {
            // Rows hashed before are matched by content only when a scene of theirs is unchanged; one never hashed
            // (parsed before hashes existed) or changed falls back to its heading.
            var row = free.FirstOrDefault(s => HeadingKey(s.Heading) == HeadingKey(o.Block.Heading));
            if (row is null) continue;
            result[o.Index] = row;
            free.Remove(row);
        }
        return result;
    }

    /// <summary>How the script changed against what is stored: for the preview before a rebuild.</summary>
    public static (int Unchanged, IReadOnlyList<SceneOutline> Changed, IReadOnlyList<SceneOutline> Added, int Removed) Compare(
        IReadOnlyList<Scene> stored, IReadOnlyList<SceneOutline> outlines)
    {
        var matches = Match(stored, outlines);
        var changed = outlines.Where(o => matches.TryGetValue(o.Index, out var row) && row.ContentHash is not null && row.ContentHash != SceneContent.Hash(o)).ToList();
        var added = outlines.Where(o => !matches.ContainsKey(o.Index)).ToList();
        return (matches.Count - changed.Count, changed, added, stored.Count - matches.Count);
    }

    private static string HeadingKey(string heading) => string.Join(' ', heading.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
