using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>Inside: walls, floor, a window whose light matches the hour, and furniture that says what the room is.</summary>
internal static class InteriorPainter
{
    private static readonly SKColor[] HomeWalls =
        [new(0xD8, 0xCF, 0xBC), new(0xB8, 0xC8, 0xC0), new(0xC8, 0xBE, 0xD4), new(0xD6, 0xC2, 0xA8), new(0xB4, 0xC4, 0xD6)];

    public static void Paint(Panel panel)
    {
        if (panel.Setting.Place == Place.Car)
        {
            CarInterior.PaintBehind(panel);
            return;
        }
        var room = new Room(panel);
        var (wall, floor, floorKind) = Surfaces(panel);
        Shell(panel, room, wall, floor, floorKind);
        var windowOnLeft = panel.Random.Chance(0.5f);
        switch (panel.Setting.Place)
        {
            case Place.Cafe: Furnishing.Cafe(panel, room, windowOnLeft); break;
            case Place.Bar: Furnishing.Bar(panel, room); break;
            case Place.Office: Furnishing.Office(panel, room, windowOnLeft); break;
            case Place.Kitchen: Furnishing.Kitchen(panel, room); break;
            case Place.Bedroom: Furnishing.Bedroom(panel, room, windowOnLeft); break;
            case Place.Library: Furnishing.Library(panel, room); break;
            case Place.Hospital: Furnishing.Hospital(panel, room, windowOnLeft); break;
            case Place.Classroom: Furnishing.Classroom(panel, room, windowOnLeft); break;
            case Place.Hallway: Furnishing.Hallway(panel, room); break;
            case Place.Garage: Furnishing.Garage(panel, room); break;
            default: Furnishing.LivingRoom(panel, room, windowOnLeft); break;
        }
    }

    /// <summary>Things between the camera and the characters (a car's dashboard).</summary>
    public static void PaintForeground(Panel panel, ShotLayout shot)
    {
        if (panel.Setting.Place == Place.Car) CarInterior.PaintFront(panel, shot);
    }

    internal enum FloorKind { Boards, Tiles, Carpet, Concrete }

    private static (SKColor Wall, SKColor Floor, FloorKind Kind) Surfaces(Panel panel) => panel.Setting.Place switch
    {
        Place.Cafe => (new(0xE6, 0xD4, 0xB4), new(0x9A, 0x6A, 0x44), FloorKind.Boards),
        Place.Bar => (new(0x7A, 0x3A, 0x30), new(0x5A, 0x3A, 0x26), FloorKind.Boards),
        Place.Office => (new(0xC8, 0xD0, 0xD6), new(0x6A, 0x74, 0x80), FloorKind.Carpet),
        Place.Kitchen => (new(0xEE, 0xE2, 0xB8), new(0xE8, 0xE4, 0xDC), FloorKind.Tiles),
        Place.Bedroom => (new(0xB8, 0xC4, 0xD8), new(0xA8, 0x7C, 0x56), FloorKind.Boards),
        Place.Library => (new(0x8A, 0x62, 0x42), new(0x7A, 0x4E, 0x32), FloorKind.Boards),
        Place.Hospital => (new(0xC4, 0xDE, 0xD2), new(0xD6, 0xDA, 0xD6), FloorKind.Tiles),
        Place.Classroom => (new(0xEA, 0xDE, 0xB0), new(0xB0, 0x84, 0x58), FloorKind.Boards),
        Place.Hallway => (new(0xD6, 0xC6, 0xA4), new(0x8A, 0x5A, 0x3E), FloorKind.Boards),
        Place.Garage => (new(0xA8, 0xA8, 0xA4), new(0x8C, 0x8C, 0x88), FloorKind.Concrete),
        _ => (HomeWalls[panel.Random.Next(HomeWalls.Length)], new(0xA0, 0x74, 0x4E), FloorKind.Boards),
    };

