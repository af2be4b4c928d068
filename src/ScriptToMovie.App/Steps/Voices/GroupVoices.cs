using System.Text.RegularExpressions;
using ScriptToMovie.App.Data;
using ScriptToMovie.Media.Speech;

namespace ScriptToMovie.App.Steps.Voices;

/// <summary>
/// A line cued to several people (EDWARD AND WILL, MARA & TOM, BOTH) is said by each of them at once: one spoken
/// line per member, all but the first heard over it. The subtitles keep one line, under the cue as written.
/// </summary>
public static partial class GroupVoices
{
    /// <summary>The scene's lines to speak, and which of them only double another (left out of the timings).</summary>
    public static (List<DialogueLine> Lines, HashSet<int> Echoes) Expand(
        IEnumerable<SceneDialogueLine> stored, Func<SceneDialogueLine, string, DialogueLine> speak, IReadOnlyList<string> castNames)
    {
        var lines = new List<DialogueLine>();
        var echoes = new HashSet<int>();
        var spoke = new List<string>();
        foreach (var line in stored)
        {
            var members = Members(line.Speaker, castNames, spoke);
            if (members.Count < 2)
            {
                lines.Add(speak(line, line.Speaker));
                var name = castNames.FirstOrDefault(n => string.Equals(n, line.Speaker, StringComparison.OrdinalIgnoreCase));
                if (name is not null) { spoke.Remove(name); spoke.Add(name); }
                continue;
            }
            var first = speak(line, members[0]);
            lines.Add(first with { Speaker = line.Speaker });
            foreach (var member in members.Skip(1))
            {
                echoes.Add(lines.Count);
                lines.Add(speak(line, member) with { Speaker = line.Speaker, Dual = true });
            }
        }
        return (lines, echoes);
    }

    private static List<string> Members(string speaker, IReadOnlyList<string> castNames, List<string> spoke)
    {
        if (castNames.Any(n => string.Equals(n, speaker, StringComparison.OrdinalIgnoreCase))) return [];
        var cue = speaker.Trim().ToUpperInvariant();
        if (cue is "BOTH" or "THE TWO" or "TOGETHER") return spoke.TakeLast(2).ToList();
        var parts = GroupParts().Split(cue).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var found = parts.Select(p => castNames.FirstOrDefault(n => string.Equals(n, p, StringComparison.OrdinalIgnoreCase))).ToList();
        return found.Count > 1 && found.All(n => n is not null) ? found!.ToList<string>() : [];
    }

    [GeneratedRegex(@"\s+(?:AND|&)\s+|\s*,\s*")] private static partial Regex GroupParts();
}
