using SkiaSharp;
using static ScriptToMovie.Media.Frames.Landscape;

namespace ScriptToMovie.Media.Frames;

/// <summary>Green exteriors: a park with its benches, a forest, open hills.</summary>
internal static class CountrysidePainter
{
    internal static void Greenery(Panel panel, bool forest)
    {
        var w = panel.Width;
        var h = panel.Height;
        var horizon = panel.EyeY;
        var random = panel.Random;
        DistantHills(panel, new SKColor(0x4E, 0x7A, 0x5A), h * 0.07f, 0.8f, 1);
        // A far tree line: a band of bumps.
        using (var line = new SKPath())
        {
            line.MoveTo(0, horizon + 2);
            for (var x = 0f; x <= w + 10; x += w / 40f)
            {
                line.LineTo(x, horizon - h * (forest ? 0.09f : 0.04f) * random.Range(0.6f, 1.1f));
            }
            line.LineTo(w, horizon + 2);
            line.Close();
            panel.Fill(line, new SKColor(0x2E, 0x5A, 0x3A), 0.6f);
        }
        Ground(panel, forest ? new SKColor(0x4A, 0x6E, 0x3A) : new SKColor(0x7A, 0xA8, 0x4E), forest ? new SKColor(0x3A, 0x5A, 0x2E) : new SKColor(0x5A, 0x8E, 0x3A), horizon);
        if (!forest)
        {
            // A path winding to the horizon.
            using var path = new SKPath();
            var cx = w * random.Range(0.35f, 0.65f);
            path.MoveTo(cx - w * 0.01f, horizon + 2);
            path.CubicTo(cx - w * 0.15f, horizon + h * 0.1f, cx + w * 0.2f, horizon + h * 0.25f, cx - w * 0.22f, h);
            path.LineTo(cx + w * 0.22f, h);
            path.CubicTo(cx + w * 0.3f, horizon + h * 0.25f, cx - w * 0.08f, horizon + h * 0.1f, cx + w * 0.01f, horizon + 2);
            path.Close();
            panel.Fill(path, new SKColor(0xD8, 0xC6, 0x9A), 0.2f);
        }
        var count = forest ? 11 : 5;
        var trees = new List<(float X, float Y)>();
        for (var i = 0; i < count; i++)
        {
            var side = i % 2 == 0 ? random.Range(0.02f, 0.3f) : random.Range(0.7f, 0.98f);
            var x = w * (forest ? random.Range(0f, 1f) : side);
            var y = horizon + h * random.Range(0.01f, forest ? 0.2f : 0.1f);
            trees.Add((x, y));
        }
        foreach (var (x, y) in trees.OrderBy(t => t.Y))
        {
            Props.Tree(panel, x, y, panel.PersonHeightAt(y) * random.Range(3f, 4.5f), forest);
        }
        if (!forest)
        {
            Bench(panel, w * random.Range(0.15f, 0.3f), horizon + h * 0.12f);
        }
        else
        {
            // Big trunks at the frame edges put the camera inside the woods.
            foreach (var edge in new[] { w * 0.03f, w * 0.95f })
            {
                panel.Fill(SKRect.Create(edge - w * 0.03f, 0, w * 0.06f, h), new SKColor(0x3A, 0x2C, 0x22), 0f);
            }
        }
    }

    private static void Bench(Panel panel, float x, float y)
    {
        var s = panel.PersonHeightAt(y);
        var d = panel.DistanceAt(y);
        var wood = new SKColor(0x8A, 0x5A, 0x36);
        panel.Shadow(SKRect.Create(x - s * 0.45f, y - s * 0.03f, s * 0.9f, s * 0.06f));
        panel.Fill(SKRect.Create(x - s * 0.42f, y - s * 0.28f, s * 0.84f, s * 0.05f), wood, d);
        panel.Fill(SKRect.Create(x - s * 0.42f, y - s * 0.5f, s * 0.84f, s * 0.05f), wood, d);
        panel.Fill(SKRect.Create(x - s * 0.42f, y - s * 0.41f, s * 0.84f, s * 0.05f), wood, d);
        foreach (var lx in new[] { -0.38f, 0.34f })
        {
            panel.Fill(SKRect.Create(x + s * lx, y - s * 0.5f, s * 0.04f, s * 0.5f), new SKColor(0x2E, 0x30, 0x32), d);
        }
    }

    internal static void Hills(Panel panel, bool trees)
    {
        var w = panel.Width;
        var h = panel.Height;
        var horizon = panel.EyeY;
        var random = panel.Random;
        DistantHills(panel, new SKColor(0x6A, 0x7E, 0x9A), h * 0.16f, 0.9f, 6);
        DistantHills(panel, new SKColor(0x5E, 0x86, 0x5E), h * 0.08f, 0.6f, 7);
        Ground(panel, new SKColor(0x8A, 0xB0, 0x5A), new SKColor(0x6A, 0x92, 0x44), horizon);
        // Field strips in perspective.
        for (var i = 0; i < 5; i++)
        {
            var y = horizon + h * 0.012f * (i + 1) * (i + 1);
            panel.Fill(SKRect.Create(0, y, w, h * 0.004f * (i + 1)), new SKColor(0x74, 0x9A, 0x48), panel.DistanceAt(y));
        }
        if (!trees) return;
        var count = 2 + random.Next(2);
        for (var i = 0; i < count; i++)
        {
            var y = horizon + h * random.Range(0.01f, 0.06f);
            Props.Tree(panel, w * random.Range(0.05f, 0.95f), y, panel.PersonHeightAt(y) * 3.5f);
        }
    }
}
