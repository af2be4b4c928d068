using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// The printable storyboard: a cover with the title page, then one panel per scene, 3×2 on landscape A4 (2×2 on
/// portrait A4 for 9:16 frames), each with its scene number and length above the frame and heading, action and a
/// dialogue excerpt below; film title, scene range and "page n / N" on every page.
/// </summary>
public static class StoryboardPdf
{
    private const double Margin = 28;
    private static readonly XColor Ink = XColor.FromArgb(30, 30, 30), Muted = XColor.FromArgb(110, 110, 110), Rule = XColor.FromArgb(190, 190, 190);

    public static (int Columns, int Rows) Grid(string aspect) => aspect == "9:16" ? (2, 2) : (3, 2);

    public static int PageCount(ExportTimeline timeline)
    {
        var (columns, rows) = Grid(timeline.AspectRatio);
        return 1 + (timeline.Scenes.Count + columns * rows - 1) / (columns * rows);
    }

    public static byte[] Write(ExportTimeline timeline, DateTime date)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"{timeline.Title} - storyboard";
        document.Info.Creator = "Script-to-Movie";
        var (columns, rows) = Grid(timeline.AspectRatio);
        var perPage = columns * rows;
        var total = PageCount(timeline);
        var orientation = timeline.AspectRatio == "9:16" ? PageOrientation.Portrait : PageOrientation.Landscape;

