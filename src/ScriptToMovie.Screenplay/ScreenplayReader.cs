namespace ScriptToMovie.Screenplay;

/// <summary>Reads a screenplay in any supported format into one <see cref="ScreenplayDocument"/>.</summary>
public static class ScreenplayReader
{
    /// <summary>Reads the bytes of a .fountain, .txt, .fdx or .pdf file. <paramref name="fileName"/> is only a hint.</summary>
    /// <exception cref="UnreadableScreenplayException">Binary data, a PDF without a text layer, or a damaged FDX file.</exception>
    public static ScreenplayDocument Read(byte[] bytes, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (PdfScreenplayReader.IsPdf(bytes))
            return PdfScreenplayReader.Read(bytes);

        var messages = new List<ParseMessage>();
        var text = TextDecoder.Decode(bytes, messages);
        bool named = fileName != null && fileName.EndsWith(".fdx", StringComparison.OrdinalIgnoreCase);
        if (named || FdxReader.LooksLikeFdx(text))
        {
            var fdx = FdxReader.Read(text);
            fdx.Messages.InsertRange(0, messages);
            return DocumentAssembler.Assemble(fdx, ScreenplayFormats.Fdx);
        }
        return ReadText(text, messages);
    }

    /// <summary>Reads screenplay text (Fountain or a loose typewriter layout). Never throws.</summary>
    public static ScreenplayDocument ReadText(string text) => ReadText(text ?? "", []);

    private static ScreenplayDocument ReadText(string text, List<ParseMessage> earlier)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var result = ParseLaidOutText(text, out bool loose);
        result.Messages.InsertRange(0, earlier);
        if (text.AsSpan().IsWhiteSpace())
            result.Messages.Add(new ParseMessage("The screenplay is empty.", null));
        return DocumentAssembler.Assemble(result, loose ? ScreenplayFormats.Loose : ScreenplayFormats.Fountain);
    }

    /// <summary>Reads text already laid out by the PDF reader.</summary>
    internal static ReadResult ParseLaidOutText(string text) => ParseLaidOutText(text, out _);

    /// <summary>Splits the text once and hands the lines to the reader that fits its layout.</summary>
    private static ReadResult ParseLaidOutText(string text, out bool loose)
    {
        var result = new ReadResult();
        var src = SourceLines.Split(text, result);
        loose = LayoutDetector.MayBeLoose(text) && LayoutDetector.IsLoose(src);
        return loose ? LooseParser.Parse(src, result) : FountainParser.Parse(src, result);
    }
}
