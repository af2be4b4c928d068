using ScriptToMovie.Media.Frames;
using SkiaSharp;

namespace ScriptToMovie.Media.Tests.Frames;

public sealed class FrameFitTests
{
    [Fact]
    public void A_picture_of_another_shape_fills_the_movie_frame_without_black_bars()
    {
        // A square JPEG, left half red and right half blue, as an image service might return it.
        var square = Picture(600, 600, SKEncodedImageFormat.Jpeg);

        var png = FrameFit.CoverPng(square, 320, 180)!;

        using var fitted = SKBitmap.Decode(png);
        Assert.Equal((320, 180), (fitted.Width, fitted.Height));
        Assert.True(fitted.GetPixel(5, 5).Red > 200, "the top-left corner shows the picture's red half, not a bar");
        Assert.True(fitted.GetPixel(5, 174).Red > 200);
        Assert.True(fitted.GetPixel(314, 90).Blue > 200, "the right edge shows the blue half");
        Assert.True(FrameValidator.Validate(png, 320, 180).Ok);
    }

    [Fact]
    public void A_wider_picture_is_cropped_at_its_sides_and_keeps_its_centre()
    {
        var wide = Picture(2100, 900, SKEncodedImageFormat.Png);

        using var fitted = SKBitmap.Decode(FrameFit.CoverPng(wide, 1280, 720)!);

        Assert.Equal((1280, 720), (fitted.Width, fitted.Height));
        Assert.True(fitted.GetPixel(600, 360).Red > 200 && fitted.GetPixel(680, 360).Blue > 200, "the centre line between the halves stays in the middle");
    }

    [Fact]
    public void Bytes_that_are_not_a_picture_give_nothing()
    {
        Assert.Null(FrameFit.CoverPng("not an image"u8.ToArray(), 320, 180));
        Assert.Null(FrameFit.CoverPng([], 320, 180));
    }

    private static byte[] Picture(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.DrawRect(0, 0, width / 2f, height, new SKPaint { Color = SKColors.Red });
            canvas.DrawRect(width / 2f, 0, width / 2f, height, new SKPaint { Color = SKColors.Blue });
        }
        using var data = bitmap.Encode(format, 95);
        return data.ToArray();
    }
}
