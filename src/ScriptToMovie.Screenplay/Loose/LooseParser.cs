using System.Text;

namespace ScriptToMovie.Screenplay;

/// <summary>Reads a screenplay in typewriter layout (plain text pasted from a script, or laid out from a PDF):
/// cues, parentheticals and dialogue are told apart by their indentation columns, which are measured from the
/// script itself; hard-wrapped lines are joined. Fountain's forced markers (<c>&gt;</c>, <c>.</c>, <c>!</c>,
/// <c>@</c>, <c>#</c>, <c>=</c>, <c>[[ ]]</c>) are honoured because such scripts are often lightly Fountain-ised.</summary>
internal sealed class LooseParser
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TransitionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "FADE IN:", "FADE IN.", "FADE OUT.", "FADE OUT:", "FADE OUT", "FADE TO BLACK.", "FADE TO BLACK:",
        "CUT TO BLACK.", "DISSOLVE:", "CUT:",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly SourceLines _src;
    private readonly ReadResult _result;
    private readonly StringBuilder _joined = new();
    private readonly int[] _indent;
    private readonly int _dialogueColumn;
    private readonly int _cueMinimum;
    private readonly int _transitionMinimum;

    private List<ElementDraft> Elements => _result.Elements;

    private LooseParser(SourceLines src, ReadResult result)
    {
        _src = src;
        _result = result;
        _indent = src.Indents();
        (_dialogueColumn, int cueColumn) = MeasureColumns();
        _cueMinimum = (_dialogueColumn + cueColumn) / 2 + 1;
        _transitionMinimum = Math.Max(cueColumn + 12, 40);
    }

    /// <summary>Reads lines already split (and cleared of boneyards) into <paramref name="result"/>.</summary>
    public static ReadResult Parse(SourceLines src, ReadResult result)
    {
        var parser = new LooseParser(src, result);
        parser.Run();
        return parser._result;
    }

    /// <summary>Dialogue is the most common indentation between 4 and 20 columns; cues are the most common
    /// indentation of upper-case lines to the right of it.</summary>
    private (int Dialogue, int Cue) MeasureColumns()
    {
        var counts = new Dictionary<int, int>();
        for (int i = 0; i < _indent.Length; i++)
            if (_indent[i] is >= 4 and < 20) counts[_indent[i]] = counts.GetValueOrDefault(_indent[i]) + 1;
        int dialogue = counts.Count == 0 ? 10 : counts.MaxBy(p => p.Value).Key;

        counts.Clear();
        for (int i = 0; i < _indent.Length; i++)
        {
            if (_indent[i] <= dialogue + 4) continue;
            var t = _src[i].Trim();
            if (FountainParser.IsCue(t) && !IsBlankAt(i + 1)) counts[_indent[i]] = counts.GetValueOrDefault(_indent[i]) + 1;
        }
        int cue = counts.Count == 0 ? dialogue + 12 : counts.MaxBy(p => p.Value).Key;
        return (dialogue, cue);
    }

    private bool IsBlankAt(int i) => i >= _src.Count || _indent[i] < 0;

    private void Run()
    {
        int i = ReadTitleArea();
        while (i < _src.Count)
        {
            if (_indent[i] < 0) { i++; continue; }
            i = ReadAt(i);
        }
    }

    /// <summary>Title: / Author: lines and centred credit lines before the script starts.</summary>
    private int ReadTitleArea()
    {
        int i = 0;
        int lastUsed = -1;
        while (i < _src.Count)
        {
            if (_indent[i] < 0) { i++; continue; }
            var line = _src[i];
            if (_indent[i] == 0 && TitlePageReader.TryKey(line, out var key, out var value)
                && TitlePageReader.KnownKeys.Contains(key.ToString()))
            {
                int end = i;
                var values = new List<string>();
                if (!value.IsEmpty) values.Add(value.ToString());
                while (value.IsEmpty && end + 1 < _src.Count && _indent[end + 1] >= 3)
                {
                    end++;
                    values.Add(_src[end].Trim().ToString());
                }
                _result.TitlePage.Add(key.ToString(), InlineMarkup.ToPlain(string.Join('\n', values)));
                _result.TitlePageLines.Add(new SourceRange(i + 1, end + 1));
                i = end + 1;
                lastUsed = i;
                continue;
            }
            // Centred credits ("Based on a story by") between title-page entries.
            if (_result.TitlePage.Count > 0 && _indent[i] >= _dialogueColumn && !StartsDialogueBlock(i))
            {
                int end = ParagraphEnd(i);
                AddCentered(i, end);
                i = end + 1;
                lastUsed = i;
                continue;
            }
            break;
        }
        return lastUsed < 0 ? 0 : lastUsed;
    }

    private int ParagraphEnd(int i)
    {
        while (i + 1 < _src.Count && _indent[i + 1] >= 0) i++;
        return i;
    }

    private bool StartsDialogueBlock(int i) =>
        !IsBlankAt(i + 1)
        // At the cue column over less indented text, or (in badly typed scripts) well to the right of it.
        && (_indent[i] >= _cueMinimum && _indent[i + 1] < _indent[i] && _indent[i + 1] >= 4
            || _indent[i] >= 8 && _indent[i + 1] >= 1 && _indent[i + 1] <= _indent[i] - 6)
        && FountainParser.IsCue(_src[i].Trim())
        && SceneHeadingParts.PrefixLength(_src[i].Trim(), out _) == 0;

    private int ReadAt(int i)
    {
        var t = _src[i].Trim();
        char c = t[0];
        int indent = _indent[i];
        bool single = IsBlankAt(i + 1);

        if (c == '>' && t.Length >= 2 && t[^1] == '<')
        {
            Add(ElementTypes.Centered, t[1..^1].Trim().ToString(), i, i);
            return i + 1;
        }
        if (c == '>') { Add(ElementTypes.Transition, t[1..].Trim().ToString(), i, i); return i + 1; }
        if (c == '=' && t.Length >= 3 && !t.ContainsAnyExcept('='))
        {
            Elements.Add(new ElementDraft(ElementTypes.PageBreak, "", i + 1, i + 1) { Markup = t.ToString() });
            return i + 1;
        }
        if (c == '=' && indent < 4) { Add(ElementTypes.Synopsis, t[1..].Trim().ToString(), i, i); return i + 1; }
        if (c == '#' && indent < 4)
        {
            int depth = t.Length - t.TrimStart('#').Length;
            Add(ElementTypes.Section, t[depth..].Trim().ToString(), i, i).Depth = depth;
            return i + 1;
        }
        if (t.StartsWith("[[") && t.EndsWith("]]") && t[2..^2].IndexOf("]]") < 0)
        {
            Add(ElementTypes.Note, t[2..^2].Trim().ToString(), i, i, t.ToString());
            return i + 1;
        }
        if (c == '.' && t.Length > 1 && char.IsLetterOrDigit(t[1]) && indent < 4) return ReadHeading(i, t[1..]);
        if (indent < _dialogueColumn && SceneHeadingParts.PrefixLength(t, out _) > 0) return ReadHeading(i, t);
        if (c == '@' && !single) return ReadDialogueBlock(i, t[1..]);
        if (StartsDialogueBlock(i)) return ReadDialogueBlock(i, t);
        if (single && FountainParser.IsUpperCase(t) && IsTransitionText(t, indent))
        {
            Add(ElementTypes.Transition, t.ToString(), i, i);
            return i + 1;
        }

        int end = ParagraphEnd(i);
        if (indent >= _dialogueColumn + 5)
        {
            AddCentered(i, end);
            return end + 1;
        }
        if (indent >= 4 && ContinuesSpeech(i))
        {
            var previous = Elements[^1];
            var more = AddJoined(ElementTypes.Dialogue, i, end);
            more.Character = previous.Character;
            more.Dual = previous.Dual;
            if (previous.Type == ElementTypes.Dialogue)
            {
                // One speech with a paragraph break, as Fountain writes it (an empty line inside dialogue).
                Elements.RemoveAt(Elements.Count - 1);
                previous.Text += "\n\n" + more.Text;
                previous.Markup = (previous.Markup ?? previous.Text) + "\n\n" + (more.Markup ?? more.Text);
                previous.EndLine = more.EndLine;
            }
            return end + 1;
        }
        AddJoined(ElementTypes.Action, i, end, c == '!' ? 1 : 0);
        return end + 1;
    }

    private bool IsTransitionText(ReadOnlySpan<char> t, int indent) =>
        t.EndsWith("TO:") || TransitionWords.Contains(t)
        || indent >= _transitionMinimum && (t.EndsWith(":") || t.EndsWith("."));

    /// <summary>Dialogue indented like dialogue, after a speech with only blank lines between: the same
    /// speaker goes on (a speech broken by a blank line, or by a page break in a PDF).</summary>
    private bool ContinuesSpeech(int i)
    {
        if (Elements.Count == 0 || Elements[^1].Type is not (ElementTypes.Dialogue or ElementTypes.Parenthetical)) return false;
        if (_indent[i] >= _cueMinimum || _src[i].Trim()[0] == '(') return false;
        return Math.Abs(_indent[i] - _dialogueColumn) <= 3;
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
                number = body[(open + 1)..^1].ToString();
                body = body[..open].TrimEnd();
            }
        }
        Add(ElementTypes.SceneHeading, body.ToString(), i, i).SceneNumber = number;
        return i + 1;
    }

    private int ReadDialogueBlock(int i, ReadOnlySpan<char> cue)
    {
        cue = FountainParser.StripCaret(cue.Trim(), out bool dual);
        var cueText = InlineMarkup.ToPlain(cue.ToString()).Trim();
        var speaker = CharacterName.Normalize(cueText);
        int? partner = dual ? SpeechBlocks.StartOfLast(Elements) : null;
        int blockStart = Elements.Count;
        Add(ElementTypes.Character, cueText, i, i).Character = speaker;

        int j = i + 1;
        // Flush-left text ends the speech (the action goes on without a blank line), except straight after
        // a forced @cue, whose dialogue may be typed flush-left.
        while (j < _src.Count && (_indent[j] > 0 || _indent[j] == 0 && j == i + 1))
        {
            var t = _src[j].Trim();
            int end = j;
            if (t[0] == '(')
            {
                // A parenthetical may wrap over a few lines: "(looking at the" / "card)".
                while (!_src[end].TrimEnd().EndsWith(")") && end + 1 < _src.Count && _indent[end + 1] > 0
                       && end - j < 4 && _src[end + 1].Trim()[0] != '(') end++;
                if (!_src[end].TrimEnd().EndsWith(")")) end = j;
                AddJoined(ElementTypes.Parenthetical, j, end).Character = speaker;
            }
            else
            {
                while (end + 1 < _src.Count && _indent[end + 1] > 0 && _src[end + 1].Trim()[0] != '(') end++;
                bool lyrics = t[0] == '~';
                AddJoined(lyrics ? ElementTypes.Lyrics : ElementTypes.Dialogue, j, end, lyrics ? 1 : 0).Character = speaker;
            }
            j = end + 1;
        }
        int from = partner is >= 0 ? partner.Value : blockStart;
        for (int k = from; k < Elements.Count; k++) Elements[k].Dual = partner is >= 0;
        return j;
    }

    private ElementDraft Add(string type, string markup, int line, int endLine, string? explicitMarkup = null)
    {
        var plain = InlineMarkup.ToPlain(markup);
        var d = new ElementDraft(type, ReferenceEquals(plain, markup) ? markup : plain.Trim(), line + 1, endLine + 1)
        {
            Markup = explicitMarkup ?? markup,
        };
        Elements.Add(d);
        return d;
    }

    /// <summary>Joins hard-wrapped lines into one paragraph.</summary>
    private ElementDraft AddJoined(string type, int i, int end, int skipFirst = 0)
    {
        if (i == end)
        {
            var only = _src[i].Trim();
            if (skipFirst > 0) only = only[skipFirst..].TrimStart();
            return Add(type, only.ToString(), i, i);
        }
        var sb = _joined.Clear();
        for (int k = i; k <= end; k++)
        {
            var t = _src[k].Trim();
            if (k == i && skipFirst > 0) t = t[skipFirst..].TrimStart();
            if (t.IsEmpty) continue;
            // "sun-" / "worshippers" was one word broken at its hyphen; "--" is a dash and keeps its space.
            bool brokenWord = sb.Length > 1 && sb[^1] == '-' && char.IsLetter(sb[^2]);
            if (sb.Length > 0 && !brokenWord) sb.Append(' ');
            sb.Append(t);
        }
        return Add(type, sb.ToString(), i, end);
    }

    /// <summary>Centered text is one element per line, as Fountain reads it.</summary>
    private void AddCentered(int i, int end)
    {
        for (int k = i; k <= end; k++) Add(ElementTypes.Centered, _src[k].Trim().ToString(), k, k);
    }
}
