using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>Things that appear in more than one kind of place: trees, lamps, cars, windows of buildings.</summary>
internal static class Props
{
    public static readonly SKColor[] Foliage = [new(0x3E, 0x7A, 0x3A), new(0x4C, 0x8C, 0x3E), new(0x2F, 0x6A, 0x3A), new(0x5A, 0x92, 0x44)];

    /// <summary>A tree standing at <paramref name="baseY"/>, <paramref name="height"/> pixels tall.</summary>
    public static void Tree(Panel panel, float x, float baseY, float height, bool dark = false)
    {
        var d = panel.DistanceAt(baseY);
        var random = panel.Random;
        panel.Shadow(SKRect.Create(x - height * 0.22f, baseY - height * 0.03f, height * 0.44f, height * 0.06f), 0.8f);
        var trunkW = height * 0.07f;
        using (var trunk = Panel.Polygon(new(x - trunkW * 0.7f, baseY), new(x + trunkW * 0.7f, baseY), new(x + trunkW * 0.4f, baseY - height * 0.55f), new(x - trunkW * 0.4f, baseY - height * 0.55f)))
        {
            panel.Fill(trunk, new SKColor(0x5A, 0x40, 0x2C), d);
        }
        var green = Foliage[random.Next(Foliage.Length)];
        if (dark) green = SceneLighting.Shade(green, 0.75f);
        var crownY = baseY - height * 0.66f;
        var crownR = height * 0.3f;
        // Darker clumps behind and below, lighter ones on top: a crown with volume from a few circles.
        for (var layer = 0; layer < 2; layer++)
        {
            var colour = layer == 0 ? SceneLighting.Shade(green, 0.72f) : green;
            for (var i = 0; i < 5; i++)
            {
                var angle = i * 1.256f + random.Range(-0.3f, 0.3f);
                var cx = x + MathF.Cos(angle) * crownR * 0.55f;
                var cy = crownY + MathF.Sin(angle) * crownR * 0.45f - layer * crownR * 0.15f;
                var r = crownR * (layer == 0 ? 0.62f : 0.5f) * random.Range(0.85f, 1.1f);
                using var paint = panel.Paint(colour, d);
                panel.Canvas.DrawCircle(cx, cy, r, paint);
            }
        }
        using var highlight = panel.Paint(SceneLighting.Mix(green, new SKColor(0xE8, 0xF0, 0x90), 0.25f), d);
        panel.Canvas.DrawCircle(x + crownR * (panel.LightFromRight ? 0.25f : -0.25f), crownY - crownR * 0.35f, crownR * 0.3f, highlight);
    }

