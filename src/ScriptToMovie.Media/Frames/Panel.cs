using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// The canvas of one storyboard panel plus what every painter of it shares: the light, the
/// camera's eye line and a generator seeded per scene. Sizes are taken from the eye line so
/// furniture, trees and people stand in one perspective.
/// </summary>
internal sealed class Panel(SKCanvas canvas, int width, int height, SceneSetting setting, SceneLighting light, SeededRandom random, float eyeY, float floorY)
{
    /// <summary>Where a standing adult's eyes are, as a share of their height; the camera is at eye level.</summary>
    public const float EyeLevel = 0.93f;

    public SKCanvas Canvas { get; } = canvas;
    public int Width { get; } = width;
    public int Height { get; } = height;
    public SceneSetting Setting { get; } = setting;
    public SceneLighting Light { get; } = light;
    public SeededRandom Random { get; } = random;

    /// <summary>The horizon outside, the eye line inside.</summary>
    public float EyeY { get; } = eyeY;

    /// <summary>Where the back wall meets the floor inside; a little below the horizon outside.</summary>
    public float FloorY { get; } = floorY;

    /// <summary>The light comes from the right in daylight scenes with the sun on the right, which the shadows follow.</summary>
    public bool LightFromRight { get; init; }

    public float Short => Math.Min(Width, Height);

    /// <summary>The height in pixels of an adult standing with their feet at <paramref name="y"/>.</summary>
    public float PersonHeightAt(float y) => Math.Max(0f, (y - EyeY) / EyeLevel);

    /// <summary>0 for the front of the frame, 1 at the horizon: how much haze a thing standing at <paramref name="y"/> gets.</summary>
    public float DistanceAt(float y) => Math.Clamp(1f - (y - EyeY) / (Height - EyeY), 0f, 1f);

    public SKPaint Paint(SKColor colour, float distance = 0f) =>
        new() { Color = Light.Lit(colour, distance), IsAntialias = true, Style = SKPaintStyle.Fill };

    public void Fill(SKRect rect, SKColor colour, float distance = 0f)
    {
        using var paint = Paint(colour, distance);
        Canvas.DrawRect(rect, paint);
    }

    public void Fill(SKPath path, SKColor colour, float distance = 0f)
    {
        using var paint = Paint(colour, distance);
        Canvas.DrawPath(path, paint);
    }

    public void FillRound(SKRect rect, float radius, SKColor colour, float distance = 0f)
    {
        using var paint = Paint(colour, distance);
        Canvas.DrawRoundRect(rect, radius, radius, paint);
    }

    public void FillOval(SKRect rect, SKColor colour, float distance = 0f)
    {
        using var paint = Paint(colour, distance);
        Canvas.DrawOval(rect, paint);
    }

    public void FillPolygon(SKColor colour, float distance, params SKPoint[] points)
    {
        using var path = Polygon(points);
        Fill(path, colour, distance);
    }

    /// <summary>A vertical gradient, both ends lit.</summary>
    public void FillVertical(SKRect rect, SKColor top, SKColor bottom, float distanceTop = 0f, float distanceBottom = 0f)
    {
        using var paint = new SKPaint { IsAntialias = true };
        paint.Shader = SKShader.CreateLinearGradient(
            new SKPoint(rect.Left, rect.Top), new SKPoint(rect.Left, rect.Bottom),
            [Light.Lit(top, distanceTop), Light.Lit(bottom, distanceBottom)], SKShaderTileMode.Clamp);
        Canvas.DrawRect(rect, paint);
    }

    public void Line(SKPoint from, SKPoint to, SKColor colour, float strokeWidth, float distance = 0f)
    {
        using var paint = Paint(colour, distance);
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = strokeWidth;
        paint.StrokeCap = SKStrokeCap.Round;
        Canvas.DrawLine(from, to, paint);
    }

    /// <summary>A light source: unlit, with a soft additive halo.</summary>
    public void Glow(SKPoint centre, float radius, SKColor colour, float strength = 1f)
    {
        using var paint = new SKPaint { IsAntialias = true, BlendMode = SKBlendMode.Plus };
        paint.Shader = SKShader.CreateRadialGradient(
            centre, radius,
            [colour.WithAlpha((byte)(140 * strength)), colour.WithAlpha((byte)(45 * strength)), colour.WithAlpha(0)],
            [0f, 0.35f, 1f], SKShaderTileMode.Clamp);
        Canvas.DrawCircle(centre, radius, paint);
    }

    /// <summary>A soft contact shadow on the ground.</summary>
    public void Shadow(SKRect oval, float strength = 1f)
    {
        using var paint = new SKPaint
        {
            IsAntialias = true,
            Color = new SKColor(0, 0, 0, (byte)(255 * Light.ShadowAlpha * strength)),
            MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, Math.Max(1f, oval.Height * 0.35f)),
        };
        Canvas.DrawOval(oval, paint);
    }

    public static SKPath Polygon(params SKPoint[] points)
    {
        var path = new SKPath();
        path.AddPoly(points, close: true);
        return path;
    }
}