        using (var cover = Page(document, orientation)) Cover(cover, timeline, date, total);
        for (var first = 0; first < timeline.Scenes.Count; first += perPage)
        {
            var scenes = timeline.Scenes.Skip(first).Take(perPage).ToList();
            using var g = Page(document, orientation);
            var top = Header(g, timeline, scenes, date, document.PageCount, total);
            var bottom = g.PageSize.Height - Margin - 14;
            var cellWidth = (g.PageSize.Width - 2 * Margin) / columns;
            var cellHeight = (bottom - top) / rows;
            for (var i = 0; i < scenes.Count; i++)
                Panel(g, scenes[i], timeline, new XRect(Margin + i % columns * cellWidth, top + i / columns * cellHeight, cellWidth, cellHeight));
            Footer(g);
        }
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static XGraphics Page(PdfDocument document, PageOrientation orientation)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = orientation;
        return XGraphics.FromPdfPage(page);
    }

    private static void Cover(XGraphics g, ExportTimeline timeline, DateTime date, int total)
    {
        var width = g.PageSize.Width;
        var y = g.PageSize.Height * 0.28;
        foreach (var row in Wrap(g, timeline.Title, Font(30, true), width - 4 * Margin, 3))
        {
            g.DrawString(row, Font(30, true), new XSolidBrush(Ink), new XRect(0, y, width, 36), XStringFormats.TopCenter);
            y += 38;
        }
        y += 8;
        g.DrawString("Storyboard", Font(14, false), new XSolidBrush(Muted), new XRect(0, y, width, 18), XStringFormats.TopCenter);
        y += 40;
        foreach (var (key, value) in timeline.TitlePage.Where(e => !e.Key.Equals("title", StringComparison.OrdinalIgnoreCase)))
            foreach (var row in value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // Credit and author read as on a printed title page ("Written by" / "Mara Quill"); other entries keep their label.
                var text = key.ToLowerInvariant() is "credit" or "author" or "authors" ? row : $"{Label(key)}: {row}";
                g.DrawString(Fit(g, text, Font(11, false), width - 4 * Margin), Font(11, false), new XSolidBrush(Ink),
                    new XRect(0, y, width, 14), XStringFormats.TopCenter);
                y += 17;
            }
        var stats = $"{timeline.Scenes.Count} scene{(timeline.Scenes.Count == 1 ? "" : "s")}  ·  {Frames24.Clock(timeline.DurationFrames)}  ·  {timeline.AspectRatio}  ·  {date:d MMM yyyy}";
        g.DrawString(stats, Font(9, false), new XSolidBrush(Muted), new XRect(0, g.PageSize.Height - Margin - 40, width, 12), XStringFormats.TopCenter);
        PageNumber(g, 1, total);
        Footer(g);
    }

    /// <returns>Where the panels may start.</returns>
    private static double Header(XGraphics g, ExportTimeline timeline, IReadOnlyList<ExportScene> scenes, DateTime date, int page, int total)
    {
        var width = g.PageSize.Width - 2 * Margin;
        var range = scenes.Count == 1 ? $"Sc {scenes[0].SceneNumber}" : $"Sc {scenes[0].SceneNumber}–{scenes[^1].SceneNumber}";
        g.DrawString(Fit(g, timeline.Title, Font(14, true), width * 0.6), Font(14, true), new XSolidBrush(Ink),
            new XRect(Margin, Margin, width, 18), XStringFormats.TopLeft);
        g.DrawString($"{range}  ·  {Frames24.Clock(scenes.Sum(s => s.Frames))}  ·  {timeline.AspectRatio}  ·  Draft {date:d MMM yyyy}",
            Font(8, false), new XSolidBrush(Muted), new XRect(Margin, Margin + 20, width, 10), XStringFormats.TopLeft);
        PageNumber(g, page, total);
        g.DrawLine(new XPen(Rule, 0.5), Margin, Margin + 34, Margin + width, Margin + 34);
        return Margin + 42;
    }

    private static void Panel(XGraphics g, ExportScene scene, ExportTimeline timeline, XRect cell)
    {
        var inner = new XRect(cell.X + 6, cell.Y + 4, cell.Width - 12, cell.Height - 10);
        var ink = new XSolidBrush(Ink);
        g.DrawString($"Sc {scene.SceneNumber}", Font(9, true), ink, new XRect(inner.X, inner.Y, inner.Width, 11), XStringFormats.TopLeft);
        g.DrawString(Frames24.Clock(scene.Frames), Font(8, false), new XSolidBrush(Muted), new XRect(inner.X, inner.Y, inner.Width, 11), XStringFormats.TopRight);

        // The frame takes at most 60% of the cell's height, at the movie's shape.
        var boxTop = inner.Y + 13;
        var maxHeight = inner.Height * 0.6;
        var frameAspect = timeline.Width / (double)timeline.Height;
        var frameWidth = Math.Min(inner.Width, maxHeight * frameAspect);
        var frameHeight = frameWidth / frameAspect;
        var frame = new XRect(inner.X + (inner.Width - frameWidth) / 2, boxTop, frameWidth, frameHeight);
        if (scene.FramePath is { } path && File.Exists(path))
        {
            using var image = XImage.FromFile(path);
            g.DrawImage(image, frame);
        }
        else
        {
            g.DrawRectangle(new XSolidBrush(XColor.FromArgb(235, 235, 235)), frame);
            g.DrawString("No storyboard frame", Font(8, false), new XSolidBrush(Muted), frame, XStringFormats.Center);
        }
        g.DrawRectangle(new XPen(Ink, 0.5), frame);

        var y = frame.Bottom + 5;
        var limit = inner.Bottom;
        y = Paragraph(g, scene.Heading, Font(8, true), ink, inner.X, y, inner.Width, limit, 2);
        y = Paragraph(g, scene.Action, Font(7, false), ink, inner.X, y + 2, inner.Width, limit, 3);
        foreach (var line in scene.Lines.Take(2))
            y = Paragraph(g, $"{line.Speaker}: {line.Text}", Font(7, false), new XSolidBrush(Muted), inner.X, y + 2, inner.Width, limit, 2, line.Speaker.Length + 1);
        if (scene.Lines.Count > 2 && y + 9 <= limit)
            g.DrawString($"[+{scene.Lines.Count - 2} more line{(scene.Lines.Count == 3 ? "" : "s")}]", Font(6, false), new XSolidBrush(Muted), inner.X, y + 8);
    }

    /// <summary>Wrapped text cut with an ellipsis at <paramref name="maxRows"/> rows or the cell's bottom; a bold lead (the speaker) when asked.</summary>
    /// <returns>The y below the last row drawn.</returns>
    private static double Paragraph(XGraphics g, string text, XFont font, XBrush brush, double x, double y, double width, double limit, int maxRows, int boldLead = 0)
    {
        var rowHeight = font.Size * 1.25;
        var rows = Math.Min(maxRows, (int)((limit - y) / rowHeight));
        if (rows <= 0 || string.IsNullOrWhiteSpace(text)) return y;
        var wrapped = Wrap(g, text, font, width, rows);
        for (var i = 0; i < wrapped.Count; i++)
        {
            var row = wrapped[i];
            var top = y + i * rowHeight;
            if (i == 0 && boldLead > 0 && row.Length >= boldLead)
            {
                var bold = Font(font.Size, true);
                var lead = row[..boldLead];
                g.DrawString(lead, bold, new XSolidBrush(Ink), new XRect(x, top, width, rowHeight), XStringFormats.TopLeft);
                g.DrawString(row[boldLead..], font, brush, new XRect(x + g.MeasureString(lead, bold).Width, top, width, rowHeight), XStringFormats.TopLeft);
            }
            else g.DrawString(row, font, brush, new XRect(x, top, width, rowHeight), XStringFormats.TopLeft);
        }
        return y + wrapped.Count * rowHeight;
    }

    private static List<string> Wrap(XGraphics g, string text, XFont font, double width, int maxRows)
    {
        var rows = new List<string>();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var row = "";
        var used = 0;
        foreach (var word in words)
        {
            var candidate = row.Length == 0 ? word : row + " " + word;
            if (row.Length > 0 && g.MeasureString(candidate, font).Width > width)
            {
                rows.Add(row);
                row = word;
            }
            else row = candidate;
            used++;
            if (rows.Count == maxRows) break;
        }
        if (rows.Count < maxRows && row.Length > 0) { rows.Add(row); row = ""; }
        var cut = rows.Count == maxRows && (used < words.Length || row.Length > 0);
        if (cut) rows[^1] = Fit(g, rows[^1] + " …", font, width, always: true);
        for (var i = 0; i < rows.Count; i++) rows[i] = Fit(g, rows[i], font, width);
        return rows;
    }

    private static string Fit(XGraphics g, string text, XFont font, double width, bool always = false)
    {
        if (!always && g.MeasureString(text, font).Width <= width) return text;
        var body = text.EndsWith(" …", StringComparison.Ordinal) ? text[..^2] : text;
        while (body.Length > 0 && g.MeasureString(body.TrimEnd() + "…", font).Width > width) body = body[..^1];
        return body.TrimEnd() + "…";
    }

    private static void PageNumber(XGraphics g, int page, int total) =>
        g.DrawString($"{page} / {total}", Font(8, false), new XSolidBrush(Muted),
            new XRect(Margin, Margin, g.PageSize.Width - 2 * Margin, 10), XStringFormats.TopRight);

    private static void Footer(XGraphics g) =>
        g.DrawString("Script-to-Movie", Font(7, false), new XSolidBrush(Muted),
            new XRect(Margin, g.PageSize.Height - Margin - 8, g.PageSize.Width - 2 * Margin, 9), XStringFormats.TopRight);

    private static string Label(string key) => key.Length == 0 ? key : char.ToUpperInvariant(key[0]) + key[1..];

    // Unicode encoding, not WinAnsi: names and headings in any script the font covers come out as written.
    private static XFont Font(double size, bool bold) =>
        new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
}