    /// <summary>A street lamp; lit at night and at dusk.</summary>
    public static void StreetLamp(Panel panel, float x, float baseY, float height)
    {
        var d = panel.DistanceAt(baseY);
        var pole = new SKColor(0x2E, 0x33, 0x38);
        panel.Line(new(x, baseY), new(x, baseY - height), pole, Math.Max(1.5f, height * 0.025f), d);
        panel.Line(new(x, baseY - height), new(x + height * 0.12f, baseY - height * 1.02f), pole, Math.Max(1.2f, height * 0.018f), d);
        var head = new SKPoint(x + height * 0.14f, baseY - height * 0.99f);
        var lampOn = panel.Light.Phase is DayPhase.Night or DayPhase.Dusk;
        using var shade = Panel.Polygon(new(head.X - height * 0.05f, head.Y), new(head.X + height * 0.05f, head.Y), new(head.X + height * 0.03f, head.Y - height * 0.035f), new(head.X - height * 0.03f, head.Y - height * 0.035f));
        panel.Fill(shade, pole, d);
        if (!lampOn) return;
        using var bulb = new SKPaint { IsAntialias = true, Color = new SKColor(0xFF, 0xE6, 0xA8) };
        panel.Canvas.DrawOval(SKRect.Create(head.X - height * 0.035f, head.Y - height * 0.005f, height * 0.07f, height * 0.025f), bulb);
        panel.Glow(head, height * 0.5f, new SKColor(0xFF, 0xC8, 0x70), 1f);
        // The pool of light on the pavement.
        using var pool = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Plus };
        pool.Shader = SKShader.CreateRadialGradient(new SKPoint(head.X, baseY), height * 0.5f,
            [new SKColor(0xFF, 0xC0, 0x70, 70), new SKColor(0xFF, 0xC0, 0x70, 0)], SKShaderTileMode.Clamp);
        panel.Canvas.Save();
        panel.Canvas.Scale(1f, 0.25f, head.X, baseY);
        panel.Canvas.DrawCircle(head.X, baseY, height * 0.5f, pool);
        panel.Canvas.Restore();
    }

    /// <summary>A car seen side-on, its wheels on <paramref name="baseY"/>.</summary>
    public static void Car(Panel panel, float x, float baseY, float length, SKColor body)
    {
        var d = panel.DistanceAt(baseY);
        var h = length * 0.3f;
        panel.Shadow(SKRect.Create(x - length * 0.52f, baseY - h * 0.08f, length * 1.04f, h * 0.2f));
        using (var cabin = new SKPath())
        {
            cabin.MoveTo(x - length * 0.3f, baseY - h * 0.62f);
            cabin.LineTo(x - length * 0.17f, baseY - h * 1.02f);
            cabin.LineTo(x + length * 0.16f, baseY - h * 1.02f);
            cabin.LineTo(x + length * 0.3f, baseY - h * 0.62f);
            cabin.Close();
            panel.Fill(cabin, SceneLighting.Shade(body, 0.9f), d);
        }
        var glass = panel.Light.IsNight ? new SKColor(0x30, 0x3A, 0x50) : new SKColor(0x9C, 0xB8, 0xCC);
        panel.FillPolygon(glass, d, new(x - length * 0.26f, baseY - h * 0.64f), new(x - length * 0.15f, baseY - h * 0.94f), new(x - length * 0.01f, baseY - h * 0.94f), new(x - length * 0.01f, baseY - h * 0.64f));
        panel.FillPolygon(glass, d, new(x + length * 0.02f, baseY - h * 0.64f), new(x + length * 0.02f, baseY - h * 0.94f), new(x + length * 0.14f, baseY - h * 0.94f), new(x + length * 0.25f, baseY - h * 0.64f));
        panel.FillRound(SKRect.Create(x - length * 0.5f, baseY - h * 0.66f, length, h * 0.5f), h * 0.18f, body, d);
        panel.Fill(SKRect.Create(x - length * 0.48f, baseY - h * 0.42f, length * 0.96f, h * 0.04f), SceneLighting.Shade(body, 0.7f), d);
        foreach (var wx in new[] { -0.31f, 0.31f })
        {
            using var tyre = panel.Paint(new SKColor(0x1C, 0x1C, 0x1E), d);
            panel.Canvas.DrawCircle(x + length * wx, baseY - h * 0.16f, h * 0.17f, tyre);
            using var hub = panel.Paint(new SKColor(0xA0, 0xA4, 0xAA), d);
            panel.Canvas.DrawCircle(x + length * wx, baseY - h * 0.16f, h * 0.07f, hub);
        }
        if (panel.Light.Phase is DayPhase.Night or DayPhase.Dusk)
        {
            panel.Glow(new SKPoint(x + length * 0.49f, baseY - h * 0.48f), h * 0.7f, new SKColor(0xFF, 0xF0, 0xC0), 0.9f);
            panel.Glow(new SKPoint(x - length * 0.49f, baseY - h * 0.48f), h * 0.35f, new SKColor(0xFF, 0x30, 0x20), 0.8f);
        }
    }

    /// <summary>A grid of windows on a facade; at night some are lit, the rest reflect the sky.</summary>
    public static void Windows(Panel panel, SKRect facade, int columns, int rows, float distance, float litShare = 0.45f)
    {
        var random = panel.Random;
        var cellW = facade.Width / columns;
        var cellH = facade.Height / rows;
        var night = panel.Light.Phase is DayPhase.Night;
        var dusk = panel.Light.Phase is DayPhase.Dusk;
        for (var row = 0; row < rows; row++)
        {
            for (var col = 0; col < columns; col++)
            {
                var rect = SKRect.Create(facade.Left + col * cellW + cellW * 0.22f, facade.Top + row * cellH + cellH * 0.2f, cellW * 0.56f, cellH * 0.58f);
                if ((night || dusk) && random.Chance(night ? litShare : litShare * 0.5f))
                {
                    using var lit = new SKPaint { Color = random.Chance(0.8f) ? new SKColor(0xFF, 0xD7, 0x82) : new SKColor(0xC8, 0xE0, 0xFF) };
                    panel.Canvas.DrawRect(rect, lit);
                    if (rect.Width > 6) panel.Glow(new SKPoint(rect.MidX, rect.MidY), rect.Width * 1.4f, new SKColor(0xFF, 0xC0, 0x60), 0.35f);
                }
                else
                {
                    panel.FillVertical(rect, new SKColor(0x7E, 0x9C, 0xB8), new SKColor(0x3E, 0x50, 0x66), distance, distance);
                }
            }
        }
    }
}
