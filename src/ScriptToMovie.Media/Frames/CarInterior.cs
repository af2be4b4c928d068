using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// Inside a car, seen through the windscreen from the bonnet: the rear window and seats behind
/// the characters, the dashboard, wheel and pillars in front of them.
/// </summary>
internal static class CarInterior
{
    private static readonly SKColor Trim = new(0x2A, 0x2C, 0x30);
    private static readonly SKColor Seat = new(0x4A, 0x46, 0x44);

    public static void PaintBehind(Panel panel)
    {
        var w = panel.Width;
        var h = panel.Height;
        var lining = new SKColor(0x6A, 0x66, 0x62);
        panel.FillVertical(SKRect.Create(0, 0, w, h), lining, SceneLighting.Shade(lining, 0.6f), 0.1f, 0f);
        // The rear window shows the road going away behind us.
        var rear = SKRect.Create(w * 0.2f, h * 0.1f, w * 0.6f, h * 0.28f);
        panel.Canvas.Save();
        using (var clip = new SKPath())
        {
            clip.AddRoundRect(rear, h * 0.04f, h * 0.04f);
            panel.Canvas.ClipPath(clip, antialias: true);
            var horizon = rear.Top + rear.Height * 0.7f;
            SkyPainter.Paint(panel, rear, horizon, throughWindow: true);
            panel.Fill(SKRect.Create(rear.Left, horizon, rear.Width, rear.Bottom - horizon), new SKColor(0x6A, 0x7A, 0x5A), 0.6f);
            panel.FillPolygon(new SKColor(0x4A, 0x4C, 0x52), 0.5f, new(rear.MidX - 2, horizon), new(rear.MidX + 2, horizon), new(rear.MidX + rear.Width * 0.3f, rear.Bottom), new(rear.MidX - rear.Width * 0.3f, rear.Bottom));
        }
        panel.Canvas.Restore();
        using (var frame = panel.Paint(Trim, 0.05f))
        {
            frame.Style = SKPaintStyle.Stroke;
            frame.StrokeWidth = h * 0.015f;
            panel.Canvas.DrawRoundRect(rear, h * 0.04f, h * 0.04f, frame);
        }
        // Two front seat backs and headrests.
        foreach (var share in new[] { 0.3f, 0.7f })
        {
            var x = w * share;
            panel.FillRound(SKRect.Create(x - w * 0.13f, h * 0.42f, w * 0.26f, h * 0.6f), w * 0.04f, Seat, 0.05f);
            panel.FillRound(SKRect.Create(x - w * 0.06f, h * 0.33f, w * 0.12f, h * 0.1f), w * 0.025f, SceneLighting.Shade(Seat, 0.9f), 0.05f);
        }
    }

    public static void PaintFront(Panel panel, ShotLayout shot)
    {
        var w = panel.Width;
        var h = panel.Height;
        var dashTop = h * 0.74f;
        // Dashboard across the bottom.
        using (var dash = new SKPath())
        {
            dash.MoveTo(-10, h + 10);
            dash.LineTo(-10, dashTop + h * 0.03f);
            dash.QuadTo(w * 0.5f, dashTop - h * 0.04f, w + 10, dashTop + h * 0.03f);
            dash.LineTo(w + 10, h + 10);
            dash.Close();
            using var paint = new SKPaint { IsAntialias = true };
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, dashTop), new SKPoint(0, h),
                [panel.Light.Lit(new SKColor(0x3A, 0x3C, 0x42)), panel.Light.Lit(new SKColor(0x16, 0x17, 0x1A))], SKShaderTileMode.Clamp);
            panel.Canvas.DrawPath(dash, paint);
        }
        // The wheel sits in front of whoever is on the left, the driver's seat in this frame.
        var driverX = shot.Figures.Count > 0 ? shot.Figures.Min(f => f.X) : w * 0.3f;
        var wheel = new SKPoint(driverX, dashTop + h * 0.02f);
        var r = Math.Min(w, h) * 0.17f;
        using (var rim = panel.Paint(new SKColor(0x1C, 0x1C, 0x1E)))
        {
            rim.Style = SKPaintStyle.Stroke;
            rim.StrokeWidth = r * 0.14f;
            panel.Canvas.DrawOval(SKRect.Create(wheel.X - r, wheel.Y - r * 0.45f, r * 2, r * 0.9f), rim);
        }
        panel.FillOval(SKRect.Create(wheel.X - r * 0.22f, wheel.Y - r * 0.1f, r * 0.44f, r * 0.3f), new SKColor(0x2A, 0x2A, 0x2E));
        if (panel.Light.Phase is DayPhase.Night or DayPhase.Dusk)
        {
            panel.Glow(new SKPoint(wheel.X, dashTop + h * 0.06f), r * 1.3f, new SKColor(0x60, 0xB0, 0xFF), 0.6f);
        }
        // Roof band, pillars and the mirror frame the windscreen.
        panel.Fill(SKRect.Create(0, 0, w, h * 0.06f), Trim);
        panel.FillPolygon(Trim, 0f, new(0, 0), new(w * 0.08f, 0), new(w * 0.02f, dashTop), new(0, dashTop));
        panel.FillPolygon(Trim, 0f, new(w, 0), new(w * 0.92f, 0), new(w * 0.98f, dashTop), new(w, dashTop));
        panel.FillRound(SKRect.Create(w * 0.44f, h * 0.05f, w * 0.12f, h * 0.045f), h * 0.015f, new SKColor(0x22, 0x22, 0x24));
        // A streak of reflection on the glass.
        using var glare = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Plus, Color = new SKColor(0xFF, 0xFF, 0xFF, 22) };
        using var streak = Panel.Polygon(new(w * 0.6f, h * 0.06f), new(w * 0.72f, h * 0.06f), new(w * 0.5f, dashTop), new(w * 0.42f, dashTop));
        panel.Canvas.DrawPath(streak, glare);
    }
}
