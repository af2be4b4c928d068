using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>Outside: sky, horizon, ground and the shapes that say where we are.</summary>
internal static class ExteriorPainter
{
    private static readonly SKColor[] Facades =
    [
        new(0xA8, 0x5A, 0x48), new(0xC9, 0xB4, 0x94), new(0x8A, 0x92, 0x9A), new(0xB8, 0x7A, 0x55),
        new(0x6E, 0x7E, 0x86), new(0xD6, 0xC8, 0xAE), new(0x93, 0x6A, 0x5A), new(0x7A, 0x8C, 0x7A),
    ];

    private static readonly SKColor[] CarColours =
        [new(0xB8, 0x2E, 0x2E), new(0x2E, 0x5C, 0x9A), new(0xE8, 0xE4, 0xDA), new(0x3A, 0x3E, 0x44), new(0xD8, 0xA8, 0x3A), new(0x4A, 0x7A, 0x5A)];

    public static void Paint(Panel panel)
    {
        var w = panel.Width;
        var horizon = panel.EyeY;
        if (panel.Setting.Place == Place.Space)
        {
            Space(panel);
            return;
        }
        SkyPainter.Paint(panel, SKRect.Create(0, 0, w, horizon + 2), horizon);
        switch (panel.Setting.Place)
        {
            case Place.Street: Street(panel); break;
            case Place.Park: Greenery(panel, forest: false); break;
            case Place.Forest: Greenery(panel, forest: true); break;
            case Place.Beach: Water(panel, shore: Shore.Sand); break;
            case Place.Lake: Water(panel, shore: Shore.Grass); break;
            case Place.Dock: Water(panel, shore: Shore.Planks); break;
            case Place.Pool: Pool(panel); break;
            case Place.Road: Road(panel); break;
            case Place.House: House(panel); break;
            default: Hills(panel, trees: true); break;
        }
    }

    private static void Ground(Panel panel, SKColor far, SKColor near, float fromY)
    {
        panel.FillVertical(SKRect.Create(0, fromY, panel.Width, panel.Height - fromY), far, near, panel.DistanceAt(fromY), 0f);
    }

    private static void DistantHills(Panel panel, SKColor colour, float amplitude, float distance, int seedShift)
    {
        var w = panel.Width;
        var horizon = panel.EyeY;
        using var path = new SKPath();
        path.MoveTo(0, horizon + 2);
        var phase = panel.Random.Range(0f, 6.28f) + seedShift;
        for (var x = 0f; x <= w + 8; x += 8)
        {
            var y = horizon - amplitude * (0.55f + 0.3f * MathF.Sin(x / w * 5.1f + phase) + 0.15f * MathF.Sin(x / w * 13.7f + phase * 2));
            path.LineTo(x, y);
        }
        path.LineTo(w, horizon + 2);
        path.Close();
        panel.Fill(path, colour, distance);
    }

    private static void Skyline(Panel panel, float baseY, float maxHeight, float distance)
    {
        var random = panel.Random;
        var x = -random.Range(0, maxHeight * 0.3f);
        while (x < panel.Width)
        {
            var bw = maxHeight * random.Range(0.18f, 0.4f);
            var bh = maxHeight * random.Range(0.3f, 1f);
            panel.Fill(SKRect.Create(x, baseY - bh, bw + 1, bh + 1), new SKColor(0x6A, 0x78, 0x90), distance);
            if (panel.Light.IsNight)
            {
                Props.Windows(panel, SKRect.Create(x + bw * 0.1f, baseY - bh * 0.95f, bw * 0.8f, bh * 0.9f), Math.Max(1, (int)(bw / 7)), Math.Max(1, (int)(bh / 9)), distance, 0.25f);
            }
            x += bw + random.Range(0, maxHeight * 0.05f);
        }
    }

