using ScriptToMovie.Media.Frames;
using static ScriptToMovie.Media.Tests.Frames.FrameSamples;

namespace ScriptToMovie.Media.Tests.Frames;

public class ShotComposerTests
{
    [Fact]
    public void Two_speakers_get_a_two_shot_facing_each_other()
    {
        var shot = ShotComposer.Compose(Scene("INT", "COFFEE SHOP", "DAY", Alice, Bob), exterior: false);

        Assert.Equal(ShotKind.TwoShot, shot.Kind);
        var left = shot.Figures.MinBy(f => f.X)!;
        var right = shot.Figures.MaxBy(f => f.X)!;
        Assert.Equal((1, -1), (left.Facing, right.Facing));
    }

    [Fact]
    public void One_speaker_is_framed_close_and_larger_than_the_others()
    {
        var shot = ShotComposer.Compose(Scene("INT", "OFFICE", "DAY", Alice, Bob with { Speaks = false }, Carol), exterior: false);

        Assert.Equal(ShotKind.Single, shot.Kind);
        var speaker = shot.Figures.Single(f => f.Character.Speaks);
        Assert.All(shot.Figures.Where(f => f != speaker), f => Assert.True(f.Height < speaker.Height / 2));
        Assert.Equal(speaker, shot.Figures[^1]); // painted last, in front
    }

    [Fact]
    public void A_scene_without_dialogue_is_a_wide_with_small_figures()
    {
        var shot = ShotComposer.Compose(Scene("EXT", "BEACH", "DUSK", Alice with { Speaks = false }, Bob with { Speaks = false }, Carol), exterior: true);

        Assert.Equal(ShotKind.Wide, shot.Kind);
        Assert.Equal(3, shot.Figures.Count);
        Assert.All(shot.Figures, f => Assert.True(f.Height < 720 * 0.5f));
    }

    [Fact]
    public void A_crowd_is_a_wide_that_shows_seven_and_counts_the_rest()
    {
        var crowd = Enumerable.Range(1, 10).Select(i => new FrameCharacter($"GUEST {i}", null, i < 3)).ToArray();

        var shot = ShotComposer.Compose(Scene("INT", "BAR", "NIGHT", crowd), exterior: false);

        Assert.Equal(ShotKind.Wide, shot.Kind);
        Assert.Equal(7, shot.Figures.Count);
        Assert.Equal(3, shot.LeftOut);
    }

    [Theory]
    [InlineData(1280, 720)]
    [InlineData(720, 1280)]
    [InlineData(1080, 1080)]
    public void Two_shot_figures_stay_inside_the_frame_width(int width, int height)
    {
        var shot = ShotComposer.Compose(Scene("INT", "OFFICE", "DAY", Alice, Bob) with { Width = width, Height = height }, exterior: false);

        Assert.All(shot.Figures, f => Assert.InRange(f.X, 0, width));
    }
}
