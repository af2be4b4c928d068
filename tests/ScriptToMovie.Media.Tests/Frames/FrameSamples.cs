using ScriptToMovie.Media.Frames;
using SkiaSharp;

namespace ScriptToMovie.Media.Tests.Frames;

/// <summary>Requests and pixel measurements shared by the frame tests.</summary>
internal static class FrameSamples
{
    public static readonly FrameCharacter Alice = new("ALICE", "30s, sharp-eyed barista with a red scarf", true);
    public static readonly FrameCharacter Bob = new("BOB", "burly man in a grey suit", true);
    public static readonly FrameCharacter Carol = new("CAROL", "an elderly woman", false);

    public static FrameRequest Scene(string interior, string location, string? time, params FrameCharacter[] characters) =>
        new(1280, 720, 3, $"{interior}. {location}{(time is null ? "" : " - " + time)}", interior, location, time, characters, null, 42);

    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");

    public static double MeanLuminance(SKBitmap bitmap)
    {
        double sum = 0;
        var count = 0;
        for (var y = 0; y < bitmap.Height; y += 4)
        {
            for (var x = 0; x < bitmap.Width; x += 4)
            {
                sum += FrameValidator.Luminance(bitmap.GetPixel(x, y));
                count++;
            }
        }
        return sum / count;
    }

    public static (double Red, double Green, double Blue) MeanColour(SKBitmap bitmap, SKRectI area)
    {
        double r = 0, g = 0, b = 0;
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y += 2)
        {
            for (var x = area.Left; x < area.Right; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                r += c.Red;
                g += c.Green;
                b += c.Blue;
                count++;
            }
        }
        return (r / count, g / count, b / count);
    }

    public static byte[] SolidPng(int width, int height, SKColor colour)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(colour);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
