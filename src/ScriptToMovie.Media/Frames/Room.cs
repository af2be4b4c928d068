using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// A box room in one-point perspective: a back wall facing the camera, side walls, ceiling and
/// floor converging on the vanishing point at eye level. Furniture is sized from the back wall.
/// </summary>
internal sealed class Room
{
    public Room(Panel panel)
    {
        var w = panel.Width;
        var h = panel.Height;
        Vanishing = new SKPoint(w * (0.5f + panel.Random.Range(-0.06f, 0.06f)), panel.EyeY);
        var side = w >= h ? 0.09f : 0.05f;
        var wallHeight = (panel.FloorY - panel.EyeY) * 2.9f;
        // Tall frames would otherwise show mostly ceiling.
        var top = Math.Clamp(panel.FloorY - wallHeight, h * 0.03f, h * 0.12f);
        Back = new SKRect(w * side, top, w * (1 - side), panel.FloorY);
        // An adult standing against the back wall: the unit furniture is measured in.
        Person = (panel.FloorY - panel.EyeY) / Panel.EyeLevel * 1.15f;
    }

    public SKPoint Vanishing { get; }
    public SKRect Back { get; }
    public float Person { get; }

    /// <summary>Where the ray from the vanishing point through <paramref name="p"/> meets the horizontal line y.</summary>
    public SKPoint Toward(SKPoint p, float y)
    {
        var t = (y - Vanishing.Y) / (p.Y - Vanishing.Y);
        return new SKPoint(Vanishing.X + (p.X - Vanishing.X) * t, y);
    }

    /// <summary>How much bigger a thing standing on the floor at <paramref name="y"/> is than one at the back wall.</summary>
    public float ScaleAt(float y) => (y - Vanishing.Y) / (Back.Bottom - Vanishing.Y);

    /// <summary>The x on the floor at <paramref name="y"/> that lines up with <paramref name="backX"/> on the back wall.</summary>
    public float XAt(float backX, float y) => Toward(new SKPoint(backX, Back.Bottom), y).X;
}
