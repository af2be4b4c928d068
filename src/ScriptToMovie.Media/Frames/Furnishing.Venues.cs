using SkiaSharp;
using static ScriptToMovie.Media.Frames.FurniturePieces;

namespace ScriptToMovie.Media.Frames;

/// <summary>Furniture that says what kind of room it is: the rooms people go out to (cafe, bar, library).</summary>
internal static partial class Furnishing
{
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
}
