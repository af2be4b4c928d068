using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// A picture a user gives as a character's front view, checked against what Kling's Element Library takes
/// (shared/docs/kling-elements.md A.1: at least 300 px, aspect between 1:2.5 and 2.5:1, at most 10 MB, jpg/png) and
/// re-encoded as a PNG no longer than <see cref="LongestEdge"/> on its long edge, so it stays well under that size.
/// </summary>
public static class ReferencePicture
{
    public const int ShortestEdge = 300;
    public const int LongestEdge = 2048;
    public const double WidestAspect = 2.5;

    /// <returns>The PNG, or null and a sentence saying what is wrong with the picture.</returns>
    public static (byte[]? Png, string? Problem) ToPng(byte[] picture)
    {
        if (picture.Length == 0) return (null, "The picture is empty.");
        using var stream = new SKMemoryStream(picture);
        using var codec = SKCodec.Create(stream);
        using var source = codec is null ? null : SKBitmap.Decode(codec);
        if (source is null || source.Width == 0 || source.Height == 0)
            return (null, "That file is not a picture we can read. Upload a PNG, JPEG or WebP image.");
        if (Math.Min(source.Width, source.Height) < ShortestEdge)
            return (null, $"The picture is {source.Width}×{source.Height} pixels; it needs at least {ShortestEdge} pixels on each side.");
        var aspect = source.Width / (double)source.Height;
        if (aspect > WidestAspect || aspect < 1 / WidestAspect)
            return (null, $"The picture is {source.Width}×{source.Height} pixels, too long and thin; its sides may differ by at most 2.5 times.");

        var scale = Math.Min(1, LongestEdge / (double)Math.Max(source.Width, source.Height));
        var (w, h) = ((int)Math.Round(source.Width * scale), (int)Math.Round(source.Height * scale));
        using var surface = PngOutput.Surface(w, h);
        using var image = SKImage.FromBitmap(source);
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawImage(image, new SKRect(0, 0, w, h), new SKSamplingOptions(SKCubicResampler.Mitchell));
        return (PngOutput.Encode(surface), null);
    }
}
