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
        int firstPage = 0;
        if (pages.Count > 1 && IsTitlePage(pages[0]))
        {
            WriteTitlePage(pages[0], sb);
            firstPage = 1;
        }
        bool continuingSpeech = false;
        for (int p = firstPage; p < pages.Count; p++)
        {
            var page = pages[p];
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
                if (SplitDualPair(body, i, column, left, cw, pitch) is { } dual)
                {
                    WriteDual(dual, sb);
                    i = dual.LastIndex;
                    continue;
                }
                var text = line.Text;
                if (line.X < left - cw * 2) text = MoveSceneNumber(text);
                sb.Append(' ', column).Append(text).Append('\n');
            }
            continuingSpeech = endsWithMore;
        }
        return sb.ToString();
    }

    private sealed record DualPair(List<string> Left, List<string> Right, int LastIndex);

    /// <summary>Dual dialogue is printed side by side: a line holding two cues starts a pair of columns,
    /// which go on until the next blank line.</summary>
    private static DualPair? SplitDualPair(List<PdfLine> body, int i, int column, double left, double cw, double pitch)
    {
        var cues = SplitColumns(body[i].Text);
        if (cues is not { } pair || !FountainParser.IsCue(pair.Left) || !FountainParser.IsCue(pair.Right)) return null;
        int splitAt = column + body[i].Text.IndexOf(pair.Right, pair.Left.Length, StringComparison.Ordinal);
        var leftLines = new List<string> { pair.Left };
        var rightLines = new List<string> { pair.Right };
        int k = i + 1;
        for (; k < body.Count && body[k - 1].Y - body[k].Y < pitch * 1.5; k++)
        {
            int col = Math.Max(0, (int)Math.Round((body[k].X - left) / cw));
            var text = body[k].Text;
            if (col >= splitAt - 6) { rightLines.Add(text.Trim()); continue; }
            var parts = SplitColumns(text);
            if (parts is { } both) { leftLines.Add(both.Left); rightLines.Add(both.Right); }
            else leftLines.Add(text.Trim());
        }
        return new DualPair(leftLines, rightLines, k - 1);
    }

    private static (string Left, string Right)? SplitColumns(string text)
    {
        var t = text.Trim();
        int gap = t.IndexOf("    ", StringComparison.Ordinal);
        if (gap <= 0) return null;
        var right = t[gap..].Trim();
        return right.Length == 0 ? null : (t[..gap].Trim(), right);
    }

    private static void WriteDual(DualPair pair, StringBuilder sb)
    {
        WriteSpeech(pair.Left, "", sb);
        sb.Append('\n');
        WriteSpeech(pair.Right, " ^", sb);
    }

    /// <summary>Writes one column of a dual pair back at the usual cue, parenthetical and dialogue columns.</summary>
    private static void WriteSpeech(List<string> lines, string cueSuffix, StringBuilder sb)
    {
        sb.Append(' ', 20).Append(lines[0]).Append(cueSuffix).Append('\n');
        foreach (var line in lines.Skip(1))
            sb.Append(' ', line.StartsWith('(') ? 15 : 10).Append(line).Append('\n');
    }

    /// <summary>A first page with no scene heading and no transition is a title page.</summary>
    private static bool IsTitlePage(List<PdfLine> page) =>
        page.Count < 40 && !page.Any(l =>
        {
            var t = l.Text.Trim();
            return SceneHeadingParts.PrefixLength(t, out _) > 0 || t.EndsWith("TO:", StringComparison.Ordinal);
        });

    /// <summary>Turns the free text of a printed title page back into Fountain title-page keys.</summary>
    private static void WriteTitlePage(List<PdfLine> page, StringBuilder sb)
    {
        var paragraphs = new List<List<string>>();
        double pitch = LinePitch(page);
        for (int i = 0; i < page.Count; i++)
        {
            if (i == 0 || page[i - 1].Y - page[i].Y > pitch * 1.5) paragraphs.Add([]);
            paragraphs[^1].Add(page[i].Text.Trim());
        }
        var entries = new List<(string Key, List<string> Values)>();
        void Add(string key, IEnumerable<string> values)
        {
            var entry = entries.FirstOrDefault(e => e.Key == key);
            if (entry.Key == null) entries.Add((key, values.ToList()));
            else entry.Values.AddRange(values);
        }
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var joined = string.Join(' ', para);
            if (p == 0) { Add("Title", para); continue; }
            bool credit = joined.Length < 30 && (joined.Equals("by", StringComparison.OrdinalIgnoreCase) || joined.EndsWith(" by", StringComparison.OrdinalIgnoreCase));
            if (credit && p + 1 < paragraphs.Count && entries.All(e => e.Key != "Credit"))
            {
                Add("Credit", [joined]);
                Add("Author", paragraphs[++p]);
                continue;
            }
            var dates = para.Where(IsDateLike).ToList();
            if (dates.Count > 0) Add("Draft date", dates);
            var rest = para.Where(l => !IsDateLike(l)).ToList();
            if (rest.Count == 0) continue;
            bool source = joined.Contains(" by ", StringComparison.OrdinalIgnoreCase) || joined.StartsWith("based on", StringComparison.OrdinalIgnoreCase);
            Add(source ? "Source" : "Contact", rest);
        }
        foreach (var (key, values) in entries)
        {
            sb.Append(key).Append(':');
            if (values.Count == 1) sb.Append(' ').Append(values[0]).Append('\n');
            else
            {
                sb.Append('\n');
                foreach (var v in values) sb.Append("    ").Append(v).Append('\n');
            }
        }
        sb.Append('\n');
    }

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May ", "June", "July", "August", "September", "October", "November", "December"];

    private static bool IsDateLike(string line)
    {
        var t = line.Trim();
        if (t.Length is < 6 or > 30 || t.Count(char.IsDigit) < 4) return false;
        bool numeric = System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$");
        bool named = Months.Any(m => t.Contains(m, StringComparison.OrdinalIgnoreCase));
        return numeric || named;
    }

    /// <summary>The distance between two lines of one paragraph: the smallest gap that occurs more than once
    /// (the most common gap may be the double spacing between paragraphs).</summary>
    private static double LinePitch(List<PdfLine> lines)
    {
        var gaps = new Dictionary<double, int>();
        for (int i = 1; i < lines.Count; i++)
        {
            double g = Math.Round((lines[i - 1].Y - lines[i].Y) * 2) / 2;
            if (g > 0.5) gaps[g] = gaps.GetValueOrDefault(g) + 1;
        }
        if (gaps.Count == 0) return lines.Count > 0 ? Math.Max(1, lines[0].Height) : 12;
        var repeated = gaps.Where(p => p.Value > 1).Select(p => p.Key).ToList();
        return repeated.Count > 0 ? repeated.Min() : gaps.Keys.Min();
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
