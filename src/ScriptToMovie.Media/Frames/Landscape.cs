using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>The ground and the far hills that every open-air exterior stands on.</summary>
internal static class Landscape
{
    internal static void Ground(Panel panel, SKColor far, SKColor near, float fromY)
    {
        panel.FillVertical(SKRect.Create(0, fromY, panel.Width, panel.Height - fromY), far, near, panel.DistanceAt(fromY), 0f);
    }

    internal static void DistantHills(Panel panel, SKColor colour, float amplitude, float distance, int seedShift)
    {
        var w = panel.Width;
        var horizon = panel.EyeY;
        using var path = new SKPath();
        path.MoveTo(0, horizon + 2);
        var phase = panel.Random.Range(0f, 6.28f) + seedShift;
        for (var x = 0f; x <= w + 8; x += 8)
        {
            var y = horizon - amplitude * (0.55f + 0.3f * MathF.Sin(x / w * 5.1f + phase) + 0.15f * MathF.Sin(x / w * 13.7f + phase * 2));
            path.LineTo(x, y);
        }
        path.LineTo(w, horizon + 2);
        path.Close();
        panel.Fill(path, colour, distance);
    }
}
