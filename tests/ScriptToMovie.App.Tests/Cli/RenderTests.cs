using System.Text.RegularExpressions;
using ScriptToMovie.App.Cli;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Tests.Cli;

public sealed class RenderTests(RenderedMovie rendered) : IClassFixture<RenderedMovie>
{
    [Fact]
    public void The_movie_has_one_picture_track_and_one_sound_track_plus_soft_subtitles_and_chapters()
    {
        Assert.Equal(["h264"], rendered.Info.StreamsOfType("video").Select(s => s.CodecName));
        Assert.Equal(["aac"], rendered.Info.StreamsOfType("audio").Select(s => s.CodecName));
        Assert.Equal(["mov_text"], rendered.Info.StreamsOfType("subtitle").Select(s => s.CodecName));
        // Anything else may only be the chapter list's data track.
        Assert.All(rendered.Info.Streams.Where(s => s.CodecType is not ("video" or "audio" or "subtitle")), s => Assert.Equal("data", s.CodecType));
        Assert.Equal((1280, 720), (rendered.Info.Width, rendered.Info.Height));
    }

    [Fact]
    public void The_movie_lasts_exactly_as_long_as_its_manifest_says()
    {
        Assert.Equal(rendered.Manifest.Duration, rendered.Info.Duration.TotalSeconds, 0.1);
        Assert.Equal(rendered.Manifest.Duration, rendered.Manifest.Scenes[^1].End, 0.001);
    }

    [Fact]
    public void Every_scene_is_a_chapter_titled_with_its_heading()
    {
        var headings = ReadScript().Scenes.Select(s => s.Heading).ToList();
        Assert.Equal(headings.Count, rendered.Info.ChapterCount);
        for (var i = 0; i < headings.Count; i++)
        {
            Assert.Equal($"Scene {i + 1}: {headings[i]}", rendered.Info.Chapters[i].Title);
            Assert.Equal(rendered.Manifest.Scenes[i].Start, rendered.Info.Chapters[i].Start.TotalSeconds, 0.05);
        }
    }

    [Fact]
    public async Task Every_dialogue_line_of_the_script_is_in_the_subtitles_with_its_speaker()
    {
        var cues = SubtitleTexts(await File.ReadAllTextAsync(rendered.Sidecar(".srt")));
        var spoken = ReadScript().AllElements.Where(e => e.Type == ElementTypes.Dialogue).ToList();
        Assert.NotEmpty(spoken);
        Assert.All(spoken, line => Assert.Contains($"{line.Character}: {Flat(line.Text)}", cues));
        Assert.StartsWith("WEBVTT", await File.ReadAllTextAsync(rendered.Sidecar(".vtt")));
    }

    [Fact]
    public async Task Each_line_can_be_heard_while_its_subtitle_is_on_screen()
    {
        Assert.NotEmpty(rendered.Manifest.Lines);
        foreach (var line in rendered.Manifest.Lines)
        {
            var level = await new VolumeDetect(rendered.Movie, TimeSpan.FromSeconds(line.Start), TimeSpan.FromSeconds(line.End - line.Start))
                .RunAsync(rendered.Runner);
            Assert.True(level.IsAudible, $"{line.Speaker} is silent at {line.Start:0.00}-{line.End:0.00} s (max {level.MaxDb} dB): \"{line.Text}\"");
        }
    }

    [Fact]
    public async Task No_black_or_frozen_stretch_lasts_longer_than_a_second_outside_the_scene_cuts()
    {
        var cuts = rendered.Manifest.Scenes.Skip(1).Select(s => s.Start).ToList();
        var faults = await PictureFaults.FindAsync(rendered.Runner, rendered.Movie, minimum: 1.0);
        // Half a second either side of a cut belongs to the cut; what remains must not reach a second.
        var remaining = faults.Where(f => OutsideCuts(f, cuts, 0.5) >= 1.0).ToList();
        Assert.True(remaining.Count == 0, string.Join("; ", remaining.Select(f => $"{f.Kind} from {f.Start:0.00} to {f.End:0.00} s")));
    }

    [Fact]
    public void The_summary_line_says_where_the_movie_is_how_many_scenes_and_how_long_it_is()
    {
        var summary = rendered.Result.Output.TrimEnd().Split('\n')[^1];
        Assert.Matches(
            new Regex($@"^Rendered out/brick\.mp4: {rendered.Manifest.Scenes.Count} scenes, (\d+m)?\d+\.\ds of movie in (\d+m)?\d+\.\ds \(realtime factor \d+\.\dx\)$"),
            summary);
        Assert.Contains(RenderSummaryLength(rendered.Manifest.Duration), summary);
        Assert.True(File.Exists(rendered.Sidecar(".vtt")) && File.Exists(rendered.Sidecar(".srt")) && File.Exists(rendered.Sidecar(".json")));
    }

    [Fact]
    public void Progress_without_a_terminal_is_plain_lines_for_every_step()
    {
        // stdout is a pipe here, as in CI: no cursor movement, and each step is named as it runs.
        Assert.False(rendered.Result.Output.Contains('\u001b'), rendered.Result.Output);
        foreach (var step in new[] { "parse", "trailer", "storyboard", "voices", "clips", "assemble" })
            Assert.Contains(step, rendered.Result.Output);
    }

    private ScreenplayDocument ReadScript() => ScreenplayReader.Read(File.ReadAllBytes(rendered.Script), Path.GetFileName(rendered.Script));

    private static string RenderSummaryLength(double seconds) => RenderSummary.Length(TimeSpan.FromSeconds(seconds));

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Each SRT cue's text on one line (captions wrap long lines onto two rows).</summary>
    private static List<string> SubtitleTexts(string srt) =>
        srt.Replace("\r", "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(cue => Flat(string.Join(' ', cue.Split('\n').Skip(2))))
            .ToList();

    private static double OutsideCuts(Stretch s, IReadOnlyList<double> cuts, double margin)
    {
        var end = double.IsInfinity(s.End) ? double.MaxValue : s.End;
        var covered = cuts.Sum(c => Math.Max(0, Math.Min(end, c + margin) - Math.Max(s.Start, c - margin)));
        return end - s.Start - covered;
    }
}
