namespace ScriptToMovie.Screenplay;

/// <summary>Reads the Fountain title page: <c>Key: value</c> lines at the very start, values inline or on
/// lines indented by a tab or three spaces, ending at the first blank line or at a line that is neither.</summary>
internal static class TitlePageReader
{
    internal static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "Title", "Credit", "Author", "Authors", "Source", "Draft date", "Date", "Contact", "Copyright",
        "Notes", "Revision", "Episode", "Series", "Format",
    };

    /// <summary>Returns the index of the first body line.</summary>
    public static int Read(SourceLines src, ReadResult result)
    {
        int i = 0;
        while (i < src.Count && src.IsBlank(i)) i++;
        if (i >= src.Count || !TryKey(src[i], out var firstKey, out var firstValue)) return 0;
        bool continues = i + 1 < src.Count && IsContinuation(src[i + 1]);
        // An unknown first key only opens a title page when indented values follow it: otherwise a first
        // line such as "FADE IN:" or "Scott says: hi" would be swallowed.
        if (!KnownKeys.Contains(firstKey.ToString()) && !(firstValue.IsEmpty && continues)) return 0;

        int first = i;
        string? key = null;
        var values = new List<string>();
        while (i < src.Count)
        {
            var line = src[i];
            if (line.IsWhiteSpace())
            {
                // A whitespace-only line inside an indented value (Barrier_15's title) does not end the page.
                if (key != null && i + 1 < src.Count && IsContinuation(src[i + 1]) && line.Length > 0) { i++; continue; }
                break;
            }
            if (key != null && IsContinuation(line))
            {
                values.Add(line.Trim().ToString());
            }
            else if (TryKey(line, out var k, out var v))
            {
                Flush();
                key = k.ToString();
                if (!v.IsEmpty) values.Add(v.ToString());
            }
            else break;
            i++;
        }
        Flush();
        result.TitlePageLines.Add(new SourceRange(first + 1, i));
        return i;

        void Flush()
        {
            if (key == null) return;
            result.TitlePage.Add(key, InlineMarkup.ToPlain(string.Join('\n', values)));
            values.Clear();
        }
    }

    private static bool IsContinuation(ReadOnlySpan<char> line) =>
        !line.IsWhiteSpace() && (line.StartsWith('\t') || line.StartsWith("   "));

    internal static bool TryKey(ReadOnlySpan<char> line, out ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        key = value = default;
        int colon = line.IndexOf(':');
        if (colon <= 0 || colon > 40 || !char.IsLetter(line[0])) return false;
        var k = line[..colon];
        foreach (char c in k)
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '\'')) return false;
        key = k.TrimEnd();
        value = line[(colon + 1)..].Trim();
        return true;
    }
}
