using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.Media.Tests.Frames;

public class FrameFontsTests
{
    [Fact]
    public void A_heading_too_long_for_the_band_is_cut_with_an_ellipsis_that_fits()
    {
        using var font = FrameFonts.Font(FrameFonts.Regular, 18);
        const string heading = "INT. THE GRAND BALLROOM OF THE PALACE HOTEL, WHERE EVERYONE HAS GATHERED - NIGHT";

        var fitted = FrameFonts.Fit(heading, font, 300);

        Assert.EndsWith("…", fitted);
        Assert.StartsWith("INT. THE GRAND", fitted);
        Assert.True(font.MeasureText(fitted) <= 300);
    }

    [Fact]
    public void A_short_heading_is_left_whole()
    {
        using var font = FrameFonts.Font(FrameFonts.Regular, 18);

        Assert.Equal("INT. OFFICE - DAY", FrameFonts.Fit("INT. OFFICE - DAY", font, 600));
    }

    [Fact]
    public void DejaVu_Sans_is_the_face_frames_are_lettered_in()
    {
        Assert.Equal("DejaVu Sans", FrameFonts.Regular.FamilyName);
    }
}
