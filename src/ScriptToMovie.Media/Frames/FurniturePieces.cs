using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>The palette and the pieces every room is furnished from (tables, chairs, plants, lamps, windows), drawn in the room's perspective.</summary>
internal static class FurniturePieces
{
    internal static readonly SKColor Wood = new(0x8A, 0x5C, 0x38);
    internal static readonly SKColor DarkWood = new(0x5A, 0x3A, 0x24);
    internal static readonly SKColor White = new(0xF2, 0xF0, 0xEA);
    internal static readonly SKColor Steel = new(0xA8, 0xAE, 0xB4);
    internal const float Haze = 0.12f;

    internal static readonly SKColor[] Fabrics =
        [new(0x5A, 0x7A, 0xA8), new(0xA8, 0x5A, 0x4A), new(0x6A, 0x8A, 0x5A), new(0xC8, 0x9A, 0x4A), new(0x7A, 0x5A, 0x8A)];

    /// <summary>A box standing on the floor, its front facing us; the top shows when it is below eye level.</summary>
    public static SKRect Box(Panel p, Room room, float left, float baseY, float width, float height, SKColor colour, float depth = 0.08f, bool shadow = true)
    {
        if (shadow) p.Shadow(SKRect.Create(left - width * 0.03f, baseY - height * 0.04f, width * 1.06f, Math.Max(3f, height * 0.1f)), 0.7f);
        var top = baseY - height;
        if (top > room.Vanishing.Y + 1)
        {
            var tl = new SKPoint(left, top);
            var tr = new SKPoint(left + width, top);
            var bl = Lerp(tl, room.Vanishing, depth);
            var br = Lerp(tr, room.Vanishing, depth);
            p.FillPolygon(SceneLighting.Mix(colour, SKColors.White, 0.18f), Haze, tl, tr, br, bl);
        }
        var front = SKRect.Create(left, top, width, height);
        p.FillVertical(front, colour, SceneLighting.Shade(colour, 0.82f), Haze, Haze);
        return front;
    }

    internal static SKPoint Lerp(SKPoint a, SKPoint b, float t) => new(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);

    internal static float FloorY(Room room, Panel p, float share) => room.Back.Bottom + (p.Height - room.Back.Bottom) * share;

    internal static void RoundTable(Panel p, Room room, float backX, float y, bool cups)
    {
        var s = room.Person * room.ScaleAt(y);
        var x = room.XAt(backX, y);
        p.Shadow(SKRect.Create(x - s * 0.3f, y - s * 0.03f, s * 0.6f, s * 0.07f));
        p.Line(new(x, y), new(x, y - s * 0.42f), DarkWood, Math.Max(2f, s * 0.035f), Haze);
        p.FillOval(SKRect.Create(x - s * 0.14f, y - s * 0.02f, s * 0.28f, s * 0.04f), DarkWood, Haze);
        p.FillOval(SKRect.Create(x - s * 0.3f, y - s * 0.47f, s * 0.6f, s * 0.1f), SceneLighting.Shade(Wood, 0.8f), Haze);
        p.FillOval(SKRect.Create(x - s * 0.3f, y - s * 0.485f, s * 0.6f, s * 0.1f), Wood, Haze);
        if (!cups) return;
        foreach (var cx in new[] { -0.12f, 0.1f })
        {
            var cupX = x + s * cx;
            var cupY = y - s * 0.44f;
            p.FillOval(SKRect.Create(cupX - s * 0.045f, cupY - s * 0.01f, s * 0.09f, s * 0.02f), White, Haze);
            p.FillRound(SKRect.Create(cupX - s * 0.028f, cupY - s * 0.055f, s * 0.056f, s * 0.05f), s * 0.01f, White, Haze);
            p.FillOval(SKRect.Create(cupX - s * 0.028f, cupY - s * 0.062f, s * 0.056f, s * 0.014f), new SKColor(0x5A, 0x36, 0x1E), Haze);
        }
    }

    internal static void Chair(Panel p, Room room, float backX, float y, bool facingRight, SKColor colour)
    {
        var s = room.Person * room.ScaleAt(y);
        var x = room.XAt(backX, y);
        var dir = facingRight ? 1 : -1;
        p.Shadow(SKRect.Create(x - s * 0.13f, y - s * 0.02f, s * 0.26f, s * 0.05f), 0.6f);
        p.Line(new(x - s * 0.1f, y), new(x - s * 0.1f, y - s * 0.27f), SceneLighting.Shade(colour, 0.7f), Math.Max(1.5f, s * 0.02f), Haze);
        p.Line(new(x + s * 0.1f, y), new(x + s * 0.1f, y - s * 0.27f), SceneLighting.Shade(colour, 0.7f), Math.Max(1.5f, s * 0.02f), Haze);
        p.FillRound(SKRect.Create(x - s * 0.13f, y - s * 0.3f, s * 0.26f, s * 0.04f), s * 0.01f, colour, Haze);
        p.Line(new(x - dir * s * 0.12f, y - s * 0.28f), new(x - dir * s * 0.13f, y - s * 0.58f), colour, Math.Max(2f, s * 0.03f), Haze);
    }

