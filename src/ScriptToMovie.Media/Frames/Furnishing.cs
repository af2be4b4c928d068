using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>Furniture that says what kind of room it is, placed in the room's perspective.</summary>
internal static class Furnishing
{
    private static readonly SKColor Wood = new(0x8A, 0x5C, 0x38);
    private static readonly SKColor DarkWood = new(0x5A, 0x3A, 0x24);
    private static readonly SKColor White = new(0xF2, 0xF0, 0xEA);
    private static readonly SKColor Steel = new(0xA8, 0xAE, 0xB4);
    private const float Haze = 0.12f;

    private static readonly SKColor[] Fabrics =
        [new(0x5A, 0x7A, 0xA8), new(0xA8, 0x5A, 0x4A), new(0x6A, 0x8A, 0x5A), new(0xC8, 0x9A, 0x4A), new(0x7A, 0x5A, 0x8A)];

    // ---- building blocks ----

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

    private static SKPoint Lerp(SKPoint a, SKPoint b, float t) => new(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);

    private static float FloorY(Room room, Panel p, float share) => room.Back.Bottom + (p.Height - room.Back.Bottom) * share;

    private static void RoundTable(Panel p, Room room, float backX, float y, bool cups)
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

    private static void Chair(Panel p, Room room, float backX, float y, bool facingRight, SKColor colour)
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

    private static void Plant(Panel p, Room room, float backX, float y)
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

    private static void Picture(Panel p, SKRect rect, SKColor art)
    {
        p.Fill(SKRect.Create(rect.Left + rect.Width * 0.04f, rect.Top + rect.Height * 0.06f, rect.Width, rect.Height), new SKColor(0, 0, 0, 50), Haze);
        p.Fill(rect, DarkWood, Haze);
        var inner = SKRect.Inflate(rect, -rect.Width * 0.08f, -rect.Width * 0.08f);
        p.FillVertical(inner, SceneLighting.Mix(art, SKColors.White, 0.4f), art, Haze, Haze);
        p.FillPolygon(SceneLighting.Shade(art, 0.6f), Haze, new(inner.Left, inner.Bottom), new(inner.Left + inner.Width * 0.45f, inner.MidY), new(inner.Right, inner.Bottom));
    }

    /// <summary>A hanging lamp; glows whenever the room isn't in daylight, faintly even then.</summary>
    private static void Pendant(Panel p, Room room, float x, float dropShare)
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

    private static void NightLamp(Panel p, SKPoint at, float size)
    {
        var strength = p.Light.Phase switch { DayPhase.Night => 1.1f, DayPhase.Dusk => 0.8f, _ => 0.3f };
        p.Glow(at, size * 3.2f, new SKColor(0xFF, 0xC0, 0x70), strength);
    }

    private static SKRect WindowFrame(Room room, bool left, float widthShare = 0.24f, float heightShare = 0.42f, float topShare = 0.16f)
    {
        var b = room.Back;
        var w = b.Width * widthShare;
        var x = left ? b.Left + b.Width * 0.07f : b.Right - b.Width * 0.07f - w;
        return SKRect.Create(x, b.Top + b.Height * topShare, w, b.Height * heightShare);
    }

    // ---- rooms ----

    public static void Cafe(Panel p, Room room, bool windowLeft)
    {
        var b = room.Back;
        var s = room.Person;
        // Wood panelling below a cream wall, a big shop window, and the counter on the other side.
        p.Fill(SKRect.Create(b.Left, b.Bottom - s * 0.45f, b.Width, s * 0.45f), new SKColor(0x7A, 0x4E, 0x30), Haze);
        InteriorPainter.Window(p, room, WindowFrame(room, windowLeft, 0.34f, 0.5f, 0.12f));
        var counterLeft = windowLeft ? b.Left + b.Width * 0.5f : b.Left + b.Width * 0.04f;
        var counterW = b.Width * 0.46f;
        // Menu board above the counter.
        var board = SKRect.Create(counterLeft + counterW * 0.15f, b.Top + b.Height * 0.12f, counterW * 0.7f, b.Height * 0.26f);
        p.Fill(board, DarkWood, Haze);
        p.Fill(SKRect.Inflate(board, -board.Width * 0.03f, -board.Width * 0.03f), new SKColor(0x2A, 0x30, 0x2C), Haze);
        for (var i = 0; i < 4; i++)
        {
            var ly = board.Top + board.Height * (0.25f + i * 0.18f);
            p.Line(new(board.Left + board.Width * 0.1f, ly), new(board.Left + board.Width * (0.55f + 0.08f * (i % 2)), ly), new SKColor(0xE8, 0xE4, 0xD4), Math.Max(1.5f, s * 0.012f), Haze);
            p.Line(new(board.Left + board.Width * 0.78f, ly), new(board.Left + board.Width * 0.88f, ly), new SKColor(0xF0, 0xC8, 0x60), Math.Max(1.5f, s * 0.012f), Haze);
        }
        // Shelves of cups behind the counter.
        var shelfY = b.Bottom - s * 0.95f;
        p.Fill(SKRect.Create(counterLeft + counterW * 0.05f, shelfY, counterW * 0.9f, s * 0.025f), DarkWood, Haze);
        for (var i = 0; i < 9; i++)
        {
            var cx = counterLeft + counterW * (0.1f + i * 0.09f);
            p.FillRound(SKRect.Create(cx, shelfY - s * 0.06f, s * 0.05f, s * 0.06f), s * 0.01f, i % 3 == 0 ? new SKColor(0xC8, 0x5A, 0x3A) : White, Haze);
        }
        var counter = Box(p, room, counterLeft, b.Bottom + s * 0.02f, counterW, s * 0.55f, new SKColor(0x6A, 0x40, 0x28), 0.06f);
        p.Fill(SKRect.Create(counter.Left - s * 0.02f, counter.Top - s * 0.03f, counter.Width + s * 0.04f, s * 0.035f), new SKColor(0xD8, 0xD0, 0xC4), Haze);
        // Espresso machine.
        var em = SKRect.Create(counter.Left + counter.Width * 0.12f, counter.Top - s * 0.3f, s * 0.32f, s * 0.27f);
        p.FillRound(em, s * 0.03f, Steel, Haze);
        p.Fill(SKRect.Create(em.Left, em.Top + em.Height * 0.55f, em.Width, em.Height * 0.08f), new SKColor(0x3A, 0x3A, 0x3E), Haze);
        p.FillRound(SKRect.Create(counter.Right - s * 0.35f, counter.Top - s * 0.12f, s * 0.22f, s * 0.12f), s * 0.02f, new SKColor(0xE8, 0xD8, 0xB0), Haze);
        Pendant(p, room, counterLeft + counterW * 0.3f, 0.05f);
        Pendant(p, room, counterLeft + counterW * 0.72f, 0.05f);
        // Tables with cups in the middle distance.
        var y1 = FloorY(room, p, 0.12f);
        var y2 = FloorY(room, p, 0.2f);
        var chair = new SKColor(0x4A, 0x2E, 0x1E);
        Chair(p, room, b.Left + b.Width * (windowLeft ? 0.08f : 0.62f), y1, true, chair);
        RoundTable(p, room, b.Left + b.Width * (windowLeft ? 0.18f : 0.72f), y1, cups: true);
        Chair(p, room, b.Left + b.Width * (windowLeft ? 0.28f : 0.82f), y1, false, chair);
        RoundTable(p, room, b.Left + b.Width * 0.5f, y2, cups: true);
        Plant(p, room, windowLeft ? b.Right - b.Width * 0.02f : b.Left + b.Width * 0.02f, FloorY(room, p, 0.06f));
    }

