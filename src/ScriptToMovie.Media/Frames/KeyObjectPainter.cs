using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// Draws the thing a place is about (EXT. FLOATING BRIDGE, a throne room, "A pool glitters…") in the middle of
/// the set, behind the people, with a small label like a storyboard artist's note. A set without it would show
/// a lake where the script has a bridge.
/// </summary>
internal static class KeyObjectPainter
{
    private enum Shape { Gun, Bridge, Throne, Pool, Fountain, Statue, Tree, Tower, Boat, Gate, Tent, Fire, Bed, Table, Stairs, Slab, Box, Car }

    private static readonly (Shape Shape, string[] Nouns)[] Vocabulary =
    [
        (Shape.Bridge, ["bridge", "drawbridge"]), (Shape.Throne, ["throne", "thrones"]), (Shape.Pool, ["pool", "tub", "bathtub"]),
        (Shape.Fountain, ["fountain"]), (Shape.Statue, ["statue", "pedestal", "obelisk", "monolith", "pillar", "crystal"]), (Shape.Tree, ["tree", "treehouse"]),
        (Shape.Tower, ["tower", "lighthouse", "windmill", "temple", "shrine"]), (Shape.Boat, ["boat", "ship", "spaceship", "canoe", "raft"]),
        (Shape.Gate, ["gate", "gates", "arch", "portal", "cage"]), (Shape.Tent, ["tent"]), (Shape.Fire, ["campfire", "bonfire", "cauldron", "forge"]), (Shape.Gun, ["gun", "cannon"]),
        (Shape.Bed, ["bed", "sofa", "couch", "coffin"]), (Shape.Table, ["table", "desk", "altar", "counter", "bench", "podium", "pulpit", "stage", "anvil"]),
        (Shape.Stairs, ["stairs", "staircase", "ladder"]), (Shape.Slab, ["tombstone", "tombstones", "gravestone", "grave", "mirror", "clock", "easel", "door", "window", "phone booth", "mailbox", "jukebox"]),
        (Shape.Car, ["car", "truck", "bus", "train", "wagon", "carriage", "plane", "helicopter"]),
    ];

    /// <param name="figureXs">Where the people stand, so a throne or a statue is not hidden behind the speaker.</param>
    public static void Paint(Panel panel, string? keyObject, IReadOnlyList<float> figureXs)
    {
        if (string.IsNullOrWhiteSpace(keyObject)) return;
        var lower = keyObject.ToLowerInvariant();
        var shape = Vocabulary.FirstOrDefault(v => v.Nouns.Any(n => lower.EndsWith(n, StringComparison.Ordinal))).Nouns is null
            ? Shape.Box : Vocabulary.First(v => v.Nouns.Any(n => lower.EndsWith(n, StringComparison.Ordinal))).Shape;
        var w = panel.Width;
        // Midground: a third of the way from the horizon (or the back wall) to the bottom of the frame.
        var baseY = panel.FloorY + (panel.Height - panel.FloorY) * (panel.Setting.Exterior ? 0.3f : 0.22f);
        var person = Math.Max(panel.PersonHeightAt(baseY), panel.Short * 0.12f);
        var x = figureXs.Count == 0 ? w * 0.5f
            : new[] { 0.5f, 0.34f, 0.66f, 0.2f, 0.8f }.Select(f => f * w).MaxBy(c => figureXs.Min(f => Math.Abs(f - c)));
        var d = panel.DistanceAt(baseY);
        switch (shape)
        {
            case Shape.Bridge: Bridge(panel, baseY, person, d, lower.Contains("float") || lower.Contains("rope")); x = w * 0.5f; break;
            case Shape.Throne: Throne(panel, x, baseY, person, d); break;
            case Shape.Pool: Pool(panel, w * 0.5f, baseY, person, d); x = w * 0.5f; break;
            case Shape.Fountain: Fountain(panel, x, baseY, person, d); break;
            case Shape.Statue: Statue(panel, x, baseY, person, d); break;
            case Shape.Tree: Props.Tree(panel, x, baseY, person * 2.6f); break;
            case Shape.Tower: Tower(panel, x, baseY, person, d); break;
            case Shape.Boat: Boat(panel, x, baseY, person, d); break;
            case Shape.Gate: Gate(panel, x, baseY, person, d); break;
            case Shape.Tent: panel.FillPolygon(new SKColor(0xC8, 0xA0, 0x60), d, new(x - person * 0.9f, baseY), new(x + person * 0.9f, baseY), new(x, baseY - person * 1.1f)); break;
            case Shape.Fire: Fire(panel, x, baseY, person, d); break;
            case Shape.Gun:
                panel.Fill(SKRect.Create(x - person * 0.4f, baseY - person * 0.35f, person * 0.8f, person * 0.35f), new SKColor(0x4A, 0x50, 0x48), d);
                panel.Line(new(x, baseY - person * 0.3f), new(x + person * 1.2f, baseY - person * 0.75f), new SKColor(0x3A, 0x3E, 0x3A), person * 0.14f, d);
                break;
            case Shape.Bed: Block(panel, x, baseY, person * 1.6f, person * 0.35f, new SKColor(0x7A, 0x50, 0x38), new SKColor(0xE8, 0xE2, 0xD6), d); break;
            case Shape.Table: Block(panel, x, baseY, person * 1.4f, person * 0.45f, new SKColor(0x6E, 0x4A, 0x30), new SKColor(0x8C, 0x64, 0x44), d); break;
            case Shape.Stairs: Stairs(panel, x, baseY, person, d); break;
            case Shape.Slab: panel.FillRound(SKRect.Create(x - person * 0.25f, baseY - person * 0.9f, person * 0.5f, person * 0.9f), person * 0.08f, new SKColor(0x8A, 0x8E, 0x94), d); break;
            case Shape.Car: Props.Car(panel, x, baseY, person * 2.2f, new SKColor(0x9A, 0x3A, 0x30)); break;
            default: Block(panel, x, baseY, person * 0.9f, person * 0.7f, new SKColor(0x5C, 0x64, 0x70), new SKColor(0x78, 0x82, 0x8E), d); break;
        }
        var size = MathF.Round(Math.Max(10f, panel.Short * 0.018f));
        PanelFinish.NameLabel(panel.Canvas, keyObject.ToUpperInvariant(), x, Math.Min(baseY + size * 0.6f, panel.Height - size * 6f), size, w);
    }