    private static void Street(Panel panel)
    {
        var w = panel.Width;
        var h = panel.Height;
        var random = panel.Random;
        var horizon = panel.EyeY;
        var farBase = horizon + h * 0.05f;
        var roadTop = farBase + h * 0.018f;
        var roadBottom = horizon + h * 0.17f;
        var person = panel.PersonHeightAt(farBase) * 1.6f + h * 0.02f;

        Skyline(panel, horizon + 2, h * 0.28f, 0.75f);
        // A row of buildings across the street, each a few storeys of windows over a shopfront.
        var x = -random.Range(0f, w * 0.05f);
        while (x < w)
        {
            var bw = w * random.Range(0.13f, 0.24f);
            var storeys = 3 + random.Next(5);
            var storey = person * 1.15f;
            var bh = storey * storeys + person * 1.1f;
            var colour = Facades[random.Next(Facades.Length)];
            var d = panel.DistanceAt(farBase) * 0.6f;
            panel.Fill(SKRect.Create(x, farBase - bh, bw + 1, bh), colour, d);
            panel.Fill(SKRect.Create(x, farBase - bh, bw + 1, storey * 0.18f), SceneLighting.Shade(colour, 0.75f), d);
            panel.Fill(SKRect.Create(x + bw - bw * 0.04f, farBase - bh, bw * 0.04f + 1, bh), SceneLighting.Shade(colour, 0.8f), d);
            Props.Windows(panel, SKRect.Create(x + bw * 0.04f, farBase - bh + storey * 0.25f, bw * 0.92f, storey * storeys - storey * 0.1f), Math.Max(2, (int)(bw / (storey * 0.9f))), storeys, d);
            var shop = SKRect.Create(x + bw * 0.08f, farBase - person * 0.95f, bw * 0.84f, person * 0.95f);
            var lit = panel.Light.Phase is DayPhase.Night or DayPhase.Dusk;
            if (lit)
            {
                using var glass = new SKPaint { Color = new SKColor(0xFF, 0xD0, 0x8A) };
                panel.Canvas.DrawRect(shop, glass);
                panel.Glow(new SKPoint(shop.MidX, shop.MidY), shop.Width * 0.6f, new SKColor(0xFF, 0xB0, 0x50), 0.5f);
            }
            else
            {
                panel.FillVertical(shop, new SKColor(0x5A, 0x70, 0x84), new SKColor(0x2A, 0x34, 0x40), d, d);
            }
            // A striped awning over every other shop.
            if (random.Chance(0.6f))
            {
                var stripe = random.Chance(0.5f) ? new SKColor(0xC0, 0x3A, 0x3A) : new SKColor(0x2E, 0x6A, 0x5A);
                var aw = SKRect.Create(shop.Left - bw * 0.03f, shop.Top - person * 0.28f, shop.Width + bw * 0.06f, person * 0.3f);
                var stripes = 6;
                for (var i = 0; i < stripes; i++)
                {
                    panel.FillPolygon(i % 2 == 0 ? stripe : new SKColor(0xF0, 0xEA, 0xDC), d,
                        new(aw.Left + aw.Width * i / stripes, aw.Top), new(aw.Left + aw.Width * (i + 1) / stripes, aw.Top),
                        new(aw.Left + aw.Width * (i + 1) / stripes + aw.Width * 0.01f, aw.Bottom), new(aw.Left + aw.Width * i / stripes + aw.Width * 0.01f, aw.Bottom));
                }
            }
            x += bw;
        }

        panel.Fill(SKRect.Create(0, farBase, w, roadTop - farBase), new SKColor(0xA8, 0xA6, 0xA0), panel.DistanceAt(farBase));
        panel.FillVertical(SKRect.Create(0, roadTop, w, roadBottom - roadTop), new SKColor(0x4A, 0x4C, 0x52), new SKColor(0x3A, 0x3C, 0x42), panel.DistanceAt(roadTop), panel.DistanceAt(roadBottom));
        var laneY = (roadTop + roadBottom) / 2;
        for (var dash = 0f; dash < w; dash += w * 0.08f)
        {
            panel.Fill(SKRect.Create(dash, laneY - h * 0.002f, w * 0.04f, Math.Max(1.5f, h * 0.004f)), new SKColor(0xE8, 0xD8, 0x8A), panel.DistanceAt(laneY));
        }
        Props.Car(panel, w * random.Range(0.2f, 0.8f), (roadTop + laneY) / 2 + h * 0.012f, panel.PersonHeightAt(laneY) * 2.6f, CarColours[random.Next(CarColours.Length)]);

        // Near pavement where the characters stand, with kerb and paving joints.
        Ground(panel, new SKColor(0xB4, 0xB0, 0xA8), new SKColor(0x9A, 0x96, 0x8E), roadBottom);
        panel.Fill(SKRect.Create(0, roadBottom, w, h * 0.008f), new SKColor(0xD0, 0xCC, 0xC4), panel.DistanceAt(roadBottom));
        for (var j = 1; j < 8; j++)
        {
            var y = roadBottom + (h - roadBottom) * (j * j) / 64f;
            panel.Line(new(0, y), new(w, y), new SKColor(0x86, 0x82, 0x7A), 1f, panel.DistanceAt(y));
        }
        var lampBase = roadBottom + h * 0.01f;
        var lampHeight = panel.PersonHeightAt(lampBase) * 2.3f;
        Props.StreetLamp(panel, w * 0.08f, lampBase, lampHeight);
        Props.StreetLamp(panel, w * 0.86f, lampBase, lampHeight);
    }

