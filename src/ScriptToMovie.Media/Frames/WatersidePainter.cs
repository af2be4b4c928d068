using SkiaSharp;
using static ScriptToMovie.Media.Frames.Landscape;

namespace ScriptToMovie.Media.Frames;

internal enum Shore { Sand, Grass, Planks }

/// <summary>Exteriors by the water: a beach, a lake shore or a dock, and a swimming pool.</summary>
internal static class WatersidePainter
{
    internal static void Water(Panel panel, Shore shore)
    {
        var w = panel.Width;
        var h = panel.Height;
        var horizon = panel.EyeY;
        var random = panel.Random;
        var light = panel.Light;
        var shoreY = shore == Shore.Planks ? h : horizon + h * (shore == Shore.Sand ? 0.11f : 0.08f);
        if (shore == Shore.Grass)
        {
            DistantHills(panel, new SKColor(0x5A, 0x7A, 0x6A), h * 0.06f, 0.7f, 2);
            using var farShore = new SKPath();
            farShore.MoveTo(0, horizon + 2);
            for (var x = 0f; x <= w + 10; x += w / 30f) farShore.LineTo(x, horizon - h * 0.025f * random.Range(0.5f, 1.2f));
            farShore.LineTo(w, horizon + 2);
            farShore.Close();
            panel.Fill(farShore, new SKColor(0x2E, 0x5A, 0x3A), 0.55f);
        }
        else if (shore == Shore.Sand && random.Chance(0.6f))
        {
            // A headland far out.
            using var land = new SKPath();
            var start = w * random.Range(0.55f, 0.75f);
            land.MoveTo(start, horizon + 1);
            land.QuadTo(start + w * 0.12f, horizon - h * 0.06f, w + 4, horizon - h * 0.07f);
            land.LineTo(w + 4, horizon + 1);
            land.Close();
            panel.Fill(land, new SKColor(0x5A, 0x6A, 0x6A), 0.8f);
        }

        // Water: the sky's colours, deeper toward us.
        using (var water = new SKPaint { IsAntialias = true })
        {
            water.Shader = SKShader.CreateLinearGradient(new SKPoint(0, horizon), new SKPoint(0, shoreY),
                [SceneLighting.Mix(light.SkyHorizon, new SKColor(0x30, 0x70, 0x90), 0.35f), light.Lit(new SKColor(0x2A, 0x62, 0x86))], SKShaderTileMode.Clamp);
            panel.Canvas.DrawRect(SKRect.Create(0, horizon, w, shoreY - horizon + 1), water);
        }
        // The sun's or moon's path on the water.
        var sunX = light.Phase switch { DayPhase.Night => 0.78f, DayPhase.Dusk => 0.68f, DayPhase.Morning => 0.22f, _ => 0.8f } * w;
        using (var glint = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Plus })
        {
            for (var i = 0; i < 70; i++)
            {
                var t = random.NextFloat();
                var y = horizon + (shoreY - horizon) * t * t;
                var spread = w * (0.02f + 0.12f * t);
                var x = sunX + random.Range(-1f, 1f) * spread;
                var len = w * (0.01f + 0.04f * t) * random.Range(0.5f, 1f);
                glint.Color = light.SunColour.WithAlpha((byte)(light.IsNight ? 90 : 130));
                panel.Canvas.DrawRect(SKRect.Create(x - len / 2, y, len, Math.Max(1f, h * 0.003f * (0.5f + t))), glint);
            }
        }
        using (var ripple = new SKPaint { IsAntialias = true, Color = new SKColor(0xFF, 0xFF, 0xFF, 38), Style = SKPaintStyle.Stroke, StrokeWidth = 1.2f })
        {
            for (var i = 0; i < 40; i++)
            {
                var t = random.NextFloat();
                var y = horizon + (shoreY - horizon) * t;
                var x = random.NextFloat() * w;
                panel.Canvas.DrawLine(x, y, x + w * 0.03f * (0.3f + t), y, ripple);
            }
        }