    private static void Bridge(Panel panel, float baseY, float person, float d, bool floating)
    {
        var w = panel.Width;
        var deckY = baseY - person * 0.3f;
        var thick = person * 0.2f;
        var wood = new SKColor(0x8A, 0x5E, 0x3A);
        // What it spans: dark water from the deck down.
        panel.FillVertical(SKRect.Create(0, deckY + thick * 0.5f, w, person * 0.9f), new SKColor(0x2A, 0x50, 0x70), new SKColor(0x3A, 0x6A, 0x88), d, d);
        if (!floating)
        {
            // A stone arch under the deck, water or a drop beneath it.
            using var arch = new SKPath();
            arch.MoveTo(w * 0.08f, baseY + person * 0.25f);
            arch.QuadTo(w * 0.5f, deckY - person * 0.1f, w * 0.92f, baseY + person * 0.25f);
            arch.LineTo(w * 0.92f, deckY);
            arch.LineTo(w * 0.08f, deckY);
            arch.Close();
            panel.Fill(arch, new SKColor(0x86, 0x80, 0x78), d);
        }
        else
        {
            // Floating: pontoons under the planks, a glow where the magic holds it up.
            for (var px = w * 0.12f; px < w * 0.9f; px += w * 0.13f)
                panel.FillOval(SKRect.Create(px, deckY + thick * 0.6f, w * 0.07f, thick * 0.9f), new SKColor(0x5A, 0x46, 0x36), d);
            panel.Glow(new SKPoint(w * 0.5f, deckY + thick * 2f), person * 1.2f, new SKColor(0x90, 0xC8, 0xFF), 0.5f);
        }
        panel.Fill(SKRect.Create(w * 0.05f, deckY, w * 0.9f, thick), wood, d);
        for (var px = w * 0.05f; px <= w * 0.95f; px += w * 0.045f)
            panel.Line(new(px, deckY), new(px, deckY - person * 0.45f), SceneLighting.Shade(wood, 0.8f), Math.Max(2f, person * 0.05f), d);
        panel.Line(new(w * 0.05f, deckY - person * 0.43f), new(w * 0.95f, deckY - person * 0.43f), SceneLighting.Shade(wood, 0.7f), Math.Max(2f, person * 0.04f), d);
        for (var px = w * 0.05f; px < w * 0.95f; px += person * 0.18f)
            panel.Line(new(px, deckY + thick * 0.1f), new(px, deckY + thick * 0.9f), SceneLighting.Shade(wood, 0.75f), 1f, d);
    }

