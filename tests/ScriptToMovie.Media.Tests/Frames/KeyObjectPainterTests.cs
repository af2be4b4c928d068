using ScriptToMovie.Media.Frames;
using SkiaSharp;
using static ScriptToMovie.Media.Tests.Frames.FrameSamples;

namespace ScriptToMovie.Media.Tests.Frames;

/// <summary>The thing a place is about (a bridge, a throne, a pool) is drawn in its frame, where the people do not hide it.</summary>
public class KeyObjectPainterTests
{
    [Theory]
    [InlineData("EXT", "FLOATING BRIDGE", "NIGHT", "a floating bridge")]
    [InlineData("INT", "THRONE ROOM", "DAY", "a throne")]
    [InlineData("EXT", "BRICK'S POOL", "DAY", "a pool")]
    [InlineData("EXT", "TOWN SQUARE", "DAY", "a stone fountain")]
    [InlineData("INT", "CELLAR", "NIGHT", "a strange machine")]
    public void The_key_object_changes_a_good_share_of_the_frame_and_still_passes_validation(string interior, string location, string time, string thing)
    {
        var without = Scene(interior, location, time, Alice);
        var with = without with { KeyObject = thing };

        var png = StoryboardPainter.PaintPng(with);
        using var a = Decode(StoryboardPainter.PaintPng(without));
        using var b = Decode(png);

        Assert.True(ChangedShare(a, b) > 0.02, $"{thing} changed only {ChangedShare(a, b):P1} of the frame");
        Assert.Equal(FrameValidation.Valid, FrameValidator.Validate(png, with.Width, with.Height));
    }

    [Fact]
    public void A_bridge_outdoors_spans_water_not_a_city_street()
    {
        var request = Scene("EXT", "FLOATING BRIDGE", "DAY", Alice) with { KeyObject = "a floating bridge" };
        using var frame = Decode(StoryboardPainter.PaintPng(request));

        // Below the deck, in the middle of the frame, is water: more blue than red.
        var (red, _, blue) = MeanColour(frame, SKRectI.Create(frame.Width / 10, frame.Height * 62 / 100, frame.Width / 8, frame.Height / 20));
        Assert.True(blue > red + 10, $"under the bridge is not water (r {red:F0}, b {blue:F0})");
    }

    private static double ChangedShare(SKBitmap a, SKBitmap b)
    {
        int changed = 0;
        for (var y = 0; y < a.Height; y += 2)
            for (var x = 0; x < a.Width; x += 2)
            {
                SKColor p = a.GetPixel(x, y), q = b.GetPixel(x, y);
                if (Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue) > 30) changed++;
            }
        return changed / (double)(a.Width / 2 * (a.Height / 2));
    }
}
