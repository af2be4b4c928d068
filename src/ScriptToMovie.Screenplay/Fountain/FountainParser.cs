namespace ScriptToMovie.Screenplay;

/// <summary>Fountain 1.1 reader. Works line by line on <see cref="SourceLines"/>; the element rules are
/// stated relative to blank lines, so each rule looks at the line before and after. See
/// docs/decisions/0010-screenplay-parser.md for the places where parsers disagree and what we chose.</summary>
internal sealed class FountainParser
{
    private readonly SourceLines _src;
    private readonly ReadResult _result;
    private readonly int _bodyStart;
    // Sections, synopses, page breaks and standalone notes are not printed; the line after one counts as
    // "after a blank line", so "# Act 2" straight above a heading does not spoil the heading.
    private int _transparentLine = -2;
    // Lines of the speech being read; one list for the whole script rather than one per speech.
    private readonly List<string> _pending = [];

    private FountainParser(SourceLines src, ReadResult result, int bodyStart)
    {
        _src = src;
        _result = result;
        _bodyStart = bodyStart;
    }

    public static ReadResult Parse(string text)
    {
        var result = new ReadResult();
        return Parse(SourceLines.Split(text, result), result);
    }

    /// <summary>Reads lines already split (and cleared of boneyards) into <paramref name="result"/>.</summary>
    public static ReadResult Parse(SourceLines src, ReadResult result)
    {
        int body = TitlePageReader.Read(src, result);
        new FountainParser(src, result, body).Run();
        return result;
    }

    private List<ElementDraft> Elements => _result.Elements;

    private bool PrevBlank(int i) => i == _bodyStart || _src.IsBlank(i - 1) || _transparentLine == i - 1;
    private bool NextBlank(int i) => i + 1 >= _src.Count || _src.IsBlank(i + 1);

    private void Run()
    {
        int i = _bodyStart;
        while (i < _src.Count)
        {
            if (_src.IsBlank(i)) { i++; continue; }
            i = ReadAt(i);
        }
    }

    /// <summary>Reads the element that starts at line <paramref name="i"/> and returns the next line to read.</summary>
    private int ReadAt(int i)
    {
        var line = _src[i];
        var t = line.Trim();
        char c = t[0];

        if (c == '=' && t.Length >= 3 && !t.ContainsAnyExcept('='))
            return Transparent(Add(ElementTypes.PageBreak, "", i, i, t.ToString()), i);
        if (c == '=')
            return Transparent(AddMarked(ElementTypes.Synopsis, t[1..].Trim().ToString(), i, i), i);
        if (c == '#')
        {
            int depth = t.Length - t.TrimStart('#').Length;
            var d = AddMarked(ElementTypes.Section, t[depth..].Trim().ToString(), i, i);
            d.Depth = depth;
            return Transparent(d, i);
        }
        if (t.StartsWith("[[") && TryStandaloneNote(i) is int noteEnd)
            return noteEnd;
        if (c == '!') return ReadAction(i, forced: true);
        if (c == '@') return ReadDialogueBlock(i, t[1..].Trim());
        if (c == '~') return ReadLyricsParagraph(i);
        if (c == '.' && t.Length > 1 && char.IsLetterOrDigit(t[1])) return ReadHeading(i, t[1..]);
        if (c == '>')
        {
            if (t.Length >= 2 && t[^1] == '<') return ReadCentered(i);
            AddMarked(ElementTypes.Transition, t[1..].Trim().ToString(), i, i);
            return i + 1;
        }

        bool prevBlank = PrevBlank(i), nextBlank = NextBlank(i);
        if (prevBlank && nextBlank && SceneHeadingParts.PrefixLength(t, out _) > 0) return ReadHeading(i, t);
        if (prevBlank && nextBlank && IsTransition(line, t))
        {
            AddMarked(ElementTypes.Transition, t.ToString(), i, i);
            return i + 1;
        }
        // A heading-like line with text right below is not a cue named "INT. HOUSE - DAY": like the
        // reference parser, read the paragraph as action.
        if (prevBlank && !nextBlank && IsCue(t) && SceneHeadingParts.PrefixLength(t, out _) == 0)
            return ReadDialogueBlock(i, t);
        return ReadAction(i, forced: false);
    }

    private int Transparent(ElementDraft _, int i)
    {
        _transparentLine = i;
        return i + 1;
    }

    private ElementDraft Add(string type, string text, int line, int endLine, string? markup = null)
    {
        var d = new ElementDraft(type, text, line + 1, endLine + 1) { Markup = markup };
        Elements.Add(d);
        return d;
    }

    /// <summary>Adds an element whose text may hold emphasis or notes.</summary>
    private ElementDraft AddMarked(string type, string markup, int line, int endLine)
    {
        var plain = InlineMarkup.ToPlain(markup);
        return Add(type, ReferenceEquals(plain, markup) ? markup : plain.Trim(), line, endLine, markup);
    }

