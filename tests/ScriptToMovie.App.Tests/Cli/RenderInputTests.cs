using ScriptToMovie.App.Cli;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Cli;

public sealed class RenderInputTests
{
    [Fact]
    public async Task A_file_that_is_not_a_screenplay_is_refused_with_exit_code_2_and_a_sentence()
    {
        var folder = Directory.CreateTempSubdirectory("s2m-render-bad-");
        try
        {
            var junk = Path.Combine(folder.FullName, "photo.pdf");
            await File.WriteAllBytesAsync(junk, [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3, 0, 0, 0xFF]);
            var result = await AppCommand.RunAsync(folder.FullName, TimeSpan.FromSeconds(60), "render", junk, "--data", Path.Combine(folder.FullName, "data"));
            Assert.Equal(RenderCommand.Unreadable, result.ExitCode);
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            Assert.DoesNotContain("   at ", result.Error);
            Assert.False(File.Exists(Path.Combine(folder.FullName, "photo.mp4")));

            var missing = await AppCommand.RunAsync(folder.FullName, TimeSpan.FromSeconds(60), "render", "nowhere.fountain");
            Assert.Equal(RenderCommand.Unreadable, missing.ExitCode);
            Assert.Contains("No such file", missing.Error);
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public async Task A_script_without_a_scene_fails_with_exit_code_1_and_the_runs_own_sentence()
    {
        var folder = Directory.CreateTempSubdirectory("s2m-render-noscene-");
        try
        {
            var notes = Path.Combine(folder.FullName, "notes.fountain");
            await File.WriteAllTextAsync(notes, "Just some words with no scene heading at all.\n\nAnd more words.\n");
            var result = await AppCommand.RunAsync(folder.FullName, TimeSpan.FromSeconds(60), "render", notes, "--data", Path.Combine(folder.FullName, "data"));
            Assert.Equal(RenderCommand.Failed, result.ExitCode);
            Assert.Contains("at least one complete scene", result.Error);
            Assert.Contains("parse      failed", result.Output);
            Assert.False(File.Exists(Path.Combine(folder.FullName, "notes.mp4")));
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public void The_summary_reads_minutes_and_seconds_and_names_failed_scenes()
    {
        var summary = new RenderSummary("out.mp4", 8, TimeSpan.FromSeconds(192.4), TimeSpan.FromSeconds(41.2), 2);
        Assert.Equal("Rendered out.mp4: 8 scenes, 3m12.4s of movie in 41.2s (realtime factor 4.7x), 2 scenes failed", summary.ToString());
        Assert.Equal("Rendered a.mp4: 1 scene, 59.9s of movie in 1m0.0s (realtime factor 1.0x)",
            new RenderSummary("a.mp4", 1, TimeSpan.FromSeconds(59.94), TimeSpan.FromSeconds(59.96), 0).ToString());
        Assert.Equal("Rendered k.mp4: 3 scenes, 15.0s of movie in 40.0s (realtime factor 0.4x), charged $2.11",
            new RenderSummary("k.mp4", 3, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(40), 0, 2.1105).ToString());
    }

    [Fact]
    public async Task The_frozen_picture_check_catches_a_still_held_for_two_seconds()
    {
        // Guards the render test's freeze check against passing because the detector never fires.
        var still = Path.Combine(Path.GetTempPath(), $"s2m-still-{Guid.NewGuid():N}.mp4");
        var runner = new ProcessRunner();
        try
        {
            await runner.RunFFmpegAsync(
                ["-f", "lavfi", "-i", "testsrc2=s=320x180:r=24:d=1", "-f", "lavfi", "-i", "color=c=0x336699:s=320x180:r=24:d=2",
                 "-filter_complex", "[0:v][1:v]concat=n=2:v=1[v]", "-map", "[v]", "-c:v", "libx264", "-pix_fmt", "yuv420p", still],
                "making a test clip");
            var faults = await PictureFaults.FindAsync(runner, still, minimum: 1.0);
            var frozen = Assert.Single(faults, f => f.Kind == "frozen");
            Assert.InRange(frozen.Start, 0.9, 1.2);
        }
        finally { File.Delete(still); }
    }
}