    private static void Greenery(Panel panel, bool forest)
    {
        var w = panel.Width;
        var h = panel.Height;
        var horizon = panel.EyeY;
        var random = panel.Random;
        DistantHills(panel, new SKColor(0x4E, 0x7A, 0x5A), h * 0.07f, 0.8f, 1);
        // A far tree line: a band of bumps.
        using (var line = new SKPath())
        {
            line.MoveTo(0, horizon + 2);
            for (var x = 0f; x <= w + 10; x += w / 40f)
            {
                line.LineTo(x, horizon - h * (forest ? 0.09f : 0.04f) * random.Range(0.6f, 1.1f));
            }
            line.LineTo(w, horizon + 2);
            line.Close();
            panel.Fill(line, new SKColor(0x2E, 0x5A, 0x3A), 0.6f);
        }
        Ground(panel, forest ? new SKColor(0x4A, 0x6E, 0x3A) : new SKColor(0x7A, 0xA8, 0x4E), forest ? new SKColor(0x3A, 0x5A, 0x2E) : new SKColor(0x5A, 0x8E, 0x3A), horizon);
        if (!forest)
        {
            // A path winding to the horizon.
            using var path = new SKPath();
            var cx = w * random.Range(0.35f, 0.65f);
            path.MoveTo(cx - w * 0.01f, horizon + 2);
            path.CubicTo(cx - w * 0.15f, horizon + h * 0.1f, cx + w * 0.2f, horizon + h * 0.25f, cx - w * 0.22f, h);
            path.LineTo(cx + w * 0.22f, h);
            path.CubicTo(cx + w * 0.3f, horizon + h * 0.25f, cx - w * 0.08f, horizon + h * 0.1f, cx + w * 0.01f, horizon + 2);
            path.Close();
            panel.Fill(path, new SKColor(0xD8, 0xC6, 0x9A), 0.2f);
        }
        var count = forest ? 11 : 5;
        var trees = new List<(float X, float Y)>();
        for (var i = 0; i < count; i++)
        {
            var side = i % 2 == 0 ? random.Range(0.02f, 0.3f) : random.Range(0.7f, 0.98f);
            var x = w * (forest ? random.Range(0f, 1f) : side);
            var y = horizon + h * random.Range(0.01f, forest ? 0.2f : 0.1f);
            trees.Add((x, y));
        }
        foreach (var (x, y) in trees.OrderBy(t => t.Y))
        {
            Props.Tree(panel, x, y, panel.PersonHeightAt(y) * random.Range(3f, 4.5f), forest);
        }
        if (!forest)
        {
            Bench(panel, w * random.Range(0.15f, 0.3f), horizon + h * 0.12f);
        }
        else
        {
            // Big trunks at the frame edges put the camera inside the woods.
            foreach (var edge in new[] { w * 0.03f, w * 0.95f })
            {
                panel.Fill(SKRect.Create(edge - w * 0.03f, 0, w * 0.06f, h), new SKColor(0x3A, 0x2C, 0x22), 0f);
            }
        }
    }

    private static void Bench(Panel panel, float x, float y)
    {
        var s = panel.PersonHeightAt(y);
        var d = panel.DistanceAt(y);
        var wood = new SKColor(0x8A, 0x5A, 0x36);
        panel.Shadow(SKRect.Create(x - s * 0.45f, y - s * 0.03f, s * 0.9f, s * 0.06f));
        panel.Fill(SKRect.Create(x - s * 0.42f, y - s * 0.28f, s * 0.84f, s * 0.05f), wood, d);
        panel.Fill(SKRect.Create(x - s * 0.42f, y - s * 0.5f, s * 0.84f, s * 0.05f), wood, d);
        panel.Fill(SKRect.Create(x - s * 0.42f, y - s * 0.41f, s * 0.84f, s * 0.05f), wood, d);
        foreach (var lx in new[] { -0.38f, 0.34f })
        {
            panel.Fill(SKRect.Create(x + s * lx, y - s * 0.5f, s * 0.04f, s * 0.5f), new SKColor(0x2E, 0x30, 0x32), d);
        }
    }

    private enum Shore { Sand, Grass, Planks }

    private static void Water(Panel panel, Shore shore)
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

    private static void Pool(Panel panel)
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