    public static void Bar(Panel p, Room room)
    {
        var b = room.Back;
        var s = room.Person;
        // Mirror and shelves of bottles behind the bar.
        var mirror = SKRect.Create(b.Left + b.Width * 0.08f, b.Bottom - s * 1.35f, b.Width * 0.84f, s * 0.7f);
        p.FillVertical(mirror, new SKColor(0x6A, 0x5A, 0x50), new SKColor(0x3A, 0x2E, 0x28), Haze, Haze);
        var colours = new[] { new SKColor(0x3A, 0x7A, 0x3A), new SKColor(0xA8, 0x6A, 0x2A), new SKColor(0xD8, 0xC8, 0xA8), new SKColor(0x6A, 0x2A, 0x2A), new SKColor(0x4A, 0x6A, 0x9A) };
        for (var shelf = 0; shelf < 2; shelf++)
        {
            var sy = mirror.Top + mirror.Height * (0.45f + shelf * 0.48f);
            p.Fill(SKRect.Create(mirror.Left, sy, mirror.Width, s * 0.025f), DarkWood, Haze);
            for (var x = mirror.Left + s * 0.05f; x < mirror.Right - s * 0.08f; x += s * p.Random.Range(0.07f, 0.11f))
            {
                var bh = s * p.Random.Range(0.17f, 0.24f);
                var c = colours[p.Random.Next(colours.Length)];
                p.FillRound(SKRect.Create(x, sy - bh * 0.7f, s * 0.055f, bh * 0.7f), s * 0.015f, c, Haze);
                p.Fill(SKRect.Create(x + s * 0.018f, sy - bh, s * 0.02f, bh * 0.32f), c, Haze);
            }
        }
        InteriorPainter.Window(p, room, SKRect.Create(b.Left + b.Width * 0.02f, b.Top + b.Height * 0.1f, b.Width * 0.14f, b.Height * 0.3f), city: true, curtains: true);
        // A neon sign.
        var neon = new SKPoint(b.MidX, b.Top + b.Height * 0.2f);
        using (var tube = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(2f, s * 0.025f), Color = new SKColor(0xFF, 0x6A, 0xC8) })
        {
            p.Canvas.DrawCircle(neon, s * 0.18f, tube);
            tube.Color = new SKColor(0x6A, 0xE8, 0xFF);
            p.Canvas.DrawLine(neon.X - s * 0.1f, neon.Y - s * 0.05f, neon.X + s * 0.1f, neon.Y - s * 0.05f, tube);
            p.Canvas.DrawLine(neon.X, neon.Y - s * 0.05f, neon.X, neon.Y + s * 0.1f, tube);
        }
        p.Glow(neon, s * 0.9f, new SKColor(0xFF, 0x50, 0xB0), 0.9f);
        var counter = Box(p, room, b.Left + b.Width * 0.05f, b.Bottom + s * 0.25f, b.Width * 0.9f, s * 0.6f, new SKColor(0x5A, 0x30, 0x1E), 0.05f);
        p.Fill(SKRect.Create(counter.Left - s * 0.03f, counter.Top - s * 0.04f, counter.Width + s * 0.06f, s * 0.045f), new SKColor(0x8A, 0x52, 0x30), Haze);
        for (var i = 0; i < 6; i++)
        {
            var x = b.Left + b.Width * (0.12f + i * 0.15f);
            var y = b.Bottom + s * 0.35f;
            p.Line(new(x, y), new(x, y - s * 0.4f), Steel, Math.Max(2f, s * 0.025f), Haze);
            p.FillOval(SKRect.Create(x - s * 0.09f, y - s * 0.45f, s * 0.18f, s * 0.06f), new SKColor(0x8A, 0x2A, 0x2A), Haze);
        }
        Pendant(p, room, b.Left + b.Width * 0.3f, 0.08f);
        Pendant(p, room, b.Left + b.Width * 0.7f, 0.08f);
    }

    public static void Office(Panel p, Room room, bool windowLeft)
    {
        var b = room.Back;
        var s = room.Person;
        InteriorPainter.Window(p, room, WindowFrame(room, windowLeft, 0.4f, 0.5f, 0.12f));
        // Whiteboard and filing cabinets on the other side.
        var board = SKRect.Create(windowLeft ? b.Left + b.Width * 0.56f : b.Left + b.Width * 0.1f, b.Top + b.Height * 0.18f, b.Width * 0.3f, b.Height * 0.3f);
        p.Fill(board, Steel, Haze);
        p.Fill(SKRect.Inflate(board, -s * 0.02f, -s * 0.02f), new SKColor(0xF6, 0xF6, 0xF2), Haze);
        using (var marker = new SKPath())
        {
            marker.MoveTo(board.Left + board.Width * 0.1f, board.Top + board.Height * 0.75f);
            marker.LineTo(board.Left + board.Width * 0.35f, board.Top + board.Height * 0.45f);
            marker.LineTo(board.Left + board.Width * 0.55f, board.Top + board.Height * 0.6f);
            marker.LineTo(board.Left + board.Width * 0.85f, board.Top + board.Height * 0.25f);
            using var paint = p.Paint(new SKColor(0x2A, 0x6A, 0xC8), Haze);
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = Math.Max(1.5f, s * 0.015f);
            p.Canvas.DrawPath(marker, paint);
        }
        var cabinetX = windowLeft ? b.Right - b.Width * 0.12f : b.Left + b.Width * 0.52f;
        var cabinet = Box(p, room, cabinetX, b.Bottom, s * 0.35f, s * 0.75f, new SKColor(0x8A, 0x92, 0x9A));
        for (var i = 0; i < 3; i++)
        {
            p.Line(new(cabinet.Left, cabinet.Top + cabinet.Height * (i + 1) / 3f), new(cabinet.Right, cabinet.Top + cabinet.Height * (i + 1) / 3f), new SKColor(0x5A, 0x62, 0x6A), 1f, Haze);
            p.Fill(SKRect.Create(cabinet.MidX - s * 0.04f, cabinet.Top + cabinet.Height * (i + 0.4f) / 3f, s * 0.08f, s * 0.015f), new SKColor(0x4A, 0x4E, 0x54), Haze);
        }
        // Ceiling light panels.
        for (var i = 0; i < 2; i++)
        {
            var x = b.Left + b.Width * (0.3f + i * 0.4f);
            using var panelLight = new SKPaint { Color = new SKColor(0xF4, 0xF8, 0xFF) };
            p.Canvas.DrawRect(SKRect.Create(x - s * 0.3f, b.Top - s * 0.09f, s * 0.6f, s * 0.05f), panelLight);
            p.Glow(new SKPoint(x, b.Top - s * 0.05f), s * 0.8f, new SKColor(0xE8, 0xF0, 0xFF), p.Light.IsNight ? 0.8f : 0.3f);
        }
        Desk(p, room, b.Left + b.Width * 0.22f, FloorY(room, p, 0.1f));
        Desk(p, room, b.Left + b.Width * 0.66f, FloorY(room, p, 0.16f));
        Plant(p, room, windowLeft ? b.Left + b.Width * 0.02f : b.Right - b.Width * 0.02f, FloorY(room, p, 0.04f));
    }

    private static void Desk(Panel p, Room room, float backX, float y)
    {
        var s = room.Person * room.ScaleAt(y);
        var x = room.XAt(backX, y);
        var top = Box(p, room, x - s * 0.45f, y, s * 0.9f, s * 0.43f, new SKColor(0xB8, 0x9A, 0x74), 0.05f);
        p.Fill(SKRect.Create(top.Left + s * 0.05f, top.Top + s * 0.06f, s * 0.25f, top.Height - s * 0.06f), SceneLighting.Shade(new SKColor(0xB8, 0x9A, 0x74), 0.85f), Haze);
        // Monitor: the screen is a light.
        var screen = SKRect.Create(x - s * 0.2f, top.Top - s * 0.34f, s * 0.4f, s * 0.25f);
        p.Fill(SKRect.Create(x - s * 0.02f, screen.Bottom, s * 0.04f, s * 0.08f), new SKColor(0x2A, 0x2A, 0x2E), Haze);
        p.Fill(SKRect.Create(x - s * 0.08f, top.Top - s * 0.015f, s * 0.16f, s * 0.015f), new SKColor(0x2A, 0x2A, 0x2E), Haze);
        p.FillRound(SKRect.Inflate(screen, s * 0.015f, s * 0.015f), s * 0.01f, new SKColor(0x22, 0x22, 0x26), Haze);
        using (var glow = new SKPaint { IsAntialias = true })
        {
            glow.Shader = SKShader.CreateLinearGradient(new SKPoint(screen.Left, screen.Top), new SKPoint(screen.Right, screen.Bottom),
                [new SKColor(0x8A, 0xC8, 0xF0), new SKColor(0x3A, 0x7A, 0xC0)], SKShaderTileMode.Clamp);
            p.Canvas.DrawRect(screen, glow);
        }
        for (var i = 0; i < 3; i++)
        {
            using var text = new SKPaint { Color = new SKColor(0xFF, 0xFF, 0xFF, 140) };
            p.Canvas.DrawRect(SKRect.Create(screen.Left + screen.Width * 0.1f, screen.Top + screen.Height * (0.25f + i * 0.2f), screen.Width * (0.6f - i * 0.12f), Math.Max(1f, screen.Height * 0.06f)), text);
        }
        if (p.Light.IsNight) p.Glow(new SKPoint(screen.MidX, screen.MidY), s * 0.6f, new SKColor(0x80, 0xC0, 0xFF), 0.6f);
        p.FillRound(SKRect.Create(x - s * 0.2f, top.Top - s * 0.025f, s * 0.3f, s * 0.025f), s * 0.01f, new SKColor(0x3A, 0x3A, 0x3E), Haze);
    }

    public static void Kitchen(Panel p, Room room)
    {
        var b = room.Back;
        var s = room.Person;
        var cabinet = new SKColor(0x7A, 0x9A, 0xA8);
        var windowFrame = SKRect.Create(b.MidX - b.Width * 0.14f, b.Bottom - s * 1.4f, b.Width * 0.28f, s * 0.7f);
        InteriorPainter.Window(p, room, windowFrame, city: false, curtains: true);
        // Upper cabinets either side of the window.
        foreach (var (left, right) in new[] { (b.Left + b.Width * 0.03f, windowFrame.Left - s * 0.15f), (windowFrame.Right + s * 0.15f, b.Right - b.Width * 0.22f) })
        {
            var rect = SKRect.Create(left, b.Bottom - s * 1.55f, right - left, s * 0.5f);
            p.Fill(rect, cabinet, Haze);
            var doors = Math.Max(1, (int)(rect.Width / (s * 0.35f)));
            for (var i = 0; i < doors; i++)
            {
                var door = SKRect.Create(rect.Left + rect.Width * i / doors + s * 0.02f, rect.Top + s * 0.02f, rect.Width / doors - s * 0.04f, rect.Height - s * 0.04f);
                p.Fill(door, SceneLighting.Mix(cabinet, SKColors.White, 0.12f), Haze);
            }
        }
        // Counter run with a sink under the window and a stove.
        var run = Box(p, room, b.Left + b.Width * 0.03f, b.Bottom, b.Width * 0.75f, s * 0.5f, cabinet, 0.06f);
        p.Fill(SKRect.Create(run.Left - s * 0.02f, run.Top - s * 0.035f, run.Width + s * 0.04f, s * 0.04f), new SKColor(0xE8, 0xE2, 0xD6), Haze);
        var doorsBelow = (int)(run.Width / (s * 0.35f));
        for (var i = 1; i < doorsBelow; i++)
        {
            var x = run.Left + run.Width * i / doorsBelow;
            p.Line(new(x, run.Top + s * 0.04f), new(x, run.Bottom - s * 0.02f), SceneLighting.Shade(cabinet, 0.7f), 1f, Haze);
        }
        p.Fill(SKRect.Create(windowFrame.MidX - s * 0.2f, run.Top - s * 0.04f, s * 0.4f, s * 0.02f), Steel, Haze);
        p.Line(new(windowFrame.MidX, run.Top - s * 0.04f), new(windowFrame.MidX, run.Top - s * 0.18f), Steel, Math.Max(1.5f, s * 0.02f), Haze);
        var stove = SKRect.Create(windowFrame.Right + s * 0.3f, run.Top - s * 0.035f, s * 0.5f, s * 0.02f);
        p.Fill(stove, new SKColor(0x2A, 0x2A, 0x2E), Haze);
        p.FillPolygon(Steel, Haze, new(stove.Left - s * 0.02f, b.Bottom - s * 1.55f), new(stove.Right + s * 0.02f, b.Bottom - s * 1.55f), new(stove.Right - s * 0.08f, b.Bottom - s * 1.8f), new(stove.Left + s * 0.08f, b.Bottom - s * 1.8f));
        p.FillRound(SKRect.Create(stove.Left + s * 0.08f, stove.Top - s * 0.1f, s * 0.16f, s * 0.1f), s * 0.02f, new SKColor(0xC0, 0x50, 0x3A), Haze);
        // Fridge at the end of the run.
        var fridge = Box(p, room, b.Right - b.Width * 0.2f, b.Bottom, s * 0.55f, s * 1.2f, new SKColor(0xE6, 0xE6, 0xE2));
        p.Line(new(fridge.Left, fridge.Top + fridge.Height * 0.35f), new(fridge.Right, fridge.Top + fridge.Height * 0.35f), new SKColor(0xA0, 0xA0, 0xA0), 1.2f, Haze);
        p.Line(new(fridge.Left + s * 0.06f, fridge.Top + fridge.Height * 0.1f), new(fridge.Left + s * 0.06f, fridge.Top + fridge.Height * 0.28f), new SKColor(0x80, 0x80, 0x84), Math.Max(2f, s * 0.02f), Haze);
        p.Line(new(fridge.Left + s * 0.06f, fridge.Top + fridge.Height * 0.42f), new(fridge.Left + s * 0.06f, fridge.Top + fridge.Height * 0.62f), new SKColor(0x80, 0x80, 0x84), Math.Max(2f, s * 0.02f), Haze);
        Pendant(p, room, b.MidX, 0.06f);
    }

    public static void Bedroom(Panel p, Room room, bool windowLeft)
    {
        var b = room.Back;
        var s = room.Person;
        InteriorPainter.Window(p, room, WindowFrame(room, windowLeft, 0.22f, 0.4f, 0.18f), city: false, curtains: true);
        var bedX = windowLeft ? b.Left + b.Width * 0.42f : b.Left + b.Width * 0.16f;
        var bedW = b.Width * 0.36f;
        Picture(p, SKRect.Create(bedX + bedW * 0.3f, b.Top + b.Height * 0.2f, bedW * 0.4f, b.Height * 0.2f), new SKColor(0x6A, 0x9A, 0xC8));
        // Headboard against the wall, the bed coming toward us.
        p.FillRound(SKRect.Create(bedX, b.Bottom - s * 0.8f, bedW, s * 0.8f), s * 0.08f, DarkWood, Haze);
        var foot = FloorY(room, p, 0.12f);
        var nearLeft = room.XAt(bedX, foot);
        var nearRight = room.XAt(bedX + bedW, foot);
        var mattressH = s * 0.32f;
        var blanket = Fabrics[p.Random.Next(Fabrics.Length)];
        p.Shadow(SKRect.Create(nearLeft, foot - s * 0.05f, nearRight - nearLeft, s * 0.1f));
        p.FillPolygon(White, Haze, new(bedX, b.Bottom - mattressH), new(bedX + bedW, b.Bottom - mattressH), new(nearRight, foot - mattressH * room.ScaleAt(foot)), new(nearLeft, foot - mattressH * room.ScaleAt(foot)));
        var blanketTopY = b.Bottom - mattressH + (foot - b.Bottom) * 0.35f;
        p.FillPolygon(blanket, Haze,
            new(room.XAt(bedX, b.Bottom + (foot - b.Bottom) * 0.35f), blanketTopY), new(room.XAt(bedX + bedW, b.Bottom + (foot - b.Bottom) * 0.35f), blanketTopY),
            new(nearRight, foot - mattressH * room.ScaleAt(foot)), new(nearLeft, foot - mattressH * room.ScaleAt(foot)));
        p.Fill(SKRect.Create(nearLeft, foot - mattressH * room.ScaleAt(foot), nearRight - nearLeft, mattressH * room.ScaleAt(foot)), SceneLighting.Shade(blanket, 0.8f), Haze);
        foreach (var px in new[] { 0.08f, 0.54f })
        {
            p.FillRound(SKRect.Create(bedX + bedW * px, b.Bottom - mattressH - s * 0.1f, bedW * 0.38f, s * 0.14f), s * 0.05f, new SKColor(0xF8, 0xF6, 0xF0), Haze);
        }
        // Bedside table with a lamp.
        var tableX = windowLeft ? bedX + bedW + s * 0.08f : bedX - s * 0.45f;
        var table = Box(p, room, tableX, b.Bottom, s * 0.36f, s * 0.38f, Wood);
        var lamp = new SKPoint(table.MidX, table.Top - s * 0.22f);
        p.Line(new(lamp.X, table.Top), new(lamp.X, lamp.Y), new SKColor(0x3A, 0x3A, 0x3A), Math.Max(1.5f, s * 0.02f), Haze);
        p.FillPolygon(new SKColor(0xF0, 0xE0, 0xB8), Haze, new(lamp.X - s * 0.07f, lamp.Y - s * 0.12f), new(lamp.X + s * 0.07f, lamp.Y - s * 0.12f), new(lamp.X + s * 0.11f, lamp.Y + s * 0.02f), new(lamp.X - s * 0.11f, lamp.Y + s * 0.02f));
        NightLamp(p, new SKPoint(lamp.X, lamp.Y - s * 0.04f), s * 0.2f);
        Rug(p, room, b.MidX, FloorY(room, p, 0.3f), new SKColor(0xC8, 0x8A, 0x6A));
    }

    private static void Rug(Panel p, Room room, float backX, float y, SKColor colour)
    {
        var s = room.Person * room.ScaleAt(y);
        var x = room.XAt(backX, y);
        p.FillOval(SKRect.Create(x - s * 0.9f, y - s * 0.12f, s * 1.8f, s * 0.24f), colour, Haze);
        p.FillOval(SKRect.Create(x - s * 0.7f, y - s * 0.08f, s * 1.4f, s * 0.16f), SceneLighting.Mix(colour, SKColors.White, 0.25f), Haze);
    }

    public static void Library(Panel p, Room room)
    {
        var b = room.Back;
        var s = room.Person;
        var spines = new[] { new SKColor(0x8A, 0x2A, 0x2A), new SKColor(0x2A, 0x4A, 0x7A), new SKColor(0x3A, 0x6A, 0x3A), new SKColor(0xC8, 0xA8, 0x5A), new SKColor(0x5A, 0x3A, 0x6A), new SKColor(0xD8, 0xD0, 0xB8), new SKColor(0x9A, 0x5A, 0x2A) };
        // Shelves fill the back wall, books of every colour.
        var units = Math.Max(3, (int)(b.Width / (s * 0.9f)));
        var unitW = b.Width / units;
        var shelfTop = Math.Max(b.Top + b.Height * 0.05f, b.Bottom - s * 2.2f);
        for (var u = 0; u < units; u++)
        {
            var left = b.Left + u * unitW;
            p.Fill(SKRect.Create(left, shelfTop, unitW, b.Bottom - shelfTop), DarkWood, Haze);
            var rows = Math.Max(3, (int)((b.Bottom - shelfTop) / (s * 0.34f)));
            var rowH = (b.Bottom - shelfTop) / rows;
            for (var r = 0; r < rows; r++)
            {
                var shelfY = shelfTop + (r + 1) * rowH - s * 0.03f;
                p.Fill(SKRect.Create(left + s * 0.03f, shelfY - rowH + s * 0.05f, unitW - s * 0.06f, rowH - s * 0.05f), new SKColor(0x2E, 0x1E, 0x14), Haze);
                for (var x = left + s * 0.04f; x < left + unitW - s * 0.08f;)
                {
                    var bw = s * p.Random.Range(0.035f, 0.07f);
                    var bh = (rowH - s * 0.08f) * p.Random.Range(0.7f, 0.98f);
                    p.Fill(SKRect.Create(x, shelfY - bh, bw - 1, bh), spines[p.Random.Next(spines.Length)], Haze);
                    x += bw + (p.Random.Chance(0.08f) ? s * 0.05f : 0);
                }
                p.Fill(SKRect.Create(left, shelfY, unitW, s * 0.03f), Wood, Haze);
            }
        }
        // One tall window among the shelves lets the hour in.
        var middle = units / 2;
        var tall = SKRect.Create(b.Left + middle * unitW + unitW * 0.12f, shelfTop + s * 0.1f, unitW * 0.76f, (b.Bottom - shelfTop) * 0.72f);
        p.Fill(SKRect.Inflate(tall, unitW * 0.12f, s * 0.1f), new SKColor(0x8A, 0x62, 0x42), Haze);
        InteriorPainter.Window(p, room, tall, city: false);
        // A long reading table with green lamps.
        var y = FloorY(room, p, 0.14f);
        var sc = room.ScaleAt(y);
        var tableLeft = room.XAt(b.Left + b.Width * 0.22f, y);
        var tableRight = room.XAt(b.Right - b.Width * 0.22f, y);
        var top = Box(p, room, tableLeft, y, tableRight - tableLeft, s * sc * 0.42f, Wood, 0.08f);
        foreach (var share in new[] { 0.25f, 0.75f })
        {
            var lx = top.Left + top.Width * share;
            var ly = top.Top - s * sc * 0.22f;
            p.Line(new(lx, top.Top), new(lx, ly), new SKColor(0xC8, 0xA8, 0x4A), Math.Max(1.5f, s * sc * 0.02f), Haze);
            p.FillRound(SKRect.Create(lx - s * sc * 0.12f, ly - s * sc * 0.05f, s * sc * 0.24f, s * sc * 0.07f), s * sc * 0.03f, new SKColor(0x1E, 0x6A, 0x3A), Haze);
            NightLamp(p, new SKPoint(lx, ly + s * sc * 0.03f), s * sc * 0.18f);
        }
    }

    public static void Hospital(Panel p, Room room, bool windowLeft)
    {
        var b = room.Back;
        var s = room.Person;
        InteriorPainter.Window(p, room, WindowFrame(room, !windowLeft, 0.26f, 0.38f, 0.18f));
        // A curtain on a ceiling rail, half drawn.
        var railY = b.Top + b.Height * 0.06f;
        var curtainLeft = windowLeft ? b.Left + b.Width * 0.02f : b.Left + b.Width * 0.62f;
        var curtainW = b.Width * 0.32f;
        p.Line(new(b.Left, railY), new(b.Right, railY), Steel, Math.Max(1.5f, s * 0.015f), Haze);
        var curtain = new SKColor(0x9A, 0xC4, 0xD8);
        p.Fill(SKRect.Create(curtainLeft, railY, curtainW, b.Bottom - railY - s * 0.12f), curtain, Haze);
        for (var i = 1; i < 9; i++)
        {
            var x = curtainLeft + curtainW * i / 9f;
            p.Line(new(x, railY), new(x, b.Bottom - s * 0.12f), SceneLighting.Shade(curtain, 0.82f), Math.Max(1f, s * 0.02f), Haze);
        }
        // Bed with rails, a monitor and a drip stand.
        var bedX = windowLeft ? b.Left + b.Width * 0.38f : b.Left + b.Width * 0.12f;
        var bedW = b.Width * 0.38f;
        var y = FloorY(room, p, 0.06f);
        var sc = room.ScaleAt(y);
        var bx = room.XAt(bedX, y);
        var bw = bedW * sc;
        p.Shadow(SKRect.Create(bx, y - s * sc * 0.05f, bw, s * sc * 0.1f));
        p.Line(new(bx + s * 0.05f, y), new(bx + s * 0.05f, y - s * sc * 0.45f), Steel, Math.Max(2f, s * sc * 0.03f), Haze);
        p.Line(new(bx + bw - s * 0.05f, y), new(bx + bw - s * 0.05f, y - s * sc * 0.45f), Steel, Math.Max(2f, s * sc * 0.03f), Haze);
        p.FillRound(SKRect.Create(bx, y - s * sc * 0.5f, bw, s * sc * 0.14f), s * sc * 0.04f, White, Haze);
        p.FillRound(SKRect.Create(bx + bw * 0.3f, y - s * sc * 0.55f, bw * 0.7f, s * sc * 0.12f), s * sc * 0.04f, new SKColor(0x8A, 0xB0, 0xD8), Haze);
        p.FillRound(SKRect.Create(bx + bw * 0.04f, y - s * sc * 0.6f, bw * 0.22f, s * sc * 0.1f), s * sc * 0.04f, new SKColor(0xFA, 0xFA, 0xF6), Haze);
        p.Line(new(bx, y - s * sc * 0.56f), new(bx, y - s * sc * 0.85f), Steel, Math.Max(2f, s * sc * 0.03f), Haze);
        var standX = bx + bw + s * sc * 0.15f;
        p.Line(new(standX, y), new(standX, y - s * sc * 1.3f), Steel, Math.Max(1.5f, s * sc * 0.02f), Haze);
        p.FillRound(SKRect.Create(standX - s * sc * 0.06f, y - s * sc * 1.28f, s * sc * 0.12f, s * sc * 0.18f), s * sc * 0.03f, new SKColor(0xE0, 0xF0, 0xF4), Haze);
        var monitor = SKRect.Create(bx - s * sc * 0.45f, y - s * sc * 1.1f, s * sc * 0.34f, s * sc * 0.24f);
        p.Line(new(monitor.MidX, y), new(monitor.MidX, monitor.Bottom), Steel, Math.Max(1.5f, s * sc * 0.02f), Haze);
        p.FillRound(monitor, s * sc * 0.02f, new SKColor(0x2A, 0x2E, 0x32), Haze);
        using (var trace = new SKPath())
        {
            var inner = SKRect.Inflate(monitor, -monitor.Width * 0.1f, -monitor.Height * 0.25f);
            trace.MoveTo(inner.Left, inner.MidY);
            trace.LineTo(inner.Left + inner.Width * 0.35f, inner.MidY);
            trace.LineTo(inner.Left + inner.Width * 0.42f, inner.Top);
            trace.LineTo(inner.Left + inner.Width * 0.5f, inner.Bottom);
            trace.LineTo(inner.Left + inner.Width * 0.56f, inner.MidY);
            trace.LineTo(inner.Right, inner.MidY);
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1.2f, monitor.Width * 0.03f), Color = new SKColor(0x5A, 0xFF, 0x8A) };
            p.Canvas.DrawPath(trace, paint);
        }
        p.Glow(new SKPoint(monitor.MidX, monitor.MidY), monitor.Width, new SKColor(0x40, 0xFF, 0x80), p.Light.IsNight ? 0.7f : 0.25f);
    }

    public static void Classroom(Panel p, Room room, bool windowLeft)
    {
        var b = room.Back;
        var s = room.Person;
        var board = SKRect.Create(b.Left + b.Width * 0.22f, b.Top + b.Height * 0.2f, b.Width * 0.56f, b.Height * 0.38f);
        p.Fill(SKRect.Inflate(board, s * 0.03f, s * 0.03f), Wood, Haze);
        p.Fill(board, new SKColor(0x2A, 0x4A, 0x38), Haze);
        var chalk = new SKColor(0xE8, 0xEC, 0xE4);
        for (var i = 0; i < 3; i++)
        {
            var ly = board.Top + board.Height * (0.25f + i * 0.22f);
            p.Line(new(board.Left + board.Width * 0.08f, ly), new(board.Left + board.Width * (0.45f + 0.1f * i), ly), chalk, Math.Max(1.5f, s * 0.012f), Haze);
        }
        using (var sum = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1.5f, s * 0.014f), Color = p.Light.Lit(chalk, Haze) })
        {
            p.Canvas.DrawCircle(board.Left + board.Width * 0.8f, board.MidY, board.Height * 0.2f, sum);
        }
        var clock = new SKPoint(board.MidX, b.Top + b.Height * 0.1f);
        p.FillOval(SKRect.Create(clock.X - s * 0.08f, clock.Y - s * 0.08f, s * 0.16f, s * 0.16f), White, Haze);
        p.Line(clock, new(clock.X, clock.Y - s * 0.06f), new SKColor(0x20, 0x20, 0x20), 1.5f, Haze);
        p.Line(clock, new(clock.X + s * 0.04f, clock.Y), new SKColor(0x20, 0x20, 0x20), 1.5f, Haze);
        InteriorPainter.Window(p, room, SKRect.Create(windowLeft ? b.Left + b.Width * 0.02f : b.Right - b.Width * 0.17f, b.Top + b.Height * 0.2f, b.Width * 0.15f, b.Height * 0.4f), city: false);
        // Rows of small desks.
        for (var row = 0; row < 2; row++)
        {
            var y = FloorY(room, p, 0.08f + row * 0.12f);
            var sc = room.ScaleAt(y);
            for (var i = 0; i < 4; i++)
            {
                var x = room.XAt(b.Left + b.Width * (0.14f + i * 0.24f), y);
                Box(p, room, x - s * sc * 0.22f, y, s * sc * 0.44f, s * sc * 0.36f, new SKColor(0xC8, 0xA0, 0x6A), 0.06f);
            }
        }
    }

    public static void Hallway(Panel p, Room room)
    {
        var b = room.Back;
        var s = room.Person;
        // Wainscoting, a row of doors, lamps between them, and a runner down the middle.
        p.Fill(SKRect.Create(b.Left, b.Bottom - s * 0.5f, b.Width, s * 0.5f), new SKColor(0x8A, 0x62, 0x42), Haze);
        p.Fill(SKRect.Create(b.Left, b.Bottom - s * 0.52f, b.Width, s * 0.03f), DarkWood, Haze);
        var doors = Math.Max(2, (int)(b.Width / (s * 1.1f)));
        // The corridor ends in a window; doors line the wall either side of it.
        var end = SKRect.Create(b.MidX - s * 0.3f, b.Bottom - s * 1.5f, s * 0.6f, s * 0.75f);
        InteriorPainter.Window(p, room, end, city: true, curtains: true);
        for (var i = 0; i < doors; i++)
        {
            var cx = b.Left + b.Width * (i + 0.5f) / doors;
            if (Math.Abs(cx - b.MidX) < s * 0.6f) cx += cx < b.MidX ? -s * 0.6f : s * 0.6f;
            var door = SKRect.Create(cx - s * 0.25f, b.Bottom - s * 1.15f, s * 0.5f, s * 1.15f);
            p.Fill(SKRect.Inflate(door, s * 0.04f, 0), White, Haze);
            p.Fill(door, new SKColor(0x6A, 0x3E, 0x28), Haze);
            p.Fill(SKRect.Create(door.Left + s * 0.06f, door.Top + s * 0.08f, door.Width - s * 0.12f, door.Height * 0.35f), SceneLighting.Shade(new SKColor(0x6A, 0x3E, 0x28), 0.8f), Haze);
            p.FillOval(SKRect.Create(door.Right - s * 0.1f, door.MidY, s * 0.05f, s * 0.05f), new SKColor(0xD8, 0xB8, 0x5A), Haze);
            if (i < doors - 1)
            {
                var sx = b.Left + b.Width * (i + 1f) / doors;
                var lampY = b.Bottom - s * 1.25f;
                p.FillRound(SKRect.Create(sx - s * 0.04f, lampY - s * 0.06f, s * 0.08f, s * 0.12f), s * 0.03f, new SKColor(0xF4, 0xE0, 0xB0), Haze);
                NightLamp(p, new SKPoint(sx, lampY), s * 0.18f);
            }
        }
        var near = p.Height;
        var runnerHalfBack = b.Width * 0.12f;
        p.FillPolygon(new SKColor(0x8A, 0x2A, 0x2A), Haze,
            new(room.Vanishing.X - runnerHalfBack, b.Bottom), new(room.Vanishing.X + runnerHalfBack, b.Bottom),
            room.Toward(new SKPoint(room.Vanishing.X + runnerHalfBack, b.Bottom), near), room.Toward(new SKPoint(room.Vanishing.X - runnerHalfBack, b.Bottom), near));
    }

    public static void Garage(Panel p, Room room)
    {
        var b = room.Back;
        var s = room.Person;
        // Roll-up door, a pegboard of tools over a workbench, a hanging bulb.
        var door = SKRect.Create(b.Left + b.Width * 0.05f, b.Bottom - s * 1.45f, b.Width * 0.45f, s * 1.45f);
        p.Fill(door, new SKColor(0xC8, 0xC8, 0xC2), Haze);
        for (var i = 1; i < 9; i++)
        {
            p.Line(new(door.Left, door.Top + door.Height * i / 9f), new(door.Right, door.Top + door.Height * i / 9f), new SKColor(0x9A, 0x9A, 0x94), Math.Max(1f, s * 0.012f), Haze);
        }
        var board = SKRect.Create(b.Left + b.Width * 0.58f, b.Bottom - s * 1.4f, b.Width * 0.36f, s * 0.6f);
        InteriorPainter.Window(p, room, SKRect.Create(board.Left + board.Width * 0.2f, Math.Max(b.Top + s * 0.1f, board.Top - s * 0.6f), board.Width * 0.6f, s * 0.4f), city: false);
        p.Fill(board, new SKColor(0xC8, 0xA8, 0x7A), Haze);
        for (var i = 0; i < 6; i++)
        {
            var tx = board.Left + board.Width * (0.1f + i * 0.15f);
            p.Line(new(tx, board.Top + board.Height * 0.2f), new(tx + s * 0.02f, board.Top + board.Height * (0.55f + 0.05f * (i % 3))), i % 2 == 0 ? new SKColor(0xC0, 0x3A, 0x2A) : new SKColor(0x5A, 0x5E, 0x64), Math.Max(2f, s * 0.03f), Haze);
        }
        var bench = Box(p, room, board.Left, b.Bottom, board.Width, s * 0.5f, Wood, 0.06f);
        p.FillRound(SKRect.Create(bench.Left + s * 0.1f, bench.Top - s * 0.12f, s * 0.3f, s * 0.12f), s * 0.02f, new SKColor(0xC0, 0x3A, 0x2A), Haze);
        p.FillOval(SKRect.Create(room.XAt(b.MidX, FloorY(room, p, 0.25f)) - s * 0.4f, FloorY(room, p, 0.25f) - s * 0.05f, s * 0.8f, s * 0.1f), new SKColor(0x5A, 0x5A, 0x58, 120), Haze);
        var bulbY = b.Top + b.Height * 0.25f;
        p.Line(new(b.MidX, 0), new(b.MidX, bulbY), new SKColor(0x2A, 0x2A, 0x2A), 1.2f, Haze);
        using (var bulb = new SKPaint { IsAntialias = true, Color = new SKColor(0xFF, 0xF0, 0xC0) })
        {
            p.Canvas.DrawCircle(b.MidX, bulbY + s * 0.04f, s * 0.04f, bulb);
        }
        p.Glow(new SKPoint(b.MidX, bulbY + s * 0.04f), s * 1.1f, new SKColor(0xFF, 0xD0, 0x80), p.Light.IsNight ? 1f : 0.5f);
    }

    public static void LivingRoom(Panel p, Room room, bool windowLeft)
    {
        var b = room.Back;
        var s = room.Person;
        InteriorPainter.Window(p, room, WindowFrame(room, windowLeft, 0.26f, 0.42f, 0.16f), curtains: true);
        var sofaX = windowLeft ? b.Left + b.Width * 0.42f : b.Left + b.Width * 0.12f;
        var sofaW = b.Width * 0.4f;
        Picture(p, SKRect.Create(sofaX + sofaW * 0.25f, b.Top + b.Height * 0.22f, sofaW * 0.5f, b.Height * 0.22f), Fabrics[p.Random.Next(Fabrics.Length)]);
        var fabric = Fabrics[p.Random.Next(Fabrics.Length)];
        var y = b.Bottom + s * 0.05f;
        p.Shadow(SKRect.Create(sofaX, y - s * 0.05f, sofaW, s * 0.1f));
        p.FillRound(SKRect.Create(sofaX, y - s * 0.62f, sofaW, s * 0.42f), s * 0.08f, SceneLighting.Shade(fabric, 0.85f), Haze);
        p.FillRound(SKRect.Create(sofaX - s * 0.05f, y - s * 0.38f, sofaW + s * 0.1f, s * 0.34f), s * 0.07f, fabric, Haze);
        p.FillRound(SKRect.Create(sofaX - s * 0.1f, y - s * 0.45f, s * 0.16f, s * 0.42f), s * 0.06f, SceneLighting.Shade(fabric, 0.9f), Haze);
        p.FillRound(SKRect.Create(sofaX + sofaW - s * 0.06f, y - s * 0.45f, s * 0.16f, s * 0.42f), s * 0.06f, SceneLighting.Shade(fabric, 0.9f), Haze);
        p.FillRound(SKRect.Create(sofaX + sofaW * 0.12f, y - s * 0.55f, s * 0.22f, s * 0.2f), s * 0.05f, new SKColor(0xE8, 0xD8, 0xA8), Haze);
        // A floor lamp and a bookcase either side.
        var lampX = windowLeft ? sofaX + sofaW + s * 0.3f : sofaX - s * 0.3f;
        p.Line(new(lampX, b.Bottom), new(lampX, b.Bottom - s * 1.1f), new SKColor(0x3A, 0x3A, 0x3A), Math.Max(1.5f, s * 0.02f), Haze);
        p.FillPolygon(new SKColor(0xF0, 0xE0, 0xB8), Haze, new(lampX - s * 0.1f, b.Bottom - s * 1.3f), new(lampX + s * 0.1f, b.Bottom - s * 1.3f), new(lampX + s * 0.15f, b.Bottom - s * 1.08f), new(lampX - s * 0.15f, b.Bottom - s * 1.08f));
        NightLamp(p, new SKPoint(lampX, b.Bottom - s * 1.15f), s * 0.3f);
        var ty = FloorY(room, p, 0.14f);
        var tsc = room.ScaleAt(ty);
        var tx = room.XAt(sofaX + sofaW * 0.5f, ty);
        Rug(p, room, sofaX + sofaW * 0.5f, FloorY(room, p, 0.16f), new SKColor(0xB8, 0x7A, 0x5A));
        Box(p, room, tx - s * tsc * 0.35f, ty, s * tsc * 0.7f, s * tsc * 0.22f, Wood, 0.1f);
        Plant(p, room, windowLeft ? b.Left + b.Width * 0.34f : b.Right - b.Width * 0.06f, b.Bottom + s * 0.02f);
    }
}
