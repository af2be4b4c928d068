using System.Diagnostics;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Subtitles;
using ScriptToMovie.Media.Tests.Processes;
using SkiaSharp;

namespace ScriptToMovie.Media.Tests.FFmpeg;

public sealed class AssemblyRecipeTests : IDisposable
{
    private static readonly EncodingProfile Small = new(320, 180);
    private readonly TestFolder _folder = new();
    private readonly ProcessRunner _runner = SampleMedia.Runner;
    private readonly Probe _probe = new(SampleMedia.Runner);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Three_clips_join_without_re_encoding_into_a_movie_with_chapters_and_subtitles()
    {
        var tone = await SampleMedia.ToneWav(_folder.File("voice.wav"), 1.5);
        var parts = new List<ConcatPart>();
        string[] headings = ["INT. KITCHEN - DAY", "EXT. ROOF - NIGHT", "INT. CAR - DUSK"];
        double[] lengths = [2, 3.5, 2.5];
        for (var i = 0; i < 3; i++)
        {
            var clip = _folder.File($"scene {i + 1}.mp4");
            var length = await new MockClip(i + 1, headings[i], i == 1 ? tone : null, TimeSpan.FromSeconds(lengths[i]))
                .RunAsync(_runner, Small, clip);
            parts.Add(new ConcatPart(clip, length, headings[i]));
        }
        var srt = _folder.File("movie.srt");
        await SrtWriter.WriteAsync(srt,
        [
            new SubtitleCue(TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(4), "ALICE", "Up here!"),
        ]);
        var movie = _folder.File("movie.mp4");
        var clock = Stopwatch.StartNew();

        var total = await new Concat(parts, srt, "Test Movie").RunAsync(_runner, movie);

        var joinTime = clock.Elapsed;
        var info = await _probe.ReadAsync(movie);
        Assert.Equal(TimeSpan.FromSeconds(8), total);
        Assert.Equal(8.0, info.Duration.TotalSeconds, 0.05);
        Assert.Single(info.StreamsOfType("video"), s => s.CodecName == "h264");
        Assert.Single(info.StreamsOfType("audio"), s => s.CodecName == "aac");
        Assert.Single(info.StreamsOfType("subtitle"), s => s.CodecName == "mov_text");
        // MP4 players find chapters in a QuickTime text track, which ffprobe lists as a data stream.
        Assert.All(info.Streams.Skip(3), s => Assert.Equal("data", s.CodecType));
        Assert.Equal(headings, info.Chapters.Select(c => c.Title));
        Assert.Equal(info.Video!.Duration!.Value.TotalSeconds, info.Audio!.Duration!.Value.TotalSeconds, 0.0214);
        Assert.Equal([0.0, 2.0, 5.5], info.Chapters.Select(c => Math.Round(c.Start.TotalSeconds, 2)));
        // A stream copy of 8 s is a fraction of a second; re-encoding would show up as seconds.
        Assert.True(joinTime < TestTime.Seconds(2), $"joining took {joinTime}");
        Assert.True((await new VolumeDetect(movie, TimeSpan.FromSeconds(2.2), TimeSpan.FromSeconds(1)).RunAsync(_runner)).IsAudible);
        Assert.False((await new VolumeDetect(movie, TimeSpan.FromSeconds(0.2), TimeSpan.FromSeconds(1.5)).RunAsync(_runner)).IsAudible);
    }

    [Fact]
    public async Task Clips_of_odd_lengths_join_without_the_muxer_having_to_repair_timestamps_at_the_cuts()
    {
        var parts = new List<ConcatPart>();
        foreach (var seconds in new[] { 1.3, 2.05, 1.71, 2.9 })
        {
            var clip = _folder.File($"odd-{parts.Count}.mp4");
            var tone = await SampleMedia.ToneWav(_folder.File($"odd-{parts.Count}.wav"), seconds + 1);
            parts.Add(new ConcatPart(clip, await new MockClip(parts.Count + 1, "X", tone, TimeSpan.FromSeconds(seconds)).RunAsync(_runner, Small, clip), "X"));
        }
        var recipe = new Concat(parts);
        await File.WriteAllTextAsync(_folder.File("list.ffconcat"), recipe.ListFile());
        await File.WriteAllTextAsync(_folder.File("meta.ffmeta"), recipe.MetadataFile());

        var result = await _runner.RunFFmpegAsync(
            recipe.Arguments(_folder.File("list.ffconcat"), _folder.File("meta.ffmeta"), _folder.File("odd.mp4")), "joining");

        // Audio running into the next clip would show up as "Non-monotonous DTS" fix-ups at every cut.
        Assert.DoesNotContain("Non-monotonous", result.StandardError);
    }

    [Fact]
    public async Task A_trailer_is_a_title_card_and_quick_cuts_between_20_and_40_seconds()
    {
        var title = SampleMedia.Png(_folder.File("title.png"), 320, 180, hue: 5);
        var frames = Enumerable.Range(1, 3).Select(i => SampleMedia.Png(_folder.File($"s{i}.png"), 320, 180, (uint)i * 30)).ToList();
        var trailer = Trailer.Plan(title, frames);
        var output = _folder.File("trailer.mp4");

        var length = await trailer.RunAsync(_runner, new EncodingProfile(192, 108), output);

        var info = await _probe.ReadAsync(output);
        Assert.InRange(info.Duration.TotalSeconds, 20, 40);
        Assert.Equal(length.TotalSeconds, info.Duration.TotalSeconds, 0.05);
        Assert.Equal(["h264", "aac"], info.Streams.Select(s => s.CodecName));
        // Each cut fades through black: the first frame is dark, the middle of the title card is not, the
        // change to the first scene is dark again and the middle of that scene is bright.
        Assert.True(await Brightness(output, TimeSpan.Zero) < 20);
        Assert.True(await Brightness(output, TimeSpan.FromSeconds(2)) > 60);
        Assert.True(await Brightness(output, Trailer.TitleCardLength) < 20);
        Assert.True(await Brightness(output, Trailer.TitleCardLength + trailer.Cuts[1].Duration / 2) > 60);
    }

    [Fact]
    public async Task Burned_captions_appear_in_the_picture_even_from_an_awkward_file_name()
    {
        var clip = _folder.File("plain.mp4");
        await new MockClip(1, "", null, TimeSpan.FromSeconds(2)).RunAsync(_runner, Small, clip);
        var srt = _folder.File("it's: [captions], v1.srt");
        await SrtWriter.WriteAsync(srt, [new SubtitleCue(TimeSpan.Zero, TimeSpan.FromSeconds(2), "BOB", "WWWWWWWW")]);
        var burned = _folder.File("burned.mp4");

        await new BurnSubtitles(clip, srt, TimeSpan.FromSeconds(2)).RunAsync(_runner, Small, burned);

        Assert.Equal(2.0, (await _probe.DurationAsync(burned)).TotalSeconds, 0.05);
        Assert.True(await Brightness(burned, TimeSpan.FromSeconds(1)) > await Brightness(clip, TimeSpan.FromSeconds(1)));
    }

    private async Task<double> Brightness(string video, TimeSpan at)
    {
        var png = _folder.File($"grab-{Guid.NewGuid():N}.png");
        await new FrameGrab(video, at).RunAsync(_runner, png);
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.Pixels.Average(p => (p.Red + p.Green + p.Blue) / 3.0);
    }
}