    private static void Road(Panel panel)
    {
        var w = panel.Width;
        var h = panel.Height;
        var horizon = panel.EyeY;
        var random = panel.Random;
        DistantHills(panel, new SKColor(0x7A, 0x8A, 0x7A), h * 0.08f, 0.85f, 4);
        Ground(panel, new SKColor(0xA8, 0xA8, 0x6A), new SKColor(0x8A, 0x90, 0x52), horizon);
        var vpX = w * random.Range(0.42f, 0.58f);
        var halfNear = w * 0.55f;
        using (var road = new SKPaint { IsAntialias = true })
        {
            road.Shader = SKShader.CreateLinearGradient(new SKPoint(0, horizon), new SKPoint(0, h),
                [panel.Light.Lit(new SKColor(0x5A, 0x5C, 0x62), 0.8f), panel.Light.Lit(new SKColor(0x3A, 0x3C, 0x42))], SKShaderTileMode.Clamp);
            using var shape = Panel.Polygon(new(vpX - 1, horizon), new(vpX + 1, horizon), new(vpX + halfNear, h), new(vpX - halfNear, h));
            panel.Canvas.DrawPath(shape, road);
        }
        // Dashes shrink toward the vanishing point: the road reads as running away from us.
        for (var i = 0; i < 9; i++)
        {
            var t0 = MathF.Pow(i / 9f, 2.2f);
            var t1 = MathF.Pow((i + 0.5f) / 9f, 2.2f);
            var y0 = horizon + (h - horizon) * t0;
            var y1 = horizon + (h - horizon) * t1;
            var half0 = w * 0.008f * t0 + 0.3f;
            var half1 = w * 0.008f * t1 + 0.3f;
            panel.FillPolygon(new SKColor(0xF0, 0xE0, 0x90), panel.DistanceAt(y0), new(vpX - half0, y0), new(vpX + half0, y0), new(vpX + half1, y1), new(vpX - half1, y1));
        }
        // Telegraph poles along one side, with the wire sagging between them.
        var side = random.Chance(0.5f) ? -1f : 1f;
        SKPoint? previous = null;
        for (var i = 1; i < 7; i++)
        {
            var t = MathF.Pow(i / 6f, 2f);
            var y = horizon + (h - horizon) * t * 0.9f;
            var x = vpX + side * (halfNear * 1.25f) * t;
            var poleH = panel.PersonHeightAt(y) * 4f;
            panel.Line(new(x, y), new(x, y - poleH), new SKColor(0x4A, 0x3A, 0x2E), Math.Max(1f, poleH * 0.025f), panel.DistanceAt(y));
            panel.Line(new(x - poleH * 0.12f, y - poleH * 0.92f), new(x + poleH * 0.12f, y - poleH * 0.92f), new SKColor(0x4A, 0x3A, 0x2E), Math.Max(1f, poleH * 0.015f), panel.DistanceAt(y));
            var top = new SKPoint(x, y - poleH * 0.92f);
            if (previous is { } p)
            {
                using var wire = new SKPath();
                wire.MoveTo(p);
                wire.QuadTo((p.X + top.X) / 2, (p.Y + top.Y) / 2 + poleH * 0.08f, top.X, top.Y);
                using var paint = panel.Paint(new SKColor(0x2A, 0x2A, 0x2A), 0.3f);
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = 1f;
                panel.Canvas.DrawPath(wire, paint);
            }
            previous = top;
        }
    }

