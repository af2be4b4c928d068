using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// Fits a picture made elsewhere (e.g. by Kling, whose sizes only approximate the aspect ratio asked for) to the
/// movie's frame: scaled to cover it and centre-cropped, never letterboxed, because every clip and the final
/// concat need the exact output size.
/// </summary>
public static class FrameFit
{
    /// <returns>The picture as a PNG of exactly <paramref name="width"/>×<paramref name="height"/>, or null when it cannot be decoded.</returns>
    public static byte[]? CoverPng(byte[] picture, int width, int height)
    {
        if (picture is null || picture.Length == 0) return null;
        using var stream = new SKMemoryStream(picture);
        using var codec = SKCodec.Create(stream);
        using var source = codec is null ? null : SKBitmap.Decode(codec);
        if (source is null || source.Width == 0 || source.Height == 0) return null;

        var scale = Math.Max(width / (double)source.Width, height / (double)source.Height);
        var (w, h) = (source.Width * scale, source.Height * scale);
        var target = new SKRect((float)((width - w) / 2), (float)((height - h) / 2), (float)((width + w) / 2), (float)((height + h) / 2));

        using var surface = PngOutput.Surface(width, height);
        using var image = SKImage.FromBitmap(source);
        surface.Canvas.Clear(SKColors.Black);
        surface.Canvas.DrawImage(image, target, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return PngOutput.Encode(surface);
    }
}
