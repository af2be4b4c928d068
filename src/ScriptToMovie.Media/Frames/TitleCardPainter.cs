using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>The opening card of a trailer or movie: title, credit line and tagline on a lit backdrop.</summary>
public static class TitleCardPainter
{
    public static byte[] PaintPng(int width, int height, string title, string? subtitle, string? tagline)
    {
        using var surface = PngOutput.Surface(width, height);
        Paint(surface.Canvas, width, height, title, subtitle, tagline);
        return PngOutput.Encode(surface);
    }

    private static void Paint(SKCanvas canvas, int width, int height, string title, string? subtitle, string? tagline)
    {
        var shortSide = Math.Min(width, height);
        var random = new SeededRandom(StableHash.Of("title:" + title));
        using (var back = new SKPaint())
        {
            back.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
                [new SKColor(0x0C, 0x10, 0x22), new SKColor(0x1A, 0x14, 0x2A), new SKColor(0x06, 0x06, 0x0A)], [0f, 0.55f, 1f], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, back);
        }
        // A projector's beam from above and a warm pool of light behind the title.
        var centre = new SKPoint(width / 2f, height * 0.46f);
        using (var beam = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Plus })
        {
            beam.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height),
                [new SKColor(0xFF, 0xE0, 0xB0, 34), new SKColor(0xFF, 0xE0, 0xB0, 0)], SKShaderTileMode.Clamp);
            using var cone = Panel.Polygon(new(width * 0.42f, -2), new(width * 0.58f, -2), new(width * 0.95f, height), new(width * 0.05f, height));
            canvas.DrawPath(cone, beam);
        }
        using (var pool = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Plus })
        {
            pool.Shader = SKShader.CreateRadialGradient(centre, shortSide * 0.6f,
                [new SKColor(0xF0, 0x9A, 0x4A, 70), new SKColor(0x9A, 0x4A, 0x8A, 28), SKColors.Transparent], [0f, 0.5f, 1f], SKShaderTileMode.Clamp);
            canvas.DrawCircle(centre, shortSide * 0.6f, pool);
        }
        // Dust in the beam.
        using (var mote = new SKPaint { IsAntialias = true })
        {
            for (var i = 0; i < 90; i++)
            {
                var y = random.NextFloat() * height;
                var spread = 0.08f + 0.37f * (y / height);
                var x = width * (0.5f + random.Range(-spread, spread));
                mote.Color = new SKColor(0xFF, 0xEE, 0xD0, (byte)(20 + random.Next(70)));
                canvas.DrawCircle(x, y, 0.6f + random.NextFloat() * shortSide * 0.002f, mote);
            }
        }

        var margin = width * 0.08f;
        var maxWidth = width - 2 * margin;
        var lines = TitleLines(title.Trim().ToUpperInvariant(), shortSide * 0.11f, maxWidth, out var titleSize);
        using var titleFont = FrameFonts.Font(FrameFonts.SerifBold, titleSize);
        var lineGap = titleSize * 1.12f;
        var blockTop = centre.Y - lineGap * (lines.Count - 1) / 2f;
        using (var shadow = new SKPaint { IsAntialias = true, Color = new SKColor(0, 0, 0, 150), MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, titleSize * 0.08f) })
        using (var ink = new SKPaint { IsAntialias = true })
        {
            ink.Shader = SKShader.CreateLinearGradient(new SKPoint(0, blockTop - titleSize), new SKPoint(0, blockTop + lineGap * lines.Count),
                [new SKColor(0xFF, 0xF4, 0xDC), new SKColor(0xF0, 0xC0, 0x70)], SKShaderTileMode.Clamp);
            for (var i = 0; i < lines.Count; i++)
            {
                var baseline = blockTop + i * lineGap + titleSize * 0.36f;
                canvas.DrawText(lines[i], centre.X + titleSize * 0.04f, baseline + titleSize * 0.05f, SKTextAlign.Center, titleFont, shadow);
                canvas.DrawText(lines[i], centre.X, baseline, SKTextAlign.Center, titleFont, ink);
            }
        }
        var ruleY = blockTop + lineGap * (lines.Count - 1) + titleSize * 0.85f;
        using (var rule = new SKPaint { IsAntialias = true, Color = new SKColor(0xE8, 0xB0, 0x4A, 200) })
        {
            canvas.DrawRect(SKRect.Create(centre.X - shortSide * 0.12f, ruleY, shortSide * 0.24f, Math.Max(1.5f, shortSide * 0.003f)), rule);
            canvas.DrawCircle(centre.X, ruleY + Math.Max(0.75f, shortSide * 0.0015f), shortSide * 0.006f, rule);
        }
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            using var font = FrameFonts.Font(FrameFonts.Regular, shortSide * 0.035f);
            using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(0xE8, 0xE4, 0xDA) };
            canvas.DrawText(FrameFonts.Fit(subtitle.Trim(), font, maxWidth), centre.X, ruleY + shortSide * 0.08f, SKTextAlign.Center, font, ink);
        }
        if (!string.IsNullOrWhiteSpace(tagline))
        {
            using var font = FrameFonts.Font(FrameFonts.Italic, shortSide * 0.03f);
            using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(0xC8, 0xBE, 0xD8) };
            canvas.DrawText(FrameFonts.Fit(tagline.Trim(), font, maxWidth), centre.X, height - shortSide * 0.1f, SKTextAlign.Center, font, ink);
        }
        PanelFinish.Vignette(canvas, width, height, 1f);
    }

    /// <summary>Splits the title over up to three lines at the largest size that fits.</summary>
    private static List<string> TitleLines(string title, float startSize, float maxWidth, out float size)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) words = ["UNTITLED"];
        for (size = startSize; size > 12; size *= 0.92f)
        {
            using var font = FrameFonts.Font(FrameFonts.SerifBold, size);
            var lines = new List<string>();
            var current = "";
            foreach (var word in words)
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (font.MeasureText(candidate) <= maxWidth || current.Length == 0) current = candidate;
                else
                {
                    lines.Add(current);
                    current = word;
                }
            }
            lines.Add(current);
            if (lines.Count <= 3 && lines.All(l => font.MeasureText(l) <= maxWidth)) return lines;
        }
        size = 12;
        using var small = FrameFonts.Font(FrameFonts.SerifBold, size);
        return [FrameFonts.Fit(string.Join(' ', words), small, maxWidth)];
    }
}
