using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

internal static class PngOutput
{
    // zlib level 4 encodes a 1280x720 panel several times faster than the default 6 for a few percent more bytes.
    private static readonly SKPngEncoderOptions Options = new(SKPngEncoderFilterFlags.AllFilters, zLibLevel: 4);

    public static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var pixmap = image.PeekPixels();
        using var data = pixmap.Encode(Options) ?? throw new InvalidOperationException("Skia could not encode the frame as PNG.");
        return data.ToArray();
    }

    public static SKSurface Surface(int width, int height)
    {
        if (width <= 0 || height <= 0) throw new ArgumentOutOfRangeException(nameof(width), $"A frame needs a positive size, not {width}x{height}.");
        return SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Skia could not create a {width}x{height} surface.");
    }
}
