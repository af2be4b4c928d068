namespace ScriptToMovie.Screenplay;

/// <summary>Tells a typewriter-layout script (cues and dialogue placed by indentation, as scripts are often
/// pasted) from Fountain, where indentation means nothing outside action.</summary>
internal static class LayoutDetector
{
    /// <summary>Cheap first look: Fountain files seldom have ten lines indented by eight columns,
    /// so most of them never pay for the full check.</summary>
    public static bool MayBeLoose(string text)
    {
        int found = 0, pos = 0;
        var span = text.AsSpan();
        while (found < 10)
        {
            int at = span[pos..].IndexOf("\n        ");
            int tab = span[pos..].IndexOf("\n\t\t");
            if (at < 0 && tab < 0) return false;
            int next = at < 0 ? tab : tab < 0 ? at : Math.Min(at, tab);
            pos += next + 2;
            found++;
        }
        return true;
    }

    public static bool IsLoose(SourceLines src)
    {
        var indents = src.Indents();
        int nonBlank = 0, indented = 0, cues = 0;
        for (int i = 0; i < indents.Length; i++)
        {
            int indent = indents[i];
            if (indent < 0) continue;
            nonBlank++;
            if (indent < 8) continue;
            indented++;
            // An upper-case line placed further right than the line below it: a cue over its dialogue.
            if (i + 1 < indents.Length && indent >= 12 && indents[i + 1] is int below && below < indent && below >= 4
                && FountainParser.IsCue(src[i].Trim()))
                cues++;
        }
        return cues >= 3 && indented >= 10 && indented * 100 >= nonBlank * 15;
    }
}

internal static class Indentation
{
    /// <summary>Leading whitespace in columns; a tab counts as four, as Fountain's action does.</summary>
    public static int Columns(ReadOnlySpan<char> line)
    {
        int cols = 0;
        foreach (char c in line)
        {
            if (c == ' ' || c == '\u00A0') cols++;
            else if (c == '\t') cols += 4;
            else break;
        }
        return cols;
    }
}
