using System.Buffers;
using System.Text;

namespace ScriptToMovie.Screenplay;

/// <summary>Turns Fountain inline markup (emphasis, notes, backslash escapes) into plain text, and back.</summary>
internal static class InlineMarkup
{
    private static readonly SearchValues<char> Specials = SearchValues.Create("*_\\[");
    private static readonly SearchValues<char> LineSpecials = SearchValues.Create("*_\\");

    // Unbounded searches for a closing delimiter would make a long line of unmatched '*' quadratic.
    private const int MaxEmphasisSpan = 2000;

    /// <summary>Returns <paramref name="markup"/> itself when there is nothing to remove (the common case, no copy).</summary>
    public static string ToPlain(string markup)
    {
        if (markup.AsSpan().IndexOfAny(Specials) < 0) return markup;
        var withoutNotes = RemoveNotes(markup);
        if (withoutNotes.AsSpan().IndexOfAny(LineSpecials) < 0) return withoutNotes;

        var sb = new StringBuilder(withoutNotes.Length);
        var rest = withoutNotes.AsSpan();
        while (true)
        {
            int nl = rest.IndexOf('\n');
            if (nl < 0) { AppendLinePlain(sb, rest); break; }
            AppendLinePlain(sb, rest[..nl]);
            sb.Append('\n');
            rest = rest[(nl + 1)..];
        }
        return sb.ToString();
    }

    /// <summary>Escapes plain text so that a Fountain reader gives it back unchanged.</summary>
    public static string Escape(string plain)
    {
        if (plain.AsSpan().IndexOfAny(EscapeTriggers) < 0) return plain;
        var sb = new StringBuilder(plain.Length + 8);
        for (int i = 0; i < plain.Length; i++)
        {
            char c = plain[i];
            if (c is '\\' or '*' or '_') sb.Append('\\');
            else if (c == '[' && i + 1 < plain.Length && plain[i + 1] == '[') { sb.Append("[\\["); i++; continue; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static readonly SearchValues<char> EscapeTriggers = SearchValues.Create("\\*_[");

    private static string RemoveNotes(string s)
    {
        int open = IndexOfUnescaped(s, "[[", 0);
        if (open < 0) return s;
        var sb = new StringBuilder(s.Length);
        int pos = 0;
        while (open >= 0)
        {
            int close = s.IndexOf("]]", open + 2, StringComparison.Ordinal);
            if (close < 0) break;
            sb.Append(s, pos, open - pos);
            pos = close + 2;
            open = IndexOfUnescaped(s, "[[", pos);
        }
        sb.Append(s, pos, s.Length - pos);
        return sb.ToString();
    }

    private static int IndexOfUnescaped(string s, string what, int from)
    {
        while (true)
        {
            int i = s.IndexOf(what, from, StringComparison.Ordinal);
            if (i <= 0 || s[i - 1] != '\\') return i;
            from = i + 1;
        }
    }

    private static bool IsEscapable(char c) => c < 128 && char.IsPunctuation(c) || c is '*' or '_' or '\\' or '~' or '=' or '>' or '<' or '^' or '$' or '+' or '|' or '`';

    private const byte Normal = 0, Drop = 1, Literal = 2;

    private static void AppendLinePlain(StringBuilder sb, ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(LineSpecials) < 0) { sb.Append(line); return; }
        int n = line.Length;
        Span<byte> kind = n <= 1024 ? stackalloc byte[n] : new byte[n];
        kind.Clear();

        for (int i = 0; i < n - 1; i++)
        {
            if (line[i] == '\\' && IsEscapable(line[i + 1])) { kind[i] = Drop; kind[i + 1] = Literal; i++; }
        }

        for (int i = 0; i < n;)
        {
            char c = line[i];
            if ((c != '*' && c != '_') || kind[i] != Normal) { i++; continue; }
            int r = RunLength(line, kind, i, c);
            if (c == '*' && r <= 3 && CanOpen(line, i, r, c))
            {
                int j = FindCloser(line, kind, i + r, r, c);
                if (j >= 0) { kind.Slice(i, r).Fill(Drop); kind.Slice(j, r).Fill(Drop); }
            }
            else if (c == '_' && CanOpen(line, i, r, c))
            {
                int j = FindCloser(line, kind, i + r, r, c);
                if (j >= 0) { kind.Slice(i, r).Fill(Drop); kind.Slice(j, r).Fill(Drop); }
            }
            i += r;
        }

        int start = 0;
        for (int i = 0; i < n; i++)
        {
            if (kind[i] != Drop) continue;
            sb.Append(line[start..i]);
            start = i + 1;
        }
        sb.Append(line[start..]);
    }

    private static int RunLength(ReadOnlySpan<char> line, ReadOnlySpan<byte> kind, int i, char c)
    {
        int j = i;
        while (j < line.Length && line[j] == c && kind[j] == Normal) j++;
        return j - i;
    }

    private static bool CanOpen(ReadOnlySpan<char> line, int i, int r, char c) =>
        i + r < line.Length && !char.IsWhiteSpace(line[i + r])
        && (c != '_' || i == 0 || !char.IsLetterOrDigit(line[i - 1]));

    private static bool CanClose(ReadOnlySpan<char> line, int j, int r, char c) =>
        !char.IsWhiteSpace(line[j - 1])
        && (c != '_' || j + r >= line.Length || !char.IsLetterOrDigit(line[j + r]));

    private static int FindCloser(ReadOnlySpan<char> line, ReadOnlySpan<byte> kind, int from, int r, char c)
    {
        int limit = Math.Min(line.Length, from + MaxEmphasisSpan);
        for (int j = from + 1; j < limit;)
        {
            if (line[j] != c || kind[j] != Normal) { j++; continue; }
            int run = RunLength(line, kind, j, c);
            if (run == r && CanClose(line, j, r, c)) return j;
            j += run;
        }
        return -1;
    }
}
