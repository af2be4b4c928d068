using ScriptToMovie.Media.Frames;
using static ScriptToMovie.Media.Tests.Frames.FrameSamples;

namespace ScriptToMovie.Media.Tests.Frames;

public class TitleCardPainterTests
{
    [Theory]
    [InlineData(1280, 720)]
    [InlineData(720, 1280)]
    [InlineData(1080, 1080)]
    public void A_title_card_has_the_frame_size_and_is_not_blank(int width, int height)
    {
        var png = TitleCardPainter.PaintPng(width, height, "Brick & Steel", "Written by Stu Maschwitz", "Two retired cops. One last job.");

        Assert.Equal(FrameValidation.Valid, FrameValidator.Validate(png, width, height));
    }

    [Fact]
    public void A_very_long_title_still_paints_and_stays_deterministic()
    {
        const string title = "The Extraordinarily Long and Winding Tale of the Last Birthday Card Ever Sent in San Francisco";

        var first = TitleCardPainter.PaintPng(720, 1280, title, null, null);

        Assert.True(FrameValidator.Validate(first, 720, 1280).Ok);
        Assert.Equal(first, TitleCardPainter.PaintPng(720, 1280, title, null, null));
    }

    [Fact]
    public void The_title_is_drawn_bright_in_the_middle_of_the_card()
    {
        using var card = Decode(TitleCardPainter.PaintPng(1280, 720, "Printing Trouble", null, null));
        using var empty = Decode(TitleCardPainter.PaintPng(1280, 720, " ", null, null));

        var middle = new SkiaSharp.SKRectI(240, 290, 1040, 380);
        Assert.True(MeanColour(card, middle).Red > MeanColour(empty, middle).Red + 15);
    }
}
