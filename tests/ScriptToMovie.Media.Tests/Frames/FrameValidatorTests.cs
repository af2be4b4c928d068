using ScriptToMovie.Media.Frames;
using SkiaSharp;
using static ScriptToMovie.Media.Tests.Frames.FrameSamples;

namespace ScriptToMovie.Media.Tests.Frames;

public class FrameValidatorTests
{
    [Fact]
    public void A_blank_frame_is_rejected_as_blank()
    {
        var result = FrameValidator.Validate(SolidPng(1280, 720, new SKColor(20, 20, 20)), 1280, 720);

        Assert.False(result.Ok);
        Assert.Contains("blank", result.Problem);
    }

    [Fact]
    public void A_frame_of_the_wrong_size_is_rejected_with_both_sizes_named()
    {
        var png = StoryboardPainter.PaintPng(Scene("INT", "OFFICE", "DAY", Alice) with { Width = 720, Height = 1280 });

        var result = FrameValidator.Validate(png, 1280, 720);

        Assert.False(result.Ok);
        Assert.Contains("720x1280", result.Problem);
        Assert.Contains("1280x720", result.Problem);
    }

    [Fact]
    public void Bytes_that_are_not_an_image_are_rejected()
    {
        Assert.False(FrameValidator.Validate("not a png"u8.ToArray(), 1280, 720).Ok);
        Assert.False(FrameValidator.Validate([], 1280, 720).Ok);
    }

    [Fact]
    public void A_painted_scene_passes()
    {
        var png = StoryboardPainter.PaintPng(Scene("EXT", "FOREST", "NIGHT"));

        Assert.Equal(FrameValidation.Valid, FrameValidator.Validate(png, 1280, 720));
    }
}
