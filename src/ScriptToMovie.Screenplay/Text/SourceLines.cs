using System.Text;

namespace ScriptToMovie.Screenplay;

/// <summary>The source split into lines (CRLF, CR and LF all end a line) without copying each line.
/// Boneyard comments are cut out first, keeping their line breaks so that line numbers stay true.
/// Indexes are 0-based here; elements report them 1-based.</summary>
internal sealed class SourceLines
{
    private readonly string _text;
    private readonly int[] _start;
    private readonly int[] _length;

    public int Count { get; }

    private SourceLines(string text, int[] start, int[] length, int count)
    {
        _text = text;
        _start = start;
        _length = length;
        Count = count;
    }

    public ReadOnlySpan<char> this[int i] => _text.AsSpan(_start[i], _length[i]);

    public string String(int i) => _text.Substring(_start[i], _length[i]);

    public bool IsBlank(int i) => this[i].IsWhiteSpace();

    private int[]? _indents;

    /// <summary>Leading whitespace of every line in columns (see <see cref="Indentation"/>), -1 for a blank
    /// line. Worked out once: the layout detector and the loose reader both need it.</summary>
    public int[] Indents()
    {
        if (_indents != null) return _indents;
        var indents = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            var line = this[i];
            int cols = Indentation.Columns(line);
            int chars = line.Length - line.TrimStart().Length;
            indents[i] = chars == line.Length ? -1 : cols;
        }
        return _indents = indents;
    }

    /// <summary>A whitespace-only line of two or more spaces, which Fountain uses for an empty line
    /// inside dialogue and notes.</summary>
    public bool IsTwoSpaceLine(int i)
    {
        var s = this[i];
        return s.Length >= 2 && s.IsWhiteSpace() && s.Count(' ') >= 2;
    }

    public static SourceLines Split(string text, ReadResult? result = null)
    {
        if (result != null && text.Contains("/*", StringComparison.Ordinal))
        {
            // With one kind of line end, the breaks kept from a cut boneyard cannot merge with a neighbouring
            // CR into one CRLF, which would shift every line after it.
            if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
            text = CutBoneyards(text, result);
        }

        // Upper bound on line count without a counting pass: one per char is too much memory for big
        // inputs, so count newlines first (cheap, vectorised).
        int estimate = text.AsSpan().Count('\n') + text.AsSpan().Count('\r') + 1;
        var start = new int[estimate];
        var length = new int[estimate];
        int count = 0, pos = 0;
        var span = text.AsSpan();
        while (true)
        {
            int rel = span[pos..].IndexOfAny('\r', '\n');
            if (rel < 0)
            {
                start[count] = pos;
                length[count++] = span.Length - pos;
                break;
            }
            start[count] = pos;
            length[count++] = rel;
            pos += rel;
            pos += span[pos] == '\r' && pos + 1 < span.Length && span[pos + 1] == '\n' ? 2 : 1;
        }
        return new SourceLines(text, start, length, count);
    }

    /// <summary>Removes every <c>/* … */</c> (first closing mark wins, no nesting, as fountain-js does)
    /// and records it. An unclosed <c>/*</c> is left as text.</summary>
    private static string CutBoneyards(string text, ReadResult result)
    {
        var sb = new StringBuilder(text.Length);
        int pos = 0, line = 1, lineCountedTo = 0;
        while (true)
        {
            int open = text.IndexOf("/*", pos, StringComparison.Ordinal);
            if (open < 0) break;
            int close = text.IndexOf("*/", open + 2, StringComparison.Ordinal);
            line += CountBreaks(text, lineCountedTo, open);
            lineCountedTo = open;
            if (close < 0)
            {
                result.Messages.Add(new ParseMessage("A boneyard comment opened with /* is never closed with */, so it was kept as text.", line));
                break;
            }
            sb.Append(text, pos, open - pos);
            var inner = text.Substring(open + 2, close - open - 2);
            int breaks = CountBreaks(text, open, close);
            bool standalone = IsLineStart(text, open) && IsLineEnd(text, close + 2);
            result.Boneyards.Add(new Boneyard(inner, line, line + breaks, standalone));
            // Keep the line breaks so that what follows keeps its line number.
            for (int i = open; i < close; i++)
            {
                char c = text[i];
                if (c == '\n' || c == '\r') sb.Append(c);
            }
            line += breaks;
            lineCountedTo = close;
            pos = close + 2;
        }
        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    private static int CountBreaks(string text, int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\n') n++;
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) n++;
        }
        return n;
    }

    private static bool IsLineStart(string text, int i)
    {
        for (int k = i - 1; k >= 0; k--)
        {
            char c = text[k];
            if (c is '\n' or '\r') return true;
            if (!char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    private static bool IsLineEnd(string text, int i)
    {
        for (int k = i; k < text.Length; k++)
        {
            char c = text[k];
            if (c is '\n' or '\r') return true;
            if (!char.IsWhiteSpace(c)) return false;
        }
        return true;
    }
}
