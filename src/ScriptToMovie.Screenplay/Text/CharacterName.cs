using System.Text;

namespace ScriptToMovie.Screenplay;

/// <summary>Normalises a character cue to the speaker's name: extensions such as (V.O.) and (CONT'D) go,
/// case is folded to upper case, inner whitespace collapsed.</summary>
internal static class CharacterName
{
    /// <summary>Returns <paramref name="cue"/> itself when it is already a normalised name (most cues are),
    /// so that reading a script does not copy every cue.</summary>
    public static string Normalize(string cue)
    {
        var s = cue.AsSpan();
        if (s.Length > 0 && !char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1]) && s.IndexOfAny(Special) < 0
            && s.IndexOf("  ") < 0 && FountainParser.IsUpperCase(s) && IsInvariantUpper(s))
            return cue;
        return Normalize(s);
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("()^@\t\u00A0");

    private static bool IsInvariantUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (c > 127 && char.ToUpperInvariant(c) != c) return false;
        return true;
    }

    public static string Normalize(ReadOnlySpan<char> cue)
    {
        var sb = new StringBuilder(cue.Length);
        int depth = 0;
        bool pendingSpace = false;
        foreach (char ch in cue)
        {
            if (ch == '(') { depth++; continue; }
            if (ch == ')') { if (depth > 0) depth--; continue; }
            if (depth > 0 || ch is '^' or '@' && sb.Length == 0) continue;
            if (char.IsWhiteSpace(ch)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(char.ToUpperInvariant(ch));
        }
        // A caret typed straight after the name (GUY^) marks dual dialogue, not part of the name.
        while (sb.Length > 0 && sb[^1] == '^') sb.Length--;
        return sb.ToString().TrimEnd();
    }
}
