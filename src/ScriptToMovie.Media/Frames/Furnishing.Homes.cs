using SkiaSharp;
using static ScriptToMovie.Media.Frames.FurniturePieces;

namespace ScriptToMovie.Media.Frames;

/// <summary>Furniture that says what kind of room it is: the rooms of a home (kitchen, bedroom, hallway, living room).</summary>
internal static partial class Furnishing
{
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
