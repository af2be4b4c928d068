using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Projects;

/// <summary>
/// The script text cut at its scenes: what comes before the first heading (title page, FADE IN:), one block per
/// scene from its heading to the next, and what follows the last scene. Reordering or deleting scenes rewrites the
/// script from these blocks, so the text stays the source of truth and a later re-parse finds the same scenes
/// (matched by their words) in the new order.
/// </summary>
public sealed class ScriptBlocks
{
    private readonly List<string> _prefix;
    private readonly List<string> _suffix;
    private readonly Dictionary<int, List<string>> _blocks = new();

    public ScriptBlocks(string script, IReadOnlyList<Scene> scenes)
    {
        var lines = script.Replace("\r\n", "\n").Split('\n').ToList();
        var ordered = scenes.OrderBy(s => s.StartLine).ToList();
        if (ordered.Count == 0 || ordered.Any(s => s.StartLine < 1 || s.EndLine > lines.Count))
            throw new InvalidOperationException("The scenes do not fit the script; parse it again first.");
        _prefix = TrimEnd(lines.Take(ordered[0].StartLine - 1));
        for (var i = 0; i < ordered.Count; i++)
        {
            var from = ordered[i].StartLine - 1;
            var to = i + 1 < ordered.Count ? ordered[i + 1].StartLine - 1 : ordered[i].EndLine;
            _blocks[ordered[i].Id] = TrimEnd(lines.Skip(from).Take(Math.Max(1, to - from)));
        }
        _suffix = TrimStart(lines.Skip(ordered[^1].EndLine)).ToList();
    }

    /// <summary>A scene's lines, from its heading to the line before the next scene's.</summary>
    public IReadOnlyList<string> this[int sceneId] => _blocks[sceneId];

    /// <summary>The script with the scenes in this order (scenes left out are deleted); each scene's new first and last line.</summary>
    public (string Script, Dictionary<int, (int Start, int End)> Lines) Compose(IReadOnlyList<int> order)
    {
        var (script, lines) = Compose(order.Select(id => (id, (IReadOnlyList<string>)_blocks[id])));
        return (script, lines);
    }

    /// <summary>The script from these blocks (a scene's own, changed ones, or new text keyed by any number).</summary>
    public (string Script, Dictionary<int, (int Start, int End)> Lines) Compose(IEnumerable<(int Key, IReadOnlyList<string> Lines)> blocks)
    {
        var output = new List<string>(_prefix);
        var at = new Dictionary<int, (int, int)>();
        foreach (var (key, lines) in blocks)
        {
            if (output.Count > 0) output.Add("");
            var start = output.Count + 1;
            output.AddRange(lines);
            at[key] = (start, output.Count);
        }
        if (_suffix.Count > 0)
        {
            output.Add("");
            output.AddRange(_suffix);
        }
        return (string.Join('\n', output) + "\n", at);
    }

    private static List<string> TrimEnd(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        while (list.Count > 0 && string.IsNullOrWhiteSpace(list[^1])) list.RemoveAt(list.Count - 1);
        return list;
    }

    private static IEnumerable<string> TrimStart(IEnumerable<string> lines) => lines.SkipWhile(string.IsNullOrWhiteSpace);
}