    private static void Shell(Panel panel, Room room, SKColor wall, SKColor floor, FloorKind floorKind)
    {
        var w = panel.Width;
        var h = panel.Height;
        var b = room.Back;
        var d = 0.15f;
        var leftTop = room.Toward(new SKPoint(b.Left, b.Top), -h);
        var leftBottom = room.Toward(new SKPoint(b.Left, b.Bottom), h * 3);
        var rightTop = room.Toward(new SKPoint(b.Right, b.Top), -h);
        var rightBottom = room.Toward(new SKPoint(b.Right, b.Bottom), h * 3);

        panel.FillPolygon(SceneLighting.Mix(wall, SKColors.White, 0.25f), d, new(-w, -h), new(2 * w, -h), rightTop, new(b.Right, b.Top), new(b.Left, b.Top), leftTop);
        panel.FillVertical(SKRect.Create(b.Left, b.Top, b.Width, b.Height), SceneLighting.Shade(wall, 0.92f), wall, d, d);
        panel.FillPolygon(SceneLighting.Shade(wall, 0.8f), d, leftTop, new(b.Left, b.Top), new(b.Left, b.Bottom), leftBottom);
        panel.FillPolygon(SceneLighting.Shade(wall, 0.86f), d, rightTop, new(b.Right, b.Top), new(b.Right, b.Bottom), rightBottom);
        using (var floorPath = Panel.Polygon(leftBottom, new(b.Left, b.Bottom), new(b.Right, b.Bottom), rightBottom))
        using (var paint = new SKPaint { IsAntialias = true })
        {
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, b.Bottom), new SKPoint(0, h),
                [panel.Light.Lit(SceneLighting.Shade(floor, 0.85f), d), panel.Light.Lit(floor)], SKShaderTileMode.Clamp);
            panel.Canvas.DrawPath(floorPath, paint);
        }
        // Joints converge on the vanishing point; cross joints get closer together with distance.
        var joint = SceneLighting.Shade(floor, floorKind == FloorKind.Tiles ? 0.8f : 0.72f);
        if (floorKind != FloorKind.Concrete)
        {
            var lanes = floorKind == FloorKind.Carpet ? 0 : floorKind == FloorKind.Tiles ? 12 : 16;
            for (var i = 0; i <= lanes; i++)
            {
                var x = b.Left + b.Width * i / lanes;
                panel.Line(new(x, b.Bottom), room.Toward(new SKPoint(x, b.Bottom), h), joint, 1f, d);
            }
            if (floorKind == FloorKind.Tiles)
            {
                for (var i = 1; i < 12; i++)
                {
                    var y = b.Bottom + (h - b.Bottom) * MathF.Pow(i / 11f, 1.7f);
                    panel.Line(new(0, y), new(w, y), joint, 1f, d);
                }
            }
        }
        // Skirting board and the corner lines that give the box its edges.
        panel.Fill(SKRect.Create(b.Left, b.Bottom - room.Person * 0.05f, b.Width, room.Person * 0.05f), SceneLighting.Shade(wall, 0.6f), d);
        panel.Line(new(b.Left, b.Top), new(b.Left, b.Bottom), SceneLighting.Shade(wall, 0.65f), 1.2f, d);
        panel.Line(new(b.Right, b.Top), new(b.Right, b.Bottom), SceneLighting.Shade(wall, 0.65f), 1.2f, d);
    }

    /// <summary>A window in the back wall showing the sky of the hour, and the light it throws on the floor.</summary>
    public static void Window(Panel panel, Room room, SKRect frame, bool city = true, bool curtains = false)
    {
        var canvas = panel.Canvas;
        canvas.Save();
        canvas.ClipRect(frame);
        var outsideHorizon = frame.Top + frame.Height * 0.78f;
        SkyPainter.Paint(panel, frame, outsideHorizon, throughWindow: true);
        if (city)
        {
            var random = panel.Random;
            var x = frame.Left - random.Range(0f, frame.Width * 0.1f);
            while (x < frame.Right)
            {
                var bw = frame.Width * random.Range(0.12f, 0.25f);
                var bh = frame.Height * random.Range(0.15f, 0.5f);
                panel.Fill(SKRect.Create(x, outsideHorizon - bh, bw + 1, bh + frame.Height), new SKColor(0x70, 0x80, 0x94), 0.7f);
                if (panel.Light.IsNight) Props.Windows(panel, SKRect.Create(x + bw * 0.1f, outsideHorizon - bh * 0.9f, bw * 0.8f, bh * 0.9f), Math.Max(1, (int)(bw / 8)), Math.Max(1, (int)(bh / 10)), 0.7f, 0.35f);
                x += bw;
            }
        }
        else
        {
            Props.Tree(panel, frame.Left + frame.Width * 0.3f, frame.Bottom + frame.Height * 0.2f, frame.Height * 1.1f);
        }
        canvas.Restore();

        var frameColour = new SKColor(0xF2, 0xEE, 0xE4);
        var bar = Math.Max(2f, frame.Width * 0.035f);
        using (var paint = panel.Paint(frameColour, 0.1f))
        {
            paint.Style = SKPaintStyle.Stroke;
            paint.StrokeWidth = bar;
            canvas.DrawRect(frame, paint);
            paint.StrokeWidth = bar * 0.6f;
            canvas.DrawLine(frame.MidX, frame.Top, frame.MidX, frame.Bottom, paint);
            canvas.DrawLine(frame.Left, frame.Top + frame.Height * 0.45f, frame.Right, frame.Top + frame.Height * 0.45f, paint);
        }
        panel.Fill(SKRect.Create(frame.Left - bar * 1.5f, frame.Bottom, frame.Width + bar * 3, bar * 1.2f), SceneLighting.Shade(frameColour, 0.9f), 0.1f);
        if (curtains)
        {
            foreach (var (left, right) in new[] { (frame.Left - bar * 3, frame.Left + frame.Width * 0.18f), (frame.Right - frame.Width * 0.18f, frame.Right + bar * 3) })
            {
                var curtain = new SKColor(0xB0, 0x5A, 0x5A);
                panel.Fill(SKRect.Create(left, frame.Top - bar * 2, right - left, frame.Height + bar * 5), curtain, 0.1f);
                for (var i = 1; i < 4; i++)
                {
                    var fx = left + (right - left) * i / 4f;
                    panel.Line(new(fx, frame.Top), new(fx, frame.Bottom + bar * 3), SceneLighting.Shade(curtain, 0.75f), Math.Max(1f, bar * 0.4f), 0.1f);
                }
            }
        }

        // The window's light falls forward and down across the floor.
        var light = panel.Light;
        var shaftAlpha = light.Phase switch { DayPhase.Night => 22, DayPhase.Dusk => 48, DayPhase.Morning => 60, _ => 50 };
        var drift = (panel.LightFromRight ? -1f : 1f) * frame.Width * 0.6f;
        var floorNear = room.Back.Bottom + (panel.Height - room.Back.Bottom) * 0.55f;
        var nearLeft = room.Toward(new SKPoint(frame.Left + drift * 0.2f, room.Back.Bottom), floorNear).X + drift;
        var nearRight = room.Toward(new SKPoint(frame.Right + drift * 0.2f, room.Back.Bottom), floorNear).X + drift;
        using var shaft = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Plus };
        shaft.Shader = SKShader.CreateLinearGradient(new SKPoint(0, frame.Bottom), new SKPoint(0, floorNear),
            [light.WindowLight.WithAlpha((byte)(shaftAlpha * 0.4f)), light.WindowLight.WithAlpha((byte)shaftAlpha), light.WindowLight.WithAlpha(0)], [0f, 0.5f, 1f], SKShaderTileMode.Clamp);
        using var beam = Panel.Polygon(new(frame.Left, frame.Bottom), new(frame.Right, frame.Bottom), new(nearRight, floorNear), new(nearLeft, floorNear));
        canvas.DrawPath(beam, shaft);
    }
}
