using System.Text;

namespace ScriptToMovie.Screenplay;

/// <summary>Writes a document as clean Fountain. Elements read from Fountain keep their markup as written;
/// text from FDX, PDF or loose scripts is escaped, and forcing marks (<c>!</c>, <c>@</c>, <c>.</c>, <c>&gt;</c>)
/// are added wherever Fountain would otherwise read an element as something else.</summary>
public static class FountainWriter
{
    public static string Write(ScreenplayDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var sb = new StringBuilder();
        WriteTitlePage(sb, doc.TitlePage);

        bool escape = doc.Format == ScreenplayFormats.Fdx;
        var chunks = new List<string>();
        var boneyards = doc.Boneyards.Where(b => b.Standalone).OrderBy(b => b.Line).ToList();
        int nextBoneyard = 0;
        bool leftOfDualPair = false;
        var block = new StringBuilder();

        foreach (var (e, sceneNumber) in Ordered(doc))
        {
            // Speech carries its speaker; lyrics without one stand on their own.
            bool continuesBlock = block.Length > 0 && ElementTypes.IsSpeech(e.Type) && e.Type != ElementTypes.Character && e.Character != null;
            if (!continuesBlock) FlushBlock();
            while (nextBoneyard < boneyards.Count && boneyards[nextBoneyard].Line < e.Line)
                chunks.Add("/*" + boneyards[nextBoneyard++].Text + "*/");

            switch (e.Type)
            {
                case ElementTypes.Character:
                    block.Append(Cue(e, escape, ref leftOfDualPair));
                    break;
                case ElementTypes.Dialogue or ElementTypes.Parenthetical or ElementTypes.Lyrics when continuesBlock:
                    block.Append('\n').Append(SpeechLine(e, escape));
                    break;
                default:
                    leftOfDualPair = false;
                    chunks.Add(Element(e, sceneNumber, escape));
                    break;
            }
        }
        FlushBlock();
        while (nextBoneyard < boneyards.Count) chunks.Add("/*" + boneyards[nextBoneyard++].Text + "*/");

        if (chunks.Count > 0)
        {
            if (sb.Length > 0) sb.Append("\n\n\n");
            sb.AppendJoin("\n\n", chunks);
        }
        return sb.ToString();

        void FlushBlock()
        {
            if (block.Length == 0) return;
            var written = block.ToString();
            // A cue with nothing under it is only a cue when forced.
            if (!written.Contains('\n') && written[0] != '@') written = "@" + written;
            chunks.Add(written);
            block.Clear();
        }
    }

    private static IEnumerable<(ScriptElement Element, string? SceneNumber)> Ordered(ScreenplayDocument doc)
    {
        foreach (var e in doc.Elements) yield return (e, null);
        foreach (var scene in doc.Scenes)
            for (int i = 0; i < scene.Elements.Count; i++)
                yield return (scene.Elements[i], i == 0 ? scene.ScriptSceneNumber : null);
    }

    private static void WriteTitlePage(StringBuilder sb, IReadOnlyDictionary<string, string> titlePage)
    {
        foreach (var (key, value) in titlePage)
        {
            if (sb.Length > 0) sb.Append('\n');
            var lines = value.Split('\n');
            // A title page only opens with an unknown key when indented values follow it.
            bool unknownFirst = sb.Length == 0 && !TitlePageReader.KnownKeys.Contains(key);
            if (lines.Length == 1 && !unknownFirst)
            {
                sb.Append(key).Append(':');
                if (value.Length > 0) sb.Append(' ').Append(InlineMarkup.Escape(value));
                continue;
            }
            sb.Append(key).Append(':');
            foreach (var line in lines) sb.Append("\n\t").Append(InlineMarkup.Escape(line));
        }
    }

    /// <summary>What to write for an element: its markup as written, or its text. Text read from Fountain, loose
    /// text or PDF is already Fountain (those readers take markup from it); text from FDX is plain and is escaped.</summary>
    private static string Source(ScriptElement e, bool escape) => e.Markup ?? (escape ? InlineMarkup.Escape(e.Text) : e.Text);

