using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>Sky for outside scenes and for what a window shows: gradient, sun or moon, clouds or stars.</summary>
internal static class SkyPainter
{
    public static void Paint(Panel panel, SKRect area, float horizonY, bool throughWindow = false)
    {
        var canvas = panel.Canvas;
        var light = panel.Light;
        var random = panel.Random;
        var top = area.Top;
        var span = Math.Max(1f, horizonY - top);

        using (var paint = new SKPaint { IsAntialias = true })
        {
            paint.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, top), new SKPoint(0, horizonY),
                [light.SkyTop, light.SkyMiddle, light.SkyHorizon], [0f, 0.55f, 1f], SKShaderTileMode.Clamp);
            canvas.DrawRect(area, paint);
        }

        var size = throughWindow ? area.Height : panel.Short;
        switch (light.Phase)
        {
            case DayPhase.Night:
            {
                var starCount = (int)(area.Width * area.Height / 2600f);
                using var star = new SKPaint { IsAntialias = true };
                for (var i = 0; i < Math.Min(starCount, 400); i++)
                {
                    var x = area.Left + random.NextFloat() * area.Width;
                    var y = top + random.NextFloat() * random.NextFloat() * span;
                    star.Color = new SKColor(0xFF, 0xFA, 0xE8, (byte)(70 + random.Next(150)));
                    canvas.DrawCircle(x, y, 0.4f + random.NextFloat() * size * 0.0018f, star);
                }
                var moon = new SKPoint(area.Left + area.Width * (throughWindow ? 0.68f : 0.78f), top + span * 0.32f);
                var moonR = size * (throughWindow ? 0.07f : 0.045f);
                panel.Glow(moon, moonR * 6f, new SKColor(0x9F, 0xB8, 0xFF), 0.7f);
                using var disc = new SKPaint { IsAntialias = true, Color = light.SunColour };
                canvas.DrawCircle(moon, moonR, disc);
                using var crater = new SKPaint { IsAntialias = true, Color = new SKColor(0xD8, 0xD4, 0xC0, 120) };
                canvas.DrawCircle(moon.X - moonR * 0.3f, moon.Y - moonR * 0.2f, moonR * 0.22f, crater);
                canvas.DrawCircle(moon.X + moonR * 0.35f, moon.Y + moonR * 0.3f, moonR * 0.15f, crater);
                break;
            }
            case DayPhase.Dusk:
            {
                var sun = new SKPoint(area.Left + area.Width * 0.68f, horizonY - size * 0.03f);
                panel.Glow(sun, size * 0.55f, new SKColor(0xFF, 0x8A, 0x40), 1.2f);
                using var disc = new SKPaint { IsAntialias = true, Color = new SKColor(0xFF, 0xD2, 0x7A) };
                canvas.DrawCircle(sun, size * 0.06f, disc);
                Clouds(panel, area, horizonY, new SKColor(0xF0, 0x8A, 0x9A, 150), new SKColor(0x8A, 0x4A, 0x7A, 110));
                break;
            }
            default:
            {
                var morning = light.Phase == DayPhase.Morning;
                var sun = new SKPoint(area.Left + area.Width * (morning ? 0.22f : 0.8f), top + span * (morning ? 0.55f : 0.22f));
                panel.Glow(sun, size * 0.4f, new SKColor(0xFF, 0xF2, 0xC0), morning ? 1.1f : 0.9f);
                using var disc = new SKPaint { IsAntialias = true, Color = new SKColor(0xFF, 0xFC, 0xEC) };
                canvas.DrawCircle(sun, size * 0.035f, disc);
                Clouds(panel, area, horizonY, new SKColor(0xFF, 0xFF, 0xFF, 215), new SKColor(0xC8, 0xD6, 0xE6, 170));
                break;
            }
        }
    }

    private static void Clouds(Panel panel, SKRect area, float horizonY, SKColor body, SKColor belly)
    {
        var random = panel.Random;
        var span = horizonY - area.Top;
        var count = 2 + random.Next(3);
        using var top = new SKPaint { IsAntialias = true, Color = body };
        using var under = new SKPaint { IsAntialias = true, Color = belly };
        for (var i = 0; i < count; i++)
        {
            var cx = area.Left + area.Width * ((i + 0.5f) / count + random.Range(-0.12f, 0.12f));
            var cy = area.Top + span * random.Range(0.15f, 0.6f);
            var w = area.Width * random.Range(0.12f, 0.22f);
            var h = w * 0.28f;
            // One path for the whole cloud, so overlapping puffs fill once instead of stacking their alpha.
            using var cloud = new SKPath { FillType = SKPathFillType.Winding };
            cloud.AddRoundRect(SKRect.Create(cx - w / 2, cy - h * 0.05f, w, h * 0.6f), h * 0.3f, h * 0.3f);
            for (var puff = 0; puff < 4; puff++)
            {
                var px = cx - w * 0.3f + puff * w * 0.2f;
                var pr = h * (0.4f + 0.22f * MathF.Sin(puff * 1.7f + i + 1));
                cloud.AddCircle(px, cy, pr);
            }
            panel.Canvas.DrawPath(cloud, top);
            // A shaded underside, kept inside the cloud's outline.
            panel.Canvas.Save();
            panel.Canvas.ClipPath(cloud, antialias: true);
            panel.Canvas.DrawRect(SKRect.Create(cx - w, cy + h * 0.15f, w * 2, h), under);
            panel.Canvas.Restore();
        }
    }
}
