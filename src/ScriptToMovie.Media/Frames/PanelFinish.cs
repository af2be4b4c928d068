using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>What turns a drawing into a storyboard panel: vignette, name labels and the caption band.</summary>
internal static class PanelFinish
{
    public static void Vignette(SKCanvas canvas, int width, int height, float strength)
    {
        var centre = new SKPoint(width / 2f, height * 0.45f);
        var radius = MathF.Sqrt(width * width + height * height) * 0.6f;
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateRadialGradient(centre, radius,
            [SKColors.Transparent, new SKColor(0, 0, 0, (byte)(60 * strength)), new SKColor(0, 0, 0, (byte)(190 * strength))],
            [0.45f, 0.78f, 1f], SKShaderTileMode.Clamp);
        canvas.DrawRect(0, 0, width, height, paint);
    }

    public static float CaptionHeight(int width, int height, bool withAction)
    {
        var line = MathF.Round(Math.Max(28f, Math.Min(width, height) * 0.058f));
        return withAction ? MathF.Round(line * 1.55f) : line;
    }

    /// <summary>The name under a figure, on a small dark tag so it reads over any background.</summary>
    public static void NameLabel(SKCanvas canvas, string name, float centreX, float y, float size, float frameWidth)
    {
        using var font = FrameFonts.Font(FrameFonts.Bold, size);
        var text = FrameFonts.Fit(CharacterLookDeriver.NormaliseName(name), font, frameWidth * 0.3f);
        var width = font.MeasureText(text);
        var padX = size * 0.55f;
        var tag = SKRect.Create(centreX - width / 2 - padX, y, width + padX * 2, size * 1.5f);
        if (tag.Left < 4) tag.Offset(4 - tag.Left, 0);
        if (tag.Right > frameWidth - 4) tag.Offset(frameWidth - 4 - tag.Right, 0);
        using var back = new SKPaint { IsAntialias = true, Color = new SKColor(0x10, 0x10, 0x14, 170) };
        canvas.DrawRoundRect(tag, size * 0.4f, size * 0.4f, back);
        using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(0xF4, 0xF0, 0xE6) };
        canvas.DrawText(text, tag.MidX, tag.Top + size * 1.1f, SKTextAlign.Center, font, ink);
    }

    /// <summary>
    /// The caption's text keeps inside a title-safe area: the animatic's camera moves crop the frame's sides (a
    /// 1.12× pan takes up to 10.7 % of the width from one side, a 1.15× zoom 6.5 % from each), and the band's
    /// text must survive every move whole.
    /// </summary>
    internal static float TitleSafeMargin(int width, float line) => Math.Max(line * 0.45f, width * 0.115f);

    public static void CaptionBand(SKCanvas canvas, int width, int height, int sceneNumber, string heading, string? action)
    {
        var hasAction = !string.IsNullOrWhiteSpace(action);
        var bandH = CaptionHeight(width, height, hasAction);
        var line = CaptionHeight(width, height, false);
        var band = SKRect.Create(0, height - bandH, width, bandH);
        using (var back = new SKPaint { Color = new SKColor(0x0E, 0x0E, 0x12, 215) })
        {
            canvas.DrawRect(band, back);
        }
        using (var rule = new SKPaint { Color = new SKColor(0xE8, 0xB0, 0x4A) })
        {
            canvas.DrawRect(SKRect.Create(0, band.Top, width, Math.Max(2f, line * 0.06f)), rule);
        }
        var size = line * 0.42f;
        var margin = TitleSafeMargin(width, line);
        var baseline = band.Top + line * 0.5f + size * 0.36f + line * 0.03f;
        using var labelFont = FrameFonts.Font(FrameFonts.Bold, size);
        var label = $"SCENE {sceneNumber}";
        using var accent = new SKPaint { IsAntialias = true, Color = new SKColor(0xF2, 0xB8, 0x4E) };
        canvas.DrawText(label, margin, baseline, SKTextAlign.Left, labelFont, accent);
        var headingX = margin + labelFont.MeasureText(label) + size * 1.1f;
        using (var divider = new SKPaint { Color = new SKColor(0xFF, 0xFF, 0xFF, 90) })
        {
            canvas.DrawRect(SKRect.Create(headingX - size * 0.6f, baseline - size * 0.85f, 1.2f, size), divider);
        }
        using var headingFont = FrameFonts.Font(FrameFonts.Regular, size);
        using var ink = new SKPaint { IsAntialias = true, Color = new SKColor(0xF4, 0xF2, 0xEC) };
        canvas.DrawText(FrameFonts.Fit(heading.Trim(), headingFont, width - headingX - margin), headingX, baseline, SKTextAlign.Left, headingFont, ink);
        if (!hasAction) return;
        using var actionFont = FrameFonts.Font(FrameFonts.Italic, size * 0.82f);
        using var soft = new SKPaint { IsAntialias = true, Color = new SKColor(0xC8, 0xC4, 0xBA) };
        var oneLine = string.Join(' ', action!.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        canvas.DrawText(FrameFonts.Fit(oneLine, actionFont, width - 2 * margin), margin, baseline + line * 0.52f, SKTextAlign.Left, actionFont, soft);
    }
}
