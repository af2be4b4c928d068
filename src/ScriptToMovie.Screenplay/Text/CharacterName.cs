using System.Text;

namespace ScriptToMovie.Screenplay;

/// <summary>Normalises a character cue to the speaker's name: extensions such as (V.O.) and (CONT'D) go,
/// case is folded to upper case, inner whitespace collapsed.</summary>
internal static class CharacterName
{
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
