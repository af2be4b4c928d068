using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>Checks a stored frame before it is used: it decodes, has the output size, and shows something.</summary>
public static class FrameValidator
{
    /// <summary>Below this spread of brightness (0–255) a frame is one flat colour, not a picture.</summary>
    internal const double BlankStandardDeviation = 6.0;

    public static FrameValidation Validate(byte[] png, int expectedWidth, int expectedHeight)
    {
        if (png is null || png.Length == 0) return FrameValidation.Invalid("The frame is empty: no image data was stored.");
        using var stream = new SKMemoryStream(png);
        using var codec = SKCodec.Create(stream);
        using var bitmap = codec is null ? null : SKBitmap.Decode(codec);
        if (bitmap is null) return FrameValidation.Invalid("The frame could not be read as an image.");
        if (bitmap.Width != expectedWidth || bitmap.Height != expectedHeight)
        {
            return FrameValidation.Invalid($"The frame is {bitmap.Width}x{bitmap.Height}, but the movie needs {expectedWidth}x{expectedHeight}.");
        }
        var deviation = LuminanceSpread(bitmap);
        return deviation < BlankStandardDeviation
            ? FrameValidation.Invalid("The frame is blank: it is a single flat colour.")
            : FrameValidation.Valid;
    }

    internal static double LuminanceSpread(SKBitmap bitmap)
    {
        var (mean, meanSquare, count) = (0.0, 0.0, 0);
        var step = Math.Max(1, (int)Math.Sqrt(bitmap.Width * (double)bitmap.Height / 40000));
        for (var y = 0; y < bitmap.Height; y += step)
        {
            for (var x = 0; x < bitmap.Width; x += step)
            {
                var l = Luminance(bitmap.GetPixel(x, y));
                mean += l;
                meanSquare += l * l;
                count++;
            }
        }
        mean /= count;
        return Math.Sqrt(Math.Max(0, meanSquare / count - mean * mean));
    }

    internal static double Luminance(SKColor c) => 0.2126 * c.Red + 0.7152 * c.Green + 0.0722 * c.Blue;
}