        switch (shore)
        {
            case Shore.Sand:
            {
                // Foam where the waves break, then sand.
                using var foam = new SKPath();
                foam.MoveTo(0, shoreY);
                for (var x = 0f; x <= w + 10; x += w / 24f) foam.LineTo(x, shoreY - h * 0.006f * (1 + MathF.Sin(x * 0.05f)));
                foam.LineTo(w, shoreY + h * 0.02f);
                foam.LineTo(0, shoreY + h * 0.02f);
                foam.Close();
                panel.Fill(foam, new SKColor(0xF4, 0xF2, 0xEA), 0.3f);
                Ground(panel, new SKColor(0xE4, 0xCF, 0x9E), new SKColor(0xD2, 0xB6, 0x80), shoreY + h * 0.012f);
                if (!light.IsNight && random.Chance(0.7f)) Parasol(panel, w * (random.Chance(0.5f) ? random.Range(0.02f, 0.06f) : random.Range(0.94f, 0.98f)), shoreY + h * 0.03f);
                break;
            }
            case Shore.Grass:
                Ground(panel, new SKColor(0x6E, 0x98, 0x4A), new SKColor(0x4E, 0x78, 0x36), shoreY);
                Props.Tree(panel, w * 0.08f, shoreY + h * 0.05f, panel.PersonHeightAt(shoreY + h * 0.05f) * 3.4f);
                break;
            case Shore.Planks:
                Dock(panel);
                break;
        }
    }

    private static void Parasol(Panel panel, float x, float baseY)
    {
        var s = panel.PersonHeightAt(baseY) * 1.3f;
        var d = panel.DistanceAt(baseY);
        panel.Shadow(SKRect.Create(x - s * 0.4f, baseY - s * 0.03f, s * 0.8f, s * 0.08f));
        panel.Line(new(x, baseY), new(x, baseY - s), new SKColor(0xE0, 0xDC, 0xD0), Math.Max(1.5f, s * 0.02f), d);
        for (var i = 0; i < 6; i++)
        {
            var a0 = MathF.PI + i * MathF.PI / 6;
            var a1 = a0 + MathF.PI / 6;
            panel.FillPolygon(i % 2 == 0 ? new SKColor(0xD8, 0x3A, 0x3A) : new SKColor(0xF4, 0xF0, 0xE4), d,
                new(x, baseY - s * 1.05f),
                new(x + MathF.Cos(a0) * s * 0.45f, baseY - s * 0.9f + MathF.Sin(a0) * s * 0.05f),
                new(x + MathF.Cos(a1) * s * 0.45f, baseY - s * 0.9f + MathF.Sin(a1) * s * 0.05f));
        }
    }

    private static void Dock(Panel panel)
    {
        var w = panel.Width;
        var h = panel.Height;
        var vpX = w * 0.5f;
        var top = panel.EyeY + h * 0.1f;
        var wood = new SKColor(0x9A, 0x70, 0x4A);
        // Boards running out to the water, converging on the vanishing point.
        var farHalf = w * 0.12f;
        var nearHalf = w * 0.75f;
        panel.FillPolygon(wood, 0.15f, new(vpX - farHalf, top), new(vpX + farHalf, top), new(vpX + nearHalf, h), new(vpX - nearHalf, h));
        for (var i = 0; i <= 10; i++)
        {
            var t = i / 10f;
            panel.Line(new(vpX - farHalf + 2 * farHalf * t, top), new(vpX - nearHalf + 2 * nearHalf * t, h), SceneLighting.Shade(wood, 0.7f), 1.2f, 0.1f);
        }
        panel.Fill(SKRect.Create(vpX - farHalf, top - h * 0.012f, farHalf * 2, h * 0.012f), SceneLighting.Shade(wood, 0.65f), 0.2f);
        foreach (var side in new[] { -1f, 1f })
        {
            for (var i = 0; i < 4; i++)
            {
                var t = i / 3f;
                var y = top + (h - top) * t * t * 0.8f;
                var x = vpX + side * (farHalf + (nearHalf - farHalf) * (y - top) / (h - top));
                var postH = panel.PersonHeightAt(y) * 0.5f;
                panel.Fill(SKRect.Create(x - postH * 0.08f, y - postH, postH * 0.16f, postH), new SKColor(0x5A, 0x42, 0x30), panel.DistanceAt(y));
            }
        }
    }

    internal static void Pool(Panel panel)
    {
        var w = panel.Width;
        var h = panel.Height;
        var horizon = panel.EyeY;
        var random = panel.Random;
        DistantHills(panel, new SKColor(0x6A, 0x8A, 0x6A), h * 0.05f, 0.75f, 3);
        // A hedge and a house wall behind the patio.
        var back = horizon + h * 0.03f;
        panel.Fill(SKRect.Create(0, back - panel.PersonHeightAt(back) * 0.8f, w, panel.PersonHeightAt(back) * 0.8f + 2), new SKColor(0x3E, 0x6E, 0x3E), 0.4f);
        Ground(panel, new SKColor(0xD8, 0xCC, 0xB4), new SKColor(0xC4, 0xB4, 0x98), back);
        var poolTop = back + h * 0.03f;
        var poolBottom = horizon + h * 0.2f;
        var halfTop = w * 0.3f;
        var halfBottom = w * 0.45f;
        var cx = w * random.Range(0.45f, 0.55f);
        panel.FillPolygon(new SKColor(0xF0, 0xEC, 0xE4), 0.2f,
            new(cx - halfTop - w * 0.02f, poolTop - h * 0.008f), new(cx + halfTop + w * 0.02f, poolTop - h * 0.008f),
            new(cx + halfBottom + w * 0.025f, poolBottom + h * 0.012f), new(cx - halfBottom - w * 0.025f, poolBottom + h * 0.012f));
        using (var water = new SKPaint { IsAntialias = true })
        {
            water.Shader = SKShader.CreateLinearGradient(new SKPoint(0, poolTop), new SKPoint(0, poolBottom),
                [panel.Light.Lit(new SKColor(0x3A, 0xB4, 0xD8)), panel.Light.Lit(new SKColor(0x1E, 0x8A, 0xC0))], SKShaderTileMode.Clamp);
            using var shape = Panel.Polygon(new(cx - halfTop, poolTop), new(cx + halfTop, poolTop), new(cx + halfBottom, poolBottom), new(cx - halfBottom, poolBottom));
            panel.Canvas.DrawPath(shape, water);
        }
        using (var caustic = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f, Color = new SKColor(0xFF, 0xFF, 0xFF, 70) })
        {
            for (var i = 0; i < 18; i++)
            {
                var t = random.NextFloat();
                var y = poolTop + (poolBottom - poolTop) * t;
                var half = halfTop + (halfBottom - halfTop) * t;
                var x = cx + random.Range(-0.9f, 0.9f) * half;
                panel.Canvas.DrawLine(x, y, x + half * 0.12f, y + 1, caustic);
            }
        }
        if (panel.Light.IsNight) panel.Glow(new SKPoint(cx, (poolTop + poolBottom) / 2), w * 0.3f, new SKColor(0x40, 0xC0, 0xFF), 0.6f);
    }
}
