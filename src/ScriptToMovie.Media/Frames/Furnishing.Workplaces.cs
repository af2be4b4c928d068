using SkiaSharp;
using static ScriptToMovie.Media.Frames.FurniturePieces;

namespace ScriptToMovie.Media.Frames;

/// <summary>Furniture that says what kind of room it is: the rooms people work in (office, hospital ward, classroom, garage).</summary>
internal static partial class Furnishing
{
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
}