    private static void Throne(Panel panel, float x, float baseY, float person, float d)
    {
        var gold = new SKColor(0xC8, 0x9A, 0x30);
        panel.Fill(SKRect.Create(x - person * 0.7f, baseY - person * 0.12f, person * 1.4f, person * 0.12f), new SKColor(0x7A, 0x1E, 0x24), d); // dais
        panel.FillRound(SKRect.Create(x - person * 0.3f, baseY - person * 1.5f, person * 0.6f, person * 1.1f), person * 0.12f, gold, d); // back
        panel.FillRound(SKRect.Create(x - person * 0.22f, baseY - person * 1.35f, person * 0.44f, person * 0.9f), person * 0.08f, new SKColor(0x9A, 0x1C, 0x2A), d);
        panel.Fill(SKRect.Create(x - person * 0.38f, baseY - person * 0.55f, person * 0.76f, person * 0.14f), gold, d); // seat
        panel.Fill(SKRect.Create(x - person * 0.36f, baseY - person * 0.42f, person * 0.1f, person * 0.3f), gold, d);
        panel.Fill(SKRect.Create(x + person * 0.26f, baseY - person * 0.42f, person * 0.1f, person * 0.3f), gold, d);
    }

    private static void Pool(Panel panel, float x, float baseY, float person, float d)
    {
        var rim = SKRect.Create(x - person * 1.6f, baseY - person * 0.3f, person * 3.2f, person * 0.6f);
        panel.FillRound(rim, person * 0.12f, new SKColor(0xE6, 0xE4, 0xDC), d);
        var water = SKRect.Create(rim.Left + person * 0.08f, rim.Top + person * 0.06f, rim.Width - person * 0.16f, rim.Height - person * 0.12f);
        panel.FillVertical(water, new SKColor(0x3A, 0x9A, 0xD0), new SKColor(0x6E, 0xC8, 0xE8), d, d);
        for (var i = 1; i <= 3; i++)
            panel.Line(new(water.Left + water.Width * 0.2f * i, water.MidY - person * 0.04f), new(water.Left + water.Width * 0.2f * i + person * 0.25f, water.MidY - person * 0.04f),
                new SKColor(0xD8, 0xF4, 0xFF), Math.Max(1f, person * 0.015f), d);
    }

    private static void Fountain(Panel panel, float x, float baseY, float person, float d)
    {
        var stone = new SKColor(0xB0, 0xAA, 0xA0);
        panel.FillOval(SKRect.Create(x - person * 0.9f, baseY - person * 0.25f, person * 1.8f, person * 0.4f), stone, d);
        panel.FillOval(SKRect.Create(x - person * 0.78f, baseY - person * 0.22f, person * 1.56f, person * 0.28f), new SKColor(0x58, 0xA8, 0xD0), d);
        panel.Fill(SKRect.Create(x - person * 0.08f, baseY - person * 0.9f, person * 0.16f, person * 0.75f), stone, d);
        panel.FillOval(SKRect.Create(x - person * 0.35f, baseY - person * 0.98f, person * 0.7f, person * 0.16f), stone, d);
        var spray = new SKColor(0xD8, 0xF0, 0xFF);
        panel.Line(new(x, baseY - person * 0.98f), new(x, baseY - person * 1.35f), spray, Math.Max(1.5f, person * 0.04f), d);
        panel.Line(new(x, baseY - person * 1.3f), new(x - person * 0.45f, baseY - person * 0.9f), spray, Math.Max(1f, person * 0.025f), d);
        panel.Line(new(x, baseY - person * 1.3f), new(x + person * 0.45f, baseY - person * 0.9f), spray, Math.Max(1f, person * 0.025f), d);
    }

    private static void Statue(Panel panel, float x, float baseY, float person, float d)
    {
        var stone = new SKColor(0xA8, 0xA4, 0x9C);
        panel.Fill(SKRect.Create(x - person * 0.3f, baseY - person * 0.5f, person * 0.6f, person * 0.5f), SceneLighting.Shade(stone, 0.85f), d);
        panel.FillRound(SKRect.Create(x - person * 0.14f, baseY - person * 1.55f, person * 0.28f, person * 1.05f), person * 0.1f, stone, d);
        panel.FillOval(SKRect.Create(x - person * 0.1f, baseY - person * 1.78f, person * 0.2f, person * 0.24f), stone, d);
    }

