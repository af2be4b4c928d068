namespace ScriptToMovie.Screenplay;

/// <summary>Splits a scene heading into interior/exterior, location and time of day.</summary>
internal readonly record struct SceneHeadingParts(string? Interior, string Location, string? TimeOfDay)
{
    // Longest first so that INT./EXT is not taken for INT.
    private static readonly (string Prefix, string Interior)[] Prefixes =
    [
        ("INT./EXT", "INT/EXT"), ("INT/EXT", "INT/EXT"), ("EXT./INT", "INT/EXT"), ("EXT/INT", "INT/EXT"),
        ("I./E", "INT/EXT"), ("I/E", "INT/EXT"), ("INT", "INT"), ("EXT", "EXT"), ("EST", "EXT"),
    ];

    private static readonly string[] TimeWords =
    [
        "DAY", "NIGHT", "MORNING", "AFTERNOON", "EVENING", "DUSK", "DAWN", "SUNSET", "SUNRISE", "NOON",
        "MIDNIGHT", "MIDDAY", "CONTINUOUS", "LATER", "SAME", "TWILIGHT", "DAYBREAK", "NIGHTFALL", "MAGIC HOUR",
    ];

    /// <summary>The length of a heading prefix (INT, EXT., I/E …) at the start of <paramref name="line"/>,
    /// which must be followed by a dot or a space; 0 when there is none.</summary>
    public static int PrefixLength(ReadOnlySpan<char> line, out string? interior)
    {
        interior = null;
        // Every prefix starts with I or E: most lines are turned away here without a comparison.
        if (line.Length < 4 || (line[0] | 0x20) is not ('i' or 'e')) return 0;
        foreach (var (prefix, kind) in Prefixes)
        {
            if (line.Length > prefix.Length && line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && line[prefix.Length] is '.' or ' ')
            {
                interior = kind;
                return prefix.Length;
            }
        }
        interior = null;
        return 0;
    }

    public static SceneHeadingParts Parse(string heading)
    {
        var span = heading.AsSpan().Trim();
        int p = PrefixLength(span, out var interior);
        if (p > 0)
        {
            span = span[p..].TrimStart(". ");
            // "INT - HOUSE - DAY": the separator comes straight after the prefix.
            span = span.TrimStart("-–— ");
        }

        var parts = SplitParts(span);
        for (int k = 1; k < parts.Count; k++)
        {
            if (HasTimeWord(parts[k]))
                return new(interior, string.Join(" - ", parts.Take(k)), parts[k]);
        }

        // "INT. KITCHEN, EVENING"
        int comma = span.LastIndexOf(',');
        if (comma > 0 && HasTimeWord(span[(comma + 1)..].Trim().ToString()))
            return new(interior, span[..comma].Trim().ToString(), span[(comma + 1)..].Trim().ToString());

        return new(interior, string.Join(" - ", parts), null);
    }

    private static List<string> SplitParts(ReadOnlySpan<char> s)
    {
        var parts = new List<string>(3);
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] is not ('-' or '–' or '—')) continue;
            int j = i;
            while (j < s.Length && s[j] is '-' or '–' or '—') j++;
            bool spaced = i > 0 && s[i - 1] == ' ' && j < s.Length && s[j] == ' ';
            if (j - i >= 2 || spaced || s[i] != '-')
            {
                var part = s[start..i].Trim();
                if (part.Length > 0) parts.Add(part.ToString());
                start = j;
            }
            i = j - 1;
        }
        var last = s[start..].Trim();
        if (last.Length > 0) parts.Add(last.ToString());
        return parts;
    }

    private static bool HasTimeWord(string part)
    {
        foreach (var w in TimeWords)
        {
            int at = part.IndexOf(w, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                bool startOk = at == 0 || !char.IsLetter(part[at - 1]);
                bool endOk = at + w.Length == part.Length || !char.IsLetter(part[at + w.Length]);
                if (startOk && endOk) return true;
                at = part.IndexOf(w, at + 1, StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }
}
