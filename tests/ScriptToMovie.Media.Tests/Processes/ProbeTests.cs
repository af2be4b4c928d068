using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.Tests.Processes;

public sealed class ProbeTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly Probe _probe = new(SampleMedia.Runner);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Probe_reports_duration_streams_and_picture_size()
    {
        var file = _folder.File("av.mp4");
        await SampleMedia.Runner.RunFFmpegAsync(
            [
                "-f", "lavfi", "-i", "testsrc2=s=192x108:r=24:d=2",
                "-f", "lavfi", "-i", "sine=frequency=300:sample_rate=48000:duration=2",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", file,
            ],
            "making a test clip");

        var info = await _probe.ReadAsync(file);

        Assert.Equal(2.0, info.Duration.TotalSeconds, 0.05);
        Assert.Equal(["h264", "aac"], info.Streams.Select(s => s.CodecName));
        Assert.Equal(["video", "audio"], info.Streams.Select(s => s.CodecType));
        Assert.Equal((192, 108), (info.Width, info.Height));
        Assert.Equal(24, info.Video!.FramesPerSecond!.Value, 0.01);
        Assert.Equal(48000, info.Audio!.SampleRate);
        Assert.Equal(0, info.ChapterCount);
    }

    [Fact]
    public async Task Probing_a_file_that_is_not_media_fails_with_a_sentence()
    {
        var text = _folder.File("notes.txt");
        await File.WriteAllTextAsync(text, "not a video");

        var error = await Assert.ThrowsAsync<MediaProcessException>(() => _probe.ReadAsync(text));

        Assert.Equal("Reading a media file failed while reading notes.txt.", error.UserMessage);
    }

    [Fact]
    public async Task A_wav_duration_read_from_its_header_matches_ffprobe()
    {
        var wav = await SampleMedia.ToneWav(_folder.File("tone.wav"), 1.25);

        var fromHeader = AudioDuration.TryReadWav(wav);
        var measured = await new AudioDuration(_probe).ReadAsync(wav);

        Assert.NotNull(fromHeader);
        Assert.Equal(1.25, fromHeader.Value.TotalSeconds, 0.001);
        Assert.Equal((await _probe.DurationAsync(wav)).TotalSeconds, measured.TotalSeconds, 0.001);
    }
}