    private static void House(Panel panel)
    {
        var w = panel.Width;
        var h = panel.Height;
        var horizon = panel.EyeY;
        var random = panel.Random;
        DistantHills(panel, new SKColor(0x6A, 0x86, 0x6A), h * 0.06f, 0.8f, 5);
        var baseY = horizon + h * 0.05f;
        Ground(panel, new SKColor(0x7E, 0xA8, 0x56), new SKColor(0x5E, 0x88, 0x3E), horizon);
        Props.Tree(panel, w * 0.1f, baseY - h * 0.01f, panel.PersonHeightAt(baseY) * 3.8f);
        var storey = panel.PersonHeightAt(baseY) * 1.5f;
        var houseW = Math.Min(w * 0.6f, storey * 5.5f);
        var left = w * random.Range(0.3f, 0.45f) - houseW / 2 + w * 0.1f;
        var wall = Facades[random.Next(Facades.Length)];
        var d = panel.DistanceAt(baseY) * 0.6f;
        panel.Shadow(SKRect.Create(left - houseW * 0.03f, baseY - storey * 0.05f, houseW * 1.06f, storey * 0.12f));
        panel.Fill(SKRect.Create(left, baseY - storey * 2, houseW, storey * 2), wall, d);
        var roof = SceneLighting.Shade(Facades[random.Next(Facades.Length)], 0.6f);
        panel.FillPolygon(roof, d, new(left - houseW * 0.05f, baseY - storey * 2), new(left + houseW * 1.05f, baseY - storey * 2), new(left + houseW * 0.8f, baseY - storey * 2.9f), new(left + houseW * 0.2f, baseY - storey * 2.9f));
        Props.Windows(panel, SKRect.Create(left + houseW * 0.05f, baseY - storey * 1.95f, houseW * 0.9f, storey * 0.9f), 4, 1, d, 0.7f);
        Props.Windows(panel, SKRect.Create(left + houseW * 0.05f, baseY - storey * 0.95f, houseW * 0.3f, storey * 0.9f), 1, 1, d, 0.7f);
        Props.Windows(panel, SKRect.Create(left + houseW * 0.65f, baseY - storey * 0.95f, houseW * 0.3f, storey * 0.9f), 1, 1, d, 0.7f);
        panel.Fill(SKRect.Create(left + houseW * 0.44f, baseY - storey * 0.75f, houseW * 0.12f, storey * 0.75f), new SKColor(0x6A, 0x3A, 0x2A), d);
        if (panel.Light.Phase is DayPhase.Night or DayPhase.Dusk) panel.Glow(new SKPoint(left + houseW * 0.5f, baseY - storey * 0.85f), storey * 0.5f, new SKColor(0xFF, 0xC8, 0x70), 0.8f);
        // A picket fence across the front garden.
        var fenceY = horizon + h * 0.1f;
        var fenceH = panel.PersonHeightAt(fenceY) * 0.45f;
        var fd = panel.DistanceAt(fenceY);
        panel.Fill(SKRect.Create(0, fenceY - fenceH * 0.7f, w, fenceH * 0.1f), new SKColor(0xF0, 0xEC, 0xE2), fd);
        for (var x = 0f; x < w; x += fenceH * 0.32f)
        {
            panel.FillPolygon(new SKColor(0xF0, 0xEC, 0xE2), fd, new(x, fenceY), new(x + fenceH * 0.18f, fenceY), new(x + fenceH * 0.18f, fenceY - fenceH), new(x + fenceH * 0.09f, fenceY - fenceH * 1.12f), new(x, fenceY - fenceH));
        }
    }

    private static void Hills(Panel panel, bool trees)
    {
        var w = panel.Width;
        var h = panel.Height;
        var horizon = panel.EyeY;
        var random = panel.Random;
        DistantHills(panel, new SKColor(0x6A, 0x7E, 0x9A), h * 0.16f, 0.9f, 6);
        DistantHills(panel, new SKColor(0x5E, 0x86, 0x5E), h * 0.08f, 0.6f, 7);
        Ground(panel, new SKColor(0x8A, 0xB0, 0x5A), new SKColor(0x6A, 0x92, 0x44), horizon);
        // Field strips in perspective.
        for (var i = 0; i < 5; i++)
        {
            var y = horizon + h * 0.012f * (i + 1) * (i + 1);
            panel.Fill(SKRect.Create(0, y, w, h * 0.004f * (i + 1)), new SKColor(0x74, 0x9A, 0x48), panel.DistanceAt(y));
        }
        if (!trees) return;
        var count = 2 + random.Next(2);
        for (var i = 0; i < count; i++)
        {
            var y = horizon + h * random.Range(0.01f, 0.06f);
            Props.Tree(panel, w * random.Range(0.05f, 0.95f), y, panel.PersonHeightAt(y) * 3.5f);
        }
    }

    private static void Space(Panel panel)
    {
        var w = panel.Width;
        var h = panel.Height;
        var random = panel.Random;
        panel.Canvas.Clear(new SKColor(0x04, 0x05, 0x0C));
        using var star = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 300; i++)
        {
            star.Color = new SKColor(0xFF, 0xF8, 0xF0, (byte)(60 + random.Next(190)));
            panel.Canvas.DrawCircle(random.NextFloat() * w, random.NextFloat() * h, 0.5f + random.NextFloat() * 1.3f, star);
        }
        var planet = new SKPoint(w * 0.72f, h * 0.95f);
        var r = Math.Max(w, h) * 0.45f;
        panel.Glow(planet, r * 1.2f, new SKColor(0x50, 0x90, 0xFF), 0.8f);
        using var body = new SKPaint { IsAntialias = true };
        body.Shader = SKShader.CreateRadialGradient(new SKPoint(planet.X - r * 0.3f, planet.Y - r * 0.4f), r * 1.3f,
            [new SKColor(0x6A, 0xA8, 0xE0), new SKColor(0x1E, 0x3A, 0x6A), new SKColor(0x05, 0x0A, 0x18)], [0f, 0.55f, 1f], SKShaderTileMode.Clamp);
        panel.Canvas.DrawCircle(planet, r, body);
    }
}
