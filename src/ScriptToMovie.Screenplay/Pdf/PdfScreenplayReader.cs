using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ScriptToMovie.Screenplay;

/// <summary>Reads a PDF with a text layer: each text line is put back at its horizontal position in
/// character columns (screenplays are set in a fixed-pitch font), then the loose reader classifies it by
/// indentation. Page numbers, (MORE) and the repeated cue with (CONT'D) after a page break are removed.
/// Line numbers refer to the laid-out text, since a PDF has no source lines.</summary>
internal static class PdfScreenplayReader
{
    public static bool IsPdf(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    private sealed record PdfLine(double Y, double X, string Text, double Height);

    public static ScreenplayDocument Read(byte[] bytes)
    {
        List<List<PdfLine>> pages;
        double charWidth;
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            (pages, charWidth) = ExtractLines(pdf);
        }
        catch (UnreadableScreenplayException) { throw; }
        catch (Exception ex)
        {
            throw new UnreadableScreenplayException("This PDF file is damaged or protected and cannot be read. Export it again, or upload the script as .fountain or .fdx.", ex);
        }
        if (pages.All(p => p.Count == 0))
            throw new UnreadableScreenplayException("This PDF has no text in it: it looks like a scanned image. Upload a PDF exported from screenwriting software, or the script as .fountain, .fdx or plain text.");

        var text = LayOut(pages, charWidth);
        var result = ScreenplayReader.ParseLaidOutText(text);
        return DocumentAssembler.Assemble(result, ScreenplayFormats.Pdf);
    }

    private static (List<List<PdfLine>> Pages, double CharWidth) ExtractLines(PdfDocument pdf)
    {
        var pages = new List<List<PdfLine>>();
        var widths = new List<double>();
        foreach (var page in pdf.GetPages())
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            foreach (var l in letters.Take(400)) if (l.Width > 0) widths.Add(l.Width);
            pages.Add(GroupIntoLines(letters));
        }
        widths.Sort();
        double cw = widths.Count == 0 ? 7.2 : widths[widths.Count / 2];
        return (pages, cw <= 0 ? 7.2 : cw);
    }

    private static List<PdfLine> GroupIntoLines(List<Letter> letters)
    {
        var lines = new List<PdfLine>();
        if (letters.Count == 0) return lines;
        letters.Sort((a, b) =>
        {
            int byY = b.StartBaseLine.Y.CompareTo(a.StartBaseLine.Y);
            return Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) < 1.0 ? a.StartBaseLine.X.CompareTo(b.StartBaseLine.X) : byY;
        });
        int start = 0;
        for (int i = 1; i <= letters.Count; i++)
        {
            if (i < letters.Count && Math.Abs(letters[i].StartBaseLine.Y - letters[start].StartBaseLine.Y) < Math.Max(1.0, letters[start].PointSize * 0.3)) continue;
            var run = letters.GetRange(start, i - start);
            run.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            lines.Add(new PdfLine(run[0].StartBaseLine.Y, run[0].StartBaseLine.X, BuildLineText(run), run.Max(l => l.PointSize)));
            start = i;
        }
        return lines;
    }

    /// <summary>Letters in one line with spaces put back where the gap between glyphs is wide.</summary>
    private static string BuildLineText(List<Letter> run)
    {
        var sb = new StringBuilder(run.Count + 8);
        double? lastEnd = null;
        double x0 = run[0].StartBaseLine.X;
        double cw = Math.Max(0.1, run.Average(l => l.Width));
        foreach (var l in run)
        {
            if (lastEnd is double end)
            {
                double gap = l.StartBaseLine.X - end;
                if (gap > cw * 0.3)
                {
                    // Keep the column of the letter (a fixed-pitch layout) rather than a single space.
                    int targetColumn = (int)Math.Round((l.StartBaseLine.X - x0) / cw);
                    int spaces = Math.Max(1, targetColumn - sb.Length);
                    sb.Append(' ', Math.Min(spaces, 200));
                }
            }
            sb.Append(l.Value);
            lastEnd = l.StartBaseLine.X + l.Width;
        }
        return sb.ToString();
    }

    private static string LayOut(List<List<PdfLine>> pages, double cw)
    {
        // The action margin: the most common left edge of a line.
        var left = pages.SelectMany(p => p).GroupBy(l => Math.Round(l.X)).MaxBy(g => g.Count())!.Key;
        var sb = new StringBuilder();
        bool continuingSpeech = false;
        foreach (var page in pages)
        {
            var body = page.Where(l => !IsPageNumber(l, page)).ToList();
            if (body.Count == 0) continue;
            bool endsWithMore = body[^1].Text.Trim() is "(MORE)" or "(more)";
            if (endsWithMore) body.RemoveAt(body.Count - 1);
            int first = 0;
            if (continuingSpeech && body.Count > 0 && IsContinuedCue(body[0].Text)) first = 1;
            else if (sb.Length > 0) sb.Append('\n');

            double pitch = LinePitch(body);
            for (int i = first; i < body.Count; i++)
            {
                var line = body[i];
                if (i > first)
                {
                    double gap = body[i - 1].Y - line.Y;
                    int blanks = Math.Clamp((int)Math.Round(gap / pitch) - 1, 0, 3);
                    for (int b = 0; b < blanks; b++) sb.Append('\n');
                }
                int column = Math.Max(0, (int)Math.Round((line.X - left) / cw));
                var text = line.Text;
                if (line.X < left - cw * 2) text = MoveSceneNumber(text);
                sb.Append(' ', column).Append(text).Append('\n');
            }
            continuingSpeech = endsWithMore;
        }
        return sb.ToString();
    }

    private static double LinePitch(List<PdfLine> lines)
    {
        var gaps = new List<double>();
        for (int i = 1; i < lines.Count; i++)
        {
            double g = lines[i - 1].Y - lines[i].Y;
            if (g > 0.5) gaps.Add(Math.Round(g, 1));
        }
        if (gaps.Count == 0) return 12;
        return gaps.GroupBy(g => g).MaxBy(g => g.Count())!.Key;
    }

    private static bool IsPageNumber(PdfLine line, List<PdfLine> page)
    {
        bool edge = ReferenceEquals(line, page[0]) || ReferenceEquals(line, page[^1]);
        if (!edge) return false;
        var t = line.Text.Trim().TrimEnd('.');
        return t.Length is > 0 and < 6 && t.All(char.IsDigit);
    }

    private static bool IsContinuedCue(string text)
    {
        var t = text.Trim();
        return (t.Contains("CONT'D", StringComparison.OrdinalIgnoreCase) || t.Contains("CONT’D", StringComparison.OrdinalIgnoreCase))
               && FountainParser.IsCue(t);
    }

    /// <summary>Scene numbers printed in the margins ("12  INT. HOUSE - DAY  12") become a Fountain scene number.</summary>
    private static string MoveSceneNumber(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].All(ch => char.IsLetterOrDigit(ch) || ch is '.' or '-')) return text;
        var number = parts[0].TrimEnd('.');
        var rest = parts[^1].TrimEnd('.') == number ? parts[1..^1] : parts[1..];
        return string.Join(' ', rest) + " #" + number + "#";
    }
}
