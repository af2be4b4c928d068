using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// Decides which names in a script are one person: <c>ROBERT (BOB)</c> or <c>BOB (ROBERT)</c> written
/// by the script, MOM and MOTHER, KING VOLODAR and VOLODAR, REGGIE'S VOICE and REGGIE. The name with
/// the most dialogue becomes the character's name; the others are its aliases.
/// </summary>
internal static partial class AliasMerger
{
    /// <param name="dialogueLines">Every speaking name with its number of dialogue lines.</param>
    /// <param name="declaredPairs">Pairs of names the script says are one person (from cues and action lines).</param>
    /// <returns>Each name mapped to its canonical name (canonical names map to themselves).</returns>
    public static Dictionary<string, string> Merge(IReadOnlyDictionary<string, int> dialogueLines, IEnumerable<(string A, string B)> declaredPairs)
    {
        var parent = dialogueLines.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        void Union(string a, string b)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var ra = Find(a); var rb = Find(b);
            if (ra != rb) parent[rb] = ra;
        }

        foreach (var (a, b) in declaredPairs)
            if (a != b) Union(a, b);

        var names = dialogueLines.Keys.ToList();
        foreach (var name in names)
        {
            // REGGIE'S VOICE, VOICE OF REGGIE: the voice is the person.
            var voice = VoiceOf().Match(name);
            if (voice.Success)
            {
                var owner = voice.Groups["a"].Success ? voice.Groups["a"].Value : voice.Groups["b"].Value;
                if (dialogueLines.ContainsKey(owner)) Union(owner, name);
            }
            // KING VOLODAR and VOLODAR.
            var words = name.Split(' ');
            if (words.Length >= 2 && PeopleWords.Titles.Contains(words[0]))
            {
                var rest = string.Join(' ', words[1..]);
                if (dialogueLines.ContainsKey(rest)) Union(rest, name);
            }
        }
        foreach (var family in PeopleWords.FamilyNames)
        {
            var present = family.Where(dialogueLines.ContainsKey).ToList();
            for (int i = 1; i < present.Count; i++) Union(present[0], present[i]);
        }

        // Canonical = most dialogue, then the shorter name, then alphabetical (stable across runs).
        var groups = parent.Keys.GroupBy(Find).ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var canonical = g.OrderByDescending(n => dialogueLines.GetValueOrDefault(n))
                .ThenBy(n => VoiceOf().IsMatch(n) ? 1 : 0)
                .ThenBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
            foreach (var n in g) result[n] = canonical;
        }
        return result;
    }

    /// <summary>A cue written as <c>ROBERT (BOB)</c>: the parenthesis holds a second name, not an extension like (V.O.).</summary>
    public static (string Name, string Alias)? FromCue(string cueText, string speaker)
    {
        var m = CueWithParenthesis().Match(cueText.Trim());
        if (!m.Success) return null;
        var inner = m.Groups["inner"].Value.Trim();
        // A second name is written in capitals like the cue; (hurt) or (softly) is a direction.
        if (inner.Any(char.IsLower)) return null;
        if (inner.Length < 2 || PeopleWords.CueExtensions.Contains(inner) || !inner.All(c => char.IsLetter(c) || c is ' ' or '\'' or '-' or '.')) return null;
        return inner == speaker ? null : (speaker, inner);
    }

    /// <summary>ROBERT (BOB), BOB (ROBERT) or ROBERT "BOB" in an action line.</summary>
    public static IEnumerable<(string A, string B)> FromAction(string text)
    {
        foreach (Match m in DeclaredInAction().Matches(text))
        {
            var a = m.Groups["a"].Value;
            var b = m.Groups["b"].Value;
            if (IsName(a) && IsName(b)) yield return (a, b);
        }
    }

    private static bool IsName(string w) => !PeopleWords.CueExtensions.Contains(w) && !PeopleWords.NotPeople.Contains(w)
        && !w.EndsWith("ING", StringComparison.Ordinal) && !w.EndsWith("ED", StringComparison.Ordinal) && !w.Any(char.IsDigit);

    [GeneratedRegex(@"^(?:(?<a>[A-Z][A-Z .'\-]*?)['\u2019]S VOICE|VOICE OF (?<b>[A-Z][A-Z .'\-]*))$")] private static partial Regex VoiceOf();
    [GeneratedRegex(@"^[^(]+\((?<inner>[^)]+)\)")] private static partial Regex CueWithParenthesis();
    [GeneratedRegex(@"\b(?<a>[A-Z][A-Z'\-]+)\s*(?:\(\s*|[""\u201C])(?<b>[A-Z][A-Z'\-]+)(?:\s*\)|[""\u201D])")] private static partial Regex DeclaredInAction();
}
