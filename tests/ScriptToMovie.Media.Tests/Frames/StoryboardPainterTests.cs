using ScriptToMovie.Media.Frames;
using SkiaSharp;
using static ScriptToMovie.Media.Tests.Frames.FrameSamples;

namespace ScriptToMovie.Media.Tests.Frames;

public class StoryboardPainterTests
{
    [Theory]
    [InlineData(1280, 720)]
    [InlineData(720, 1280)]
    [InlineData(1080, 1080)]
    public void Frames_come_out_at_the_size_of_each_aspect_and_pass_validation(int width, int height)
    {
        var request = Scene("INT", "COFFEE SHOP", "MORNING", Alice, Bob) with { Width = width, Height = height };

        var png = StoryboardPainter.PaintPng(request);

        using var bitmap = Decode(png);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        Assert.Equal(FrameValidation.Valid, FrameValidator.Validate(png, width, height));
    }

    [Theory]
    [InlineData(1280, 720)]
    [InlineData(720, 1280)]
    public void The_caption_text_keeps_clear_of_the_sides_the_camera_moves_crop(int width, int height)
    {
        var request = Scene("INT", "COFFEE SHOP", "MORNING", Alice) with { Width = width, Height = height, ActionSummary = "Alice wipes the counter." };
        using var frame = Decode(StoryboardPainter.PaintPng(request));

        // A 1.12x pan crops 10.7 % of the width from one side: in those strips the band holds no lettering.
        var bandTop = height - 30;
        var strip = (int)(width * 0.107);
        bool Lettered(int fromX, int toX)
        {
            for (var y = bandTop; y < height - 2; y++)
                for (var x = fromX; x < toX; x++)
                    if (FrameValidator.Luminance(frame.GetPixel(x, y)) > 120) return true;
            return false;
        }
        Assert.False(Lettered(0, strip), "lettering in the left strip a pan crops");
        Assert.False(Lettered(width - strip, width), "lettering in the right strip a pan crops");
        Assert.True(Lettered(strip, width - strip), "the caption's lettering is drawn in between");
    }

    [Theory]
    [InlineData("EXT", "CITY STREET")]
    [InlineData("INT", "OFFICE")]
    [InlineData("EXT", "BEACH")]
    public void Night_frames_are_darker_than_day_frames_of_the_same_setting(string interior, string location)
    {
        using var day = Decode(StoryboardPainter.PaintPng(Scene(interior, location, "DAY", Alice)));
        using var night = Decode(StoryboardPainter.PaintPng(Scene(interior, location, "NIGHT", Alice)));

        Assert.True(MeanLuminance(night) < MeanLuminance(day) * 0.7, $"night {MeanLuminance(night):F0} vs day {MeanLuminance(day):F0}");
    }

    [Fact]
    public void A_night_sky_is_blue_and_a_dusk_sky_is_orange()
    {
        // The top of an empty wide exterior is all sky.
        var sky = new SKRectI(0, 0, 1280, 200);
        using var night = Decode(StoryboardPainter.PaintPng(Scene("EXT", "ROAD", "NIGHT")));
        using var dusk = Decode(StoryboardPainter.PaintPng(Scene("EXT", "ROAD", "DUSK")));
        var duskHorizon = new SKRectI(0, 250, 1280, 350);

        var nightSky = MeanColour(night, sky);
        var duskGlow = MeanColour(dusk, duskHorizon);
        Assert.True(nightSky.Blue > nightSky.Red * 1.5, $"night sky {nightSky}");
        Assert.True(duskGlow.Red > duskGlow.Blue * 1.3, $"dusk horizon {duskGlow}");
    }

    [Fact]
    public void The_same_request_gives_identical_png_bytes()
    {
        var request = Scene("EXT", "PARK", "DAY", Alice, Bob, Carol with { Speaks = true });

        Assert.Equal(StoryboardPainter.PaintPng(request), StoryboardPainter.PaintPng(request with { Characters = [.. request.Characters] }));
    }

    [Fact]
    public void Different_scenes_give_different_pictures()
    {
        var cafe = StoryboardPainter.PaintPng(Scene("INT", "COFFEE SHOP", "DAY", Alice));
        var street = StoryboardPainter.PaintPng(Scene("EXT", "CITY STREET", "DAY", Alice));

        Assert.NotEqual(cafe, street);
    }

    [Fact]
    public void A_character_is_painted_in_the_same_colours_in_different_scenes()
    {
        // Same framing and hour, different rooms: Alice's costume pixels must match exactly.
        var office = Scene("INT", "OFFICE", "DAY", Alice);
        var kitchen = Scene("INT", "KITCHEN", "DAY", Alice) with { SceneNumber = 9 };
        var figure = ShotComposer.Compose(office, exterior: false).Figures.Single();
        Assert.Equal(figure, ShotComposer.Compose(kitchen, exterior: false).Figures.Single());

        using var first = Decode(StoryboardPainter.PaintPng(office));
        using var second = Decode(StoryboardPainter.PaintPng(kitchen));

        var samples = new[] { (0f, -0.7f), (0f, -0.9f), (0.06f, -0.6f), (-0.06f, -0.75f) }
            .Select(p => new SKPointI((int)(figure.X + p.Item1 * figure.Height), (int)(figure.FeetY + p.Item2 * figure.Height)))
            .Where(p => p.Y is > 0 and < 600)
            .ToList();
        Assert.NotEmpty(samples);
        foreach (var p in samples)
        {
            Assert.Equal(first.GetPixel(p.X, p.Y), second.GetPixel(p.X, p.Y));
        }
        Assert.NotEqual(first.GetPixel(40, 100), second.GetPixel(40, 100));
    }

    [Fact]
    public void A_red_scarf_shows_as_red_in_the_frame()
    {
        var request = Scene("INT", "OFFICE", "DAY", Alice);
        var figure = ShotComposer.Compose(request, exterior: false).Figures.Single();
        using var bitmap = Decode(StoryboardPainter.PaintPng(request));

        // The scarf wraps the neck, just under the head.
        var neckY = (int)(figure.FeetY - 0.79f * figure.Height);
        var half = (int)(figure.Height * 0.05f);
        var neck = MeanColour(bitmap, new SKRectI((int)figure.X - half, neckY - 4, (int)figure.X + half, neckY + 4));
        Assert.True(neck.Red > neck.Green * 2 && neck.Red > neck.Blue * 2, $"neck colour {neck}");
    }

    [Fact]
    public void Long_headings_and_many_characters_still_make_a_valid_frame()
    {
        var crowd = Enumerable.Range(1, 11).Select(i => new FrameCharacter($"EXTRA {i}", null, i % 3 == 0)).ToArray();
        var request = Scene("INT", "THE GRAND BALLROOM OF THE PALACE HOTEL, WHERE EVERYONE HAS GATHERED FOR THE ANNUAL GALA", "NIGHT", crowd)
            with { ActionSummary = "Everyone turns as the doors swing open and a stranger walks in, soaked from the rain, holding a birthday card." };

        var png = StoryboardPainter.PaintPng(request);

        Assert.True(FrameValidator.Validate(png, 1280, 720).Ok);
    }
}