    internal static bool IsTransition(ReadOnlySpan<char> line, ReadOnlySpan<char> t)
    {
        // "CUT TO:  " with trailing spaces is the spec's way of writing it as action.
        if (t.IsEmpty || char.IsWhiteSpace(line[^1]) || !IsUpperCase(t)) return false;
        return t.EndsWith("TO:") || t is "FADE OUT." or "FADE TO BLACK." or "CUT TO BLACK.";
    }

    internal static bool IsUpperCase(ReadOnlySpan<char> s)
    {
        foreach (char ch in s)
            if (char.IsLower(ch)) return false;
        return true;
    }

    /// <summary>A character cue: the name (before any parenthetical extension) has no lower-case letter.
    /// Like the reference parser, a letter anywhere on the line is enough (<c>23 (O.S.)</c> is a cue).</summary>
    internal static bool IsCue(ReadOnlySpan<char> t)
    {
        t = StripCaret(t, out _);
        if (t.IsEmpty || t[0] == '(') return false;
        int paren = t.IndexOf('(');
        var name = paren < 0 ? t : t[..paren];
        if (!IsUpperCase(name) || name.IsWhiteSpace()) return false;
        if (paren >= 0)
        {
            var ext = t[paren..].TrimEnd();
            if (ext[^1] != ')' && !IsUpperCase(ext)) return false;
        }
        foreach (char ch in t)
            if (char.IsLetter(ch)) return true;
        return false;
    }

    internal static ReadOnlySpan<char> StripCaret(ReadOnlySpan<char> cue, out bool dual)
    {
        dual = cue.Length > 1 && cue[^1] == '^';
        return dual ? cue.TrimEnd("^ \t\u00A0") : cue;
    }

    private int ReadHeading(int i, ReadOnlySpan<char> t)
    {
        string? number = null;
        var body = t.TrimEnd();
        if (body.Length > 2 && body[^1] == '#')
        {
            int open = body[..^1].LastIndexOf('#');
            if (open >= 0 && open < body.Length - 2)
            {
                var inner = body[(open + 1)..^1];
                bool valid = true;
                foreach (char ch in inner)
                    if (!(char.IsLetterOrDigit(ch) || ch is '-' or '.')) { valid = false; break; }
                if (valid)
                {
                    number = inner.ToString();
                    body = body[..open].TrimEnd();
                }
            }
        }
        var d = AddMarked(ElementTypes.SceneHeading, body.ToString(), i, i);
        d.SceneNumber = number;
        return i + 1;
    }

    /// <summary>One centered line is one element, as in the reference parser (fountain-js groups
    /// consecutive lines; the reference fixture Brick And Steel counts them one by one).</summary>
    private int ReadCentered(int i)
    {
        var t = _src[i].Trim();
        AddMarked(ElementTypes.Centered, t[1..^1].Trim().ToString(), i, i);
        return i + 1;
    }

    /// <summary>A note that makes up whole lines. It may span lines, but not a truly blank one
    /// (an "empty" line inside a note is written as two spaces).</summary>
    private int? TryStandaloneNote(int i)
    {
        for (int k = i; k < _src.Count; k++)
        {
            if (k > i && _src.IsBlank(k) && !_src.IsTwoSpaceLine(k)) return null;
            var line = _src[k];
            int from = k == i ? line.IndexOf("[[") + 2 : 0;
            int close = line[from..].IndexOf("]]");
            if (close < 0) continue;
            close += from;
            if (!line[(close + 2)..].IsWhiteSpace()) return null;
            var parts = new List<string>(k - i + 1);
            // An "empty" line inside the note is two spaces in the markup, so that it is written back that way.
            for (int m = i; m <= k; m++) parts.Add(_src.IsBlank(m) ? "  " : _src[m].Trim().ToString());
            var markup = string.Join('\n', parts);
            var inner = markup[2..^2].Trim();
            if (inner.Contains("[[", StringComparison.Ordinal) || inner.Contains("]]", StringComparison.Ordinal)) return null;
            Add(ElementTypes.Note, inner.Replace("\n  \n", "\n\n"), i, k, markup);
            _transparentLine = k;
            return k + 1;
        }
        return null;
    }

    private static bool StartsStructuralLine(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart();
        return t.Length > 0 && t[0] is '#' or '=';
    }

