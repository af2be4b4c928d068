using SkiaSharp;
using static ScriptToMovie.Media.Frames.Landscape;

namespace ScriptToMovie.Media.Frames;

/// <summary>Built-up exteriors: a street of shopfronts under a skyline, a road with traffic, a house with its garden.</summary>
internal static class TownscapePainter
{
    private static readonly SKColor[] Facades =
    [
        new(0xA8, 0x5A, 0x48), new(0xC9, 0xB4, 0x94), new(0x8A, 0x92, 0x9A), new(0xB8, 0x7A, 0x55),
        new(0x6E, 0x7E, 0x86), new(0xD6, 0xC8, 0xAE), new(0x93, 0x6A, 0x5A), new(0x7A, 0x8C, 0x7A),
    ];

    private static readonly SKColor[] CarColours =
        [new(0xB8, 0x2E, 0x2E), new(0x2E, 0x5C, 0x9A), new(0xE8, 0xE4, 0xDA), new(0x3A, 0x3E, 0x44), new(0xD8, 0xA8, 0x3A), new(0x4A, 0x7A, 0x5A)];

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

    internal static void Street(Panel panel)
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

    internal static void Road(Panel panel)
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

    internal static void House(Panel panel)
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
}
