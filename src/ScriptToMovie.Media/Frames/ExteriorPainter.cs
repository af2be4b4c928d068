using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>Outside: the sky down to the horizon, then the painter for the kind of place (town, waterside, countryside).</summary>
internal static class ExteriorPainter
{
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
            case Place.Street: TownscapePainter.Street(panel); break;
            case Place.Park: CountrysidePainter.Greenery(panel, forest: false); break;
            case Place.Forest: CountrysidePainter.Greenery(panel, forest: true); break;
            case Place.Beach: WatersidePainter.Water(panel, shore: Shore.Sand); break;
            case Place.Lake: WatersidePainter.Water(panel, shore: Shore.Grass); break;
            case Place.Dock: WatersidePainter.Water(panel, shore: Shore.Planks); break;
            case Place.Pool: WatersidePainter.Pool(panel); break;
            case Place.Road: TownscapePainter.Road(panel); break;
            case Place.House: TownscapePainter.House(panel); break;
            default: CountrysidePainter.Hills(panel, trees: true); break;
        }
    }

    /// <summary>Deep space has no sky and no horizon: stars and a planet.</summary>
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