    private static string Cue(ScriptElement e, bool escape, ref bool leftOfDualPair)
    {
        var cue = Source(e, escape);
        var t = cue.AsSpan().Trim();
        bool plain = t.Length > 0 && FountainParser.IsCue(t) && !StartsWithMarker(t)
                     && SceneHeadingParts.PrefixLength(t, out _) == 0;
        var written = plain ? cue.Trim() : "@" + cue.Trim();
        if (e.Dual == true)
        {
            if (leftOfDualPair) { leftOfDualPair = false; return written + " ^"; }
            leftOfDualPair = true;
        }
        else leftOfDualPair = false;
        return written;
    }

    private static string SpeechLine(ScriptElement e, bool escape)
    {
        var text = Source(e, escape);
        switch (e.Type)
        {
            case ElementTypes.Parenthetical:
                var t = text.Trim();
                return FountainParser.IsParenthetical(t) ? t : "(" + t.Replace('\n', ' ') + ")";
            case ElementTypes.Lyrics:
                return string.Join('\n', text.Split('\n').Select(l => "~" + l));
            default:
                // An empty line inside dialogue is written as two spaces, so that it does not end the speech.
                return string.Join('\n', text.Split('\n').Select(l => l.Trim().Length == 0 ? "  " : l));
        }
    }

    private static string Element(ScriptElement e, string? sceneNumber, bool escape)
    {
        switch (e.Type)
        {
            case ElementTypes.SceneHeading:
            {
                var h = Source(e, escape).Trim();
                bool needsDot = SceneHeadingParts.PrefixLength(h, out _) == 0 || h.Contains('\n');
                var line = (needsDot ? "." : "") + h.Replace('\n', ' ');
                return sceneNumber == null ? line : line + " #" + sceneNumber + "#";
            }
            case ElementTypes.Transition:
            {
                var t = Source(e, escape).Trim();
                return !t.Contains('\n') && FountainParser.IsTransition(t, t) && !StartsWithMarker(t) ? t : "> " + t.Replace('\n', ' ');
            }
            case ElementTypes.Centered:
                return string.Join('\n', Source(e, escape).Split('\n').Select(l => "> " + l.Trim() + " <"));
            case ElementTypes.Lyrics:
                return string.Join('\n', Source(e, escape).Split('\n').Select(l => "~" + l));
            case ElementTypes.Section:
                return new string('#', Math.Max(1, e.Depth ?? 1)) + " " + Source(e, escape);
            case ElementTypes.Synopsis:
                return "= " + Source(e, escape).Replace('\n', ' ');
            case ElementTypes.Note:
                return e.Markup ?? "[[" + string.Join('\n', e.Text.Split('\n').Select(l => l.Trim().Length == 0 ? "  " : l)) + "]]";
            case ElementTypes.PageBreak:
                return e.Markup ?? "===";
            case ElementTypes.Dialogue or ElementTypes.Parenthetical:
                // Speech without a cue (it can only come from a damaged source): keep the words as action.
                return Action(e.Text);
            default:
                return Action(Source(e, escape));
        }
    }

    private static string Action(string text)
    {
        int nl = text.IndexOf('\n');
        var first = (nl < 0 ? text : text[..nl]).AsSpan();
        var t = first.Trim();
        if (t.IsEmpty) return "!" + text; // an empty forced action ("!") stays one
        bool multiLine = nl >= 0;
        bool ambiguous = StartsWithMarker(t)
                         || SceneHeadingParts.PrefixLength(t, out _) > 0
                         || !multiLine && FountainParser.IsTransition(first, t)
                         || multiLine && FountainParser.IsCue(t);
        return ambiguous ? "!" + text : text;
    }

    private static bool StartsWithMarker(ReadOnlySpan<char> t) =>
        t.Length > 0 && (t[0] is '!' or '@' or '~' or '=' or '#' or '>' or '^'
                         || t.StartsWith("[[")
                         || t[0] == '.' && t.Length > 1 && char.IsLetterOrDigit(t[1]));
}