    internal static void Plant(Panel p, Room room, float backX, float y)
    {
        var s = room.Person * room.ScaleAt(y);
        var x = room.XAt(backX, y);
        p.Shadow(SKRect.Create(x - s * 0.12f, y - s * 0.02f, s * 0.24f, s * 0.05f));
        p.FillPolygon(new SKColor(0xB8, 0x6A, 0x48), Haze, new(x - s * 0.1f, y - s * 0.22f), new(x + s * 0.1f, y - s * 0.22f), new(x + s * 0.07f, y), new(x - s * 0.07f, y));
        for (var i = 0; i < 7; i++)
        {
            var angle = -MathF.PI / 2 + (i - 3) * 0.35f;
            var leaf = new SKPoint(x + MathF.Cos(angle) * s * 0.3f, y - s * 0.22f + MathF.Sin(angle) * s * 0.45f);
            p.Line(new(x, y - s * 0.2f), leaf, i % 2 == 0 ? new SKColor(0x3E, 0x7A, 0x3A) : new SKColor(0x52, 0x92, 0x44), Math.Max(2f, s * 0.05f), Haze);
        }
    }

    internal static void Picture(Panel p, SKRect rect, SKColor art)
    {
        p.Fill(SKRect.Create(rect.Left + rect.Width * 0.04f, rect.Top + rect.Height * 0.06f, rect.Width, rect.Height), new SKColor(0, 0, 0, 50), Haze);
        p.Fill(rect, DarkWood, Haze);
        var inner = SKRect.Inflate(rect, -rect.Width * 0.08f, -rect.Width * 0.08f);
        p.FillVertical(inner, SceneLighting.Mix(art, SKColors.White, 0.4f), art, Haze, Haze);
        p.FillPolygon(SceneLighting.Shade(art, 0.6f), Haze, new(inner.Left, inner.Bottom), new(inner.Left + inner.Width * 0.45f, inner.MidY), new(inner.Right, inner.Bottom));
    }

    /// <summary>A hanging lamp; glows whenever the room isn't in daylight, faintly even then.</summary>
    internal static void Pendant(Panel p, Room room, float x, float dropShare)
    {
        var top = room.Back.Top;
        var y = top + room.Back.Height * dropShare;
        var s = room.Person;
        p.Line(new(x, 0), new(x, y), new SKColor(0x2A, 0x2A, 0x2A), 1.2f, Haze);
        p.FillPolygon(new SKColor(0x2E, 0x4A, 0x3E), Haze, new(x - s * 0.05f, y), new(x + s * 0.05f, y), new(x + s * 0.1f, y + s * 0.08f), new(x - s * 0.1f, y + s * 0.08f));
        var strength = p.Light.Phase switch { DayPhase.Night => 1f, DayPhase.Dusk => 0.8f, _ => 0.45f };
        p.Glow(new SKPoint(x, y + s * 0.09f), s * 0.7f, new SKColor(0xFF, 0xC8, 0x78), strength);
        using var bulb = new SKPaint { IsAntialias = true, Color = new SKColor(0xFF, 0xE8, 0xB0) };
        p.Canvas.DrawOval(SKRect.Create(x - s * 0.07f, y + s * 0.07f, s * 0.14f, s * 0.025f), bulb);
    }

    internal static void NightLamp(Panel p, SKPoint at, float size)
    {
        var strength = p.Light.Phase switch { DayPhase.Night => 1.1f, DayPhase.Dusk => 0.8f, _ => 0.3f };
        p.Glow(at, size * 3.2f, new SKColor(0xFF, 0xC0, 0x70), strength);
    }

    internal static SKRect WindowFrame(Room room, bool left, float widthShare = 0.24f, float heightShare = 0.42f, float topShare = 0.16f)
    {
        var b = room.Back;
        var w = b.Width * widthShare;
        var x = left ? b.Left + b.Width * 0.07f : b.Right - b.Width * 0.07f - w;
        return SKRect.Create(x, b.Top + b.Height * topShare, w, b.Height * heightShare);
    }
}
