using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// Paints one storyboard panel for a scene: the setting in its light, the characters framed by
/// who speaks, and a caption band. Same request, same PNG bytes.
/// </summary>
public static class StoryboardPainter
{
    public static byte[] PaintPng(FrameRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var surface = PngOutput.Surface(request.Width, request.Height);
        Paint(surface.Canvas, request);
        return PngOutput.Encode(surface);
    }

    internal static void Paint(SKCanvas canvas, FrameRequest request)
    {
        var setting = SceneSetting.Read(request);
        var light = SceneLighting.For(setting);
        var shot = ShotComposer.Compose(request, setting.Exterior);
        var panel = new Panel(canvas, request.Width, request.Height, setting, light, new SeededRandom(StableHash.Of($"scene:{request.Seed}")), shot.EyeY, shot.FloorY)
        {
            LightFromRight = light.Phase != DayPhase.Morning,
        };

        canvas.Clear(light.SkyHorizon);
        // Closer shots throw the background out of focus, like a longer lens would.
        if (shot.BackgroundBlur > 0.5f)
        {
            using var focus = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(shot.BackgroundBlur, shot.BackgroundBlur, SKShaderTileMode.Clamp) };
            canvas.SaveLayer(focus);
            PaintSetting(panel);
            canvas.Restore();
        }
        else
        {
            PaintSetting(panel);
        }

        // In focus even in a close shot: it is what the place is about.
        KeyObjectPainter.Paint(panel, request.KeyObject, shot.Figures.Select(f => f.X).ToList());
        foreach (var figure in shot.Figures)
        {
            FigurePainter.Paint(panel, figure);
        }
        if (!setting.Exterior) InteriorPainter.PaintForeground(panel, shot);

        PanelFinish.Vignette(canvas, request.Width, request.Height, light.IsNight ? 1.15f : 0.85f);
        var hasAction = !string.IsNullOrWhiteSpace(request.ActionSummary);
        var bandTop = request.Height - PanelFinish.CaptionHeight(request.Width, request.Height, hasAction);
        var labelSize = MathF.Round(Math.Max(11f, panel.Short * 0.021f));
        foreach (var figure in shot.Figures)
        {
            var y = Math.Min(figure.FeetY + labelSize * 0.5f, bandTop - labelSize * 2.1f);
            PanelFinish.NameLabel(canvas, figure.Character.Name, figure.X, y, labelSize, request.Width);
        }
        if (shot.LeftOut > 0)
        {
            PanelFinish.NameLabel(canvas, $"+{shot.LeftOut} MORE", request.Width - labelSize * 5, labelSize, labelSize, request.Width);
        }
        PanelFinish.CaptionBand(canvas, request.Width, request.Height, request.SceneNumber, request.Heading, request.ActionSummary);
    }

    private static void PaintSetting(Panel panel)
    {
        if (panel.Setting.Exterior) ExteriorPainter.Paint(panel);
        else InteriorPainter.Paint(panel);
    }
}