    private int ReadAction(int i, bool forced)
    {
        int end = i;
        while (end + 1 < _src.Count && !_src.IsBlank(end + 1) && !StartsStructuralLine(_src[end + 1])) end++;

        string markup;
        if (end == i && !forced && _src[i].IndexOf('\t') < 0 && !char.IsWhiteSpace(_src[i][^1]))
        {
            markup = _src.String(i);
        }
        else
        {
            var sb = new System.Text.StringBuilder();
            for (int k = i; k <= end; k++)
            {
                var line = _src[k];
                if (k == i && forced) line = line[(line.IndexOf('!') + 1)..];
                if (k > i) sb.Append('\n');
                sb.Append(line);
            }
            markup = sb.ToString();
        }
        string plain = InlineMarkup.ToPlain(markup);
        var text = TidyActionText(plain);
        if (text.AsSpan().IsWhiteSpace() && markup.Contains("[[", StringComparison.Ordinal))
        {
            // Only notes on these lines: a note, not an empty action.
            Add(ElementTypes.Note, markup.Replace("[[", "").Replace("]]", "").Trim(), i, end, markup);
            _transparentLine = end;
            return end + 1;
        }
        Add(ElementTypes.Action, text, i, end, markup);
        return end + 1;
    }

    /// <summary>Action keeps indentation (tabs become four spaces) but not trailing whitespace.</summary>
    private static string TidyActionText(string plain)
    {
        bool hasTab = plain.Contains('\t');
        bool trailing = false;
        var span = plain.AsSpan();
        for (int k = 0; k < span.Length; k++)
        {
            if ((span[k] == ' ' || span[k] == '\u00A0') && (k + 1 == span.Length || span[k + 1] == '\n')) { trailing = true; break; }
        }
        if (!hasTab && !trailing) return plain;
        var lines = plain.Split('\n');
        for (int k = 0; k < lines.Length; k++) lines[k] = lines[k].Replace("\t", "    ").TrimEnd();
        return string.Join('\n', lines);
    }

    private int ReadLyricsParagraph(int i)
    {
        int end = i;
        bool allLyrics = true;
        while (end + 1 < _src.Count && !_src.IsBlank(end + 1))
        {
            end++;
            if (!_src[end].TrimStart().StartsWith('~')) allLyrics = false;
        }
        if (!allLyrics) return ReadAction(i, forced: false);
        var parts = new List<string>();
        for (int k = i; k <= end; k++) parts.Add(_src[k].Trim()[1..].Trim().ToString());
        AddMarked(ElementTypes.Lyrics, string.Join('\n', parts), i, end);
        return end + 1;
    }

    private int ReadDialogueBlock(int i, ReadOnlySpan<char> cue)
    {
        cue = StripCaret(cue, out bool dual);
        int? partner = dual ? PreviousBlockStart() : null;
        var cueMarkup = cue.ToString();
        var cueText = InlineMarkup.ToPlain(cueMarkup).Trim();
        var speaker = CharacterName.Normalize(cueText);
        var character = Add(ElementTypes.Character, cueText, i, i, cueMarkup);
        character.Character = speaker;

        bool pairs = partner != null;
        if (dual && !pairs)
            _result.Messages.Add(new ParseMessage("A dual-dialogue caret (^) has no dialogue before it to pair with, so it was read as ordinary dialogue.", i + 1));
        int blockStart = Elements.Count - 1;

        var pending = _pending;
        pending.Clear();
        string? pendingType = null;
        int pendingStart = 0, pendingEnd = 0;
        int j = i + 1;
        for (; j < _src.Count; j++)
        {
            if (_src.IsBlank(j))
            {
                if (_src.IsTwoSpaceLine(j) && j + 1 < _src.Count && !_src.IsBlank(j + 1) && pendingType != null)
                {
                    pending.Add("");
                    continue;
                }
                break;
            }
            var t = _src[j].Trim();
            if (IsParenthetical(t))
            {
                Flush();
                AddMarked(ElementTypes.Parenthetical, t.ToString(), j, j).Character = speaker;
                continue;
            }
            string type = t[0] == '~' ? ElementTypes.Lyrics : ElementTypes.Dialogue;
            if (type == ElementTypes.Lyrics) t = t[1..].Trim();
            if (pendingType != type) { Flush(); pendingType = type; pendingStart = j; }
            pending.Add(t.ToString());
            pendingEnd = j;
        }
        Flush();

        if (pairs)
        {
            for (int k = partner!.Value; k < Elements.Count; k++) Elements[k].Dual = true;
        }
        else
        {
            for (int k = blockStart; k < Elements.Count; k++) Elements[k].Dual = false;
        }
        return j;

        void Flush()
        {
            if (pendingType == null) return;
            while (pending.Count > 0 && pending[^1].Length == 0) pending.RemoveAt(pending.Count - 1);
            var markup = pending.Count == 1 ? pending[0] : string.Join('\n', pending);
            AddMarked(pendingType, markup, pendingStart, pendingEnd).Character = speaker;
            pending.Clear();
            pendingType = null;
        }
    }

    internal static bool IsParenthetical(ReadOnlySpan<char> t)
    {
        t = t.Trim("*_");
        return t.Length >= 2 && t[0] == '(' && t[^1] == ')';
    }

    /// <summary>The index of the character cue of the dialogue block that was read last, or null when the
    /// last element is not dialogue.</summary>
    private int? PreviousBlockStart()
    {
        return SpeechBlocks.StartOfLast(Elements);
    }
}
