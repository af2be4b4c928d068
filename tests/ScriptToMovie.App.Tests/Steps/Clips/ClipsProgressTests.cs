using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Tests.Steps.Storyboard;
using ScriptToMovie.Media.FFmpeg;

namespace ScriptToMovie.App.Tests.Steps.Clips;

/// <summary>The clips step's bar moves inside a clip, from ffmpeg's own progress, and never goes back.</summary>
public class ClipsProgressTests
{
    [Fact]
    public async Task A_long_clip_moves_the_step_inside_its_own_share_and_the_finished_clip_completes_it()
    {
        await using var h = await StepHarness.CreateAsync();
        var context = h.Context();
        var meter = new ClipsProgress(context, total: 2, done: 0, every: TimeSpan.Zero);
        var output = h.Runner.Work.File($"progress-{Guid.NewGuid():N}.mp4");
        try
        {
            await new MockClip(1, "INT. KITCHEN - NIGHT", null, TimeSpan.FromSeconds(40))
                .RunAsync(h.Runner, EncodingProfile.Landscape, output, progress: meter.For(1));
            await meter.FinishedAsync(1);
            await meter.FlushAsync();
        }
        finally { File.Delete(output); }

        var figures = h.Reports.Select(r => r.Progress).ToList();
        // Inside scene 1's clip, which is half of the step: figures between 0 and 50, named for the scene.
        var inside = h.Reports.Where(r => r.Progress is > 0 and < 50).ToList();
        Assert.NotEmpty(inside);
        Assert.All(inside, r => Assert.Contains("scene 1", r.Message));
        Assert.Equal(figures.Order(), figures);
        Assert.Equal((50, "Clip 1 of 2 done (scene 1)"), h.Reports[^1]);
    }

    [Fact]
    public async Task A_retried_clip_starting_again_at_zero_does_not_take_the_bar_back_and_a_closed_step_hears_nothing()
    {
        await using var h = await StepHarness.CreateAsync();
        var context = h.Context();
        var meter = new ClipsProgress(context, total: 4, done: 1, every: TimeSpan.Zero);
        var first = meter.For(2);
        var second = meter.For(3);
        first.Report(0.8);
        second.Report(0.4);
        first.Report(0.1); // the second attempt of scene 2 starts over
        await meter.FlushAsync();
        var before = h.Reports.Count;

        await context.CloseAsync();
        second.Report(0.9);
        await meter.FlushAsync();

        var figures = h.Reports.Select(r => r.Progress).ToList();
        Assert.Equal(figures.Order(), figures);
        Assert.Equal(55, figures[^1]); // (1 done + 0.8 + 0.4) of 4
        Assert.Contains("scene 2 80 %, scene 3 40 %", h.Reports[^1].Message);
        Assert.Equal(before, h.Reports.Count);
    }
}
