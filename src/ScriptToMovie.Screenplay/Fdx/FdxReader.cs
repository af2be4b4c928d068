using System.Text;
using System.Xml;

namespace ScriptToMovie.Screenplay;

/// <summary>Reads Final Draft XML: a flat list of <c>&lt;Paragraph Type="…"&gt;</c> with <c>&lt;Text&gt;</c> runs,
/// <c>&lt;DualDialogue&gt;</c> wrappers and an optional <c>&lt;TitlePage&gt;</c>. Line numbers are lines of the XML.</summary>
internal static class FdxReader
{
    public static bool LooksLikeFdx(string text) =>
        text.AsSpan(0, Math.Min(text.Length, 4096)).Contains("<FinalDraft", StringComparison.Ordinal);

    private sealed class Paragraph(string? type, string? number, string? alignment, int line, bool inTitlePage, bool dual)
    {
        public readonly string? Type = type;
        public readonly string? Number = number;
        public readonly string? Alignment = alignment;
        public readonly int Line = line;
        public readonly bool InTitlePage = inTitlePage;
        public readonly bool Dual = dual;
        public readonly StringBuilder Text = new();
    }

    public static ReadResult Read(string text)
    {
        if (!LooksLikeFdx(text))
            throw new UnreadableScreenplayException("This .fdx file is not a Final Draft script: it has no <FinalDraft> document in it.");
        var result = new ReadResult();
        var titleParagraphs = new List<(string Text, string? Alignment, int Line)>();
        try
        {
            ReadParagraphs(text, result, titleParagraphs);
        }
        catch (XmlException ex)
        {
            throw new UnreadableScreenplayException(
                $"This Final Draft (.fdx) file is damaged near line {ex.LineNumber} and cannot be read. Export it again from Final Draft, or save it as .fountain or .pdf.", ex);
        }
        ReadTitlePage(titleParagraphs, result);
        return result;
    }

    private static void ReadParagraphs(string text, ReadResult result, List<(string, string?, int)> titleParagraphs)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var xr = XmlReader.Create(new StringReader(text), settings);
        var info = (IXmlLineInfo)xr;
        var open = new Stack<Paragraph>();
        int dualDepth = 0, titleDepth = 0;
        string? speaker = null;

        xr.Read();
        while (!xr.EOF)
        {
            if (xr.NodeType == XmlNodeType.Element)
            {
                switch (xr.LocalName)
                {
                    case "Text" when open.Count > 0:
                        open.Peek().Text.Append(xr.ReadElementContentAsString());
                        continue;
                    case "Paragraph" when !xr.IsEmptyElement:
                        open.Push(new Paragraph(xr.GetAttribute("Type"), xr.GetAttribute("Number"), xr.GetAttribute("Alignment"),
                            info.LineNumber, titleDepth > 0, dualDepth > 0));
                        break;
                    case "DualDialogue" when !xr.IsEmptyElement:
                        dualDepth++;
                        break;
                    case "TitlePage" when !xr.IsEmptyElement:
                        titleDepth++;
                        break;
                }
            }
            else if (xr.NodeType == XmlNodeType.EndElement)
            {
                switch (xr.LocalName)
                {
                    case "Paragraph" when open.Count > 0:
                        var p = open.Pop();
                        var content = p.Text.ToString().Replace("\r\n", "\n").Trim();
                        if (p.InTitlePage) titleParagraphs.Add((content, p.Alignment, p.Line));
                        else if (p.Type != null && content.Length > 0) Emit(p, content, info.LineNumber, result, ref speaker);
                        break;
                    case "DualDialogue": dualDepth = Math.Max(0, dualDepth - 1); break;
                    case "TitlePage": titleDepth = Math.Max(0, titleDepth - 1); break;
                }
            }
            xr.Read();
        }
    }

    private static void Emit(Paragraph p, string text, int endLine, ReadResult result, ref string? speaker)
    {
        string type = p.Type switch
        {
            "Scene Heading" => ElementTypes.SceneHeading,
            "Character" => ElementTypes.Character,
            "Dialogue" => ElementTypes.Dialogue,
            "Parenthetical" => ElementTypes.Parenthetical,
            "Transition" => ElementTypes.Transition,
            "Lyrics" or "Lyric" => ElementTypes.Lyrics,
            "New Act" or "End of Act" or "Act Break" => ElementTypes.Section,
            _ when string.Equals(p.Alignment, "Center", StringComparison.OrdinalIgnoreCase) => ElementTypes.Centered,
            _ => ElementTypes.Action,
        };
        var d = new ElementDraft(type, text, p.Line, Math.Max(p.Line, endLine));
        if (type == ElementTypes.SceneHeading)
        {
            d.SceneNumber = string.IsNullOrWhiteSpace(p.Number) ? null : p.Number.Trim();
            d.Text = text.Replace('\n', ' ');
        }
        if (type == ElementTypes.Section) d.Depth = 1;
        if (type == ElementTypes.Character)
        {
            d.Text = FountainParser.StripCaret(text.AsSpan(), out _).ToString();
            speaker = CharacterName.Normalize(d.Text);
        }
        else if (type is not (ElementTypes.Dialogue or ElementTypes.Parenthetical or ElementTypes.Lyrics))
        {
            speaker = null;
        }
        if (ElementTypes.IsSpeech(type) && (speaker != null || type == ElementTypes.Character))
        {
            d.Character = speaker;
            d.Dual = p.Dual;
        }
        if (type == ElementTypes.Centered && text.Contains('\n'))
        {
            // Centered text is one element per line, as Fountain reads it.
            foreach (var line in text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                result.Elements.Add(new ElementDraft(type, line, d.Line, d.EndLine));
            speaker = null;
            return;
        }
        if (type == ElementTypes.Dialogue && result.Elements.Count > 0 && result.Elements[^1] is { Type: ElementTypes.Dialogue } previous
            && previous.Character == d.Character && previous.Dual == d.Dual)
        {
            // Two dialogue paragraphs in a row are one speech in Fountain; keep them as one so that the
            // script converts to Fountain and back unchanged.
            previous.Text += "\n" + d.Text;
            previous.EndLine = d.EndLine;
            return;
        }
        result.Elements.Add(d);
    }

    /// <summary>A Final Draft title page is free text placed on the page, not key/value pairs: the first
    /// paragraph is the title, a "written by" line is the credit and the next the author, left-aligned text
    /// at the bottom is the contact, anything else goes into notes.</summary>
    private static void ReadTitlePage(List<(string Text, string? Alignment, int Line)> paragraphs, ReadResult result)
    {
        var texts = paragraphs.Where(p => p.Text.Length > 0).ToList();
        if (texts.Count == 0) return;
        result.TitlePage.Add("Title", texts[0].Text);
        for (int i = 1; i < texts.Count; i++)
        {
            var (t, align, _) = texts[i];
            bool credit = t.Length < 40 && (t.Equals("by", StringComparison.OrdinalIgnoreCase) || t.Contains(" by", StringComparison.OrdinalIgnoreCase)
                || t.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || t.EndsWith("by", StringComparison.OrdinalIgnoreCase));
            if (credit && !result.TitlePage.ContainsKey("Credit"))
            {
                result.TitlePage.Add("Credit", t);
                if (i + 1 < texts.Count) result.TitlePage.Add("Author", texts[++i].Text);
            }
            else if (string.Equals(align, "Left", StringComparison.OrdinalIgnoreCase)) result.TitlePage.Add("Contact", t);
            else result.TitlePage.Add("Notes", t);
        }
    }
}