    private static void Tower(Panel panel, float x, float baseY, float person, float d)
    {
        panel.FillPolygon(new SKColor(0xB4, 0xAC, 0x9C), d, new(x - person * 0.4f, baseY), new(x + person * 0.4f, baseY), new(x + person * 0.25f, baseY - person * 3.2f), new(x - person * 0.25f, baseY - person * 3.2f));
        panel.FillPolygon(new SKColor(0x8A, 0x3A, 0x30), d, new(x - person * 0.34f, baseY - person * 3.2f), new(x + person * 0.34f, baseY - person * 3.2f), new(x, baseY - person * 3.8f));
        panel.Fill(SKRect.Create(x - person * 0.08f, baseY - person * 2.6f, person * 0.16f, person * 0.25f), new SKColor(0x30, 0x30, 0x38), d);
    }

    private static void Boat(Panel panel, float x, float baseY, float person, float d)
    {
        panel.FillPolygon(new SKColor(0x7A, 0x4A, 0x2C), d, new(x - person * 1.3f, baseY - person * 0.35f), new(x + person * 1.3f, baseY - person * 0.35f), new(x + person * 0.9f, baseY), new(x - person * 0.9f, baseY));
        panel.Line(new(x, baseY - person * 0.35f), new(x, baseY - person * 2f), new SKColor(0x5A, 0x3A, 0x24), Math.Max(2f, person * 0.04f), d);
        panel.FillPolygon(new SKColor(0xF0, 0xEC, 0xE0), d, new(x + person * 0.05f, baseY - person * 1.95f), new(x + person * 0.05f, baseY - person * 0.5f), new(x + person * 0.9f, baseY - person * 0.5f));
    }

    private static void Gate(Panel panel, float x, float baseY, float person, float d)
    {
        var iron = new SKColor(0x3A, 0x3C, 0x42);
        var stone = new SKColor(0x9C, 0x94, 0x88);
        panel.Fill(SKRect.Create(x - person * 0.95f, baseY - person * 1.7f, person * 0.3f, person * 1.7f), stone, d);
        panel.Fill(SKRect.Create(x + person * 0.65f, baseY - person * 1.7f, person * 0.3f, person * 1.7f), stone, d);
        using var arch = new SKPath();
        arch.AddArc(SKRect.Create(x - person * 0.95f, baseY - person * 2.3f, person * 1.9f, person * 1.3f), 180, 180);
        using var paint = panel.Paint(stone, d);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = person * 0.2f;
        panel.Canvas.DrawPath(arch, paint);
        for (var bx = x - person * 0.55f; bx <= x + person * 0.56f; bx += person * 0.14f)
            panel.Line(new(bx, baseY), new(bx, baseY - person * 1.5f), iron, Math.Max(1.5f, person * 0.03f), d);
    }

    private static void Fire(Panel panel, float x, float baseY, float person, float d)
    {
        var wood = new SKColor(0x5A, 0x3C, 0x26);
        panel.Line(new(x - person * 0.35f, baseY), new(x + person * 0.3f, baseY - person * 0.12f), wood, person * 0.08f, d);
        panel.Line(new(x + person * 0.35f, baseY), new(x - person * 0.3f, baseY - person * 0.12f), wood, person * 0.08f, d);
        panel.FillPolygon(new SKColor(0xFF, 0x8A, 0x20), 0, new(x - person * 0.25f, baseY - person * 0.1f), new(x + person * 0.25f, baseY - person * 0.1f), new(x, baseY - person * 0.75f));
        panel.FillPolygon(new SKColor(0xFF, 0xD8, 0x50), 0, new(x - person * 0.12f, baseY - person * 0.1f), new(x + person * 0.12f, baseY - person * 0.1f), new(x, baseY - person * 0.45f));
        panel.Glow(new SKPoint(x, baseY - person * 0.3f), person * 1.4f, new SKColor(0xFF, 0xA0, 0x40), 1f);
    }

    private static void Block(Panel panel, float x, float baseY, float width, float height, SKColor body, SKColor top, float d)
    {
        panel.Shadow(SKRect.Create(x - width * 0.55f, baseY - height * 0.08f, width * 1.1f, height * 0.2f));
        panel.Fill(SKRect.Create(x - width / 2, baseY - height, width, height), body, d);
        panel.Fill(SKRect.Create(x - width / 2 - width * 0.03f, baseY - height - height * 0.15f, width * 1.06f, height * 0.18f), top, d);
    }

    private static void Stairs(Panel panel, float x, float baseY, float person, float d)
    {
        var stone = new SKColor(0xA0, 0x98, 0x8C);
        for (var i = 0; i < 6; i++)
        {
            var stepW = person * (1.6f - i * 0.12f);
            panel.Fill(SKRect.Create(x - stepW / 2, baseY - person * 0.18f * (i + 1), stepW, person * 0.18f), i % 2 == 0 ? stone : SceneLighting.Shade(stone, 0.88f), d);
        }
    }
}
