using System.Diagnostics;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Tests.Processes;
using SkiaSharp;
using Xunit.Abstractions;

namespace ScriptToMovie.Media.Tests.FFmpeg;

public sealed class ClipRecipeTests(ITestOutputHelper output) : IDisposable
{
    private static readonly EncodingProfile Small = new(320, 180);
    private readonly TestFolder _folder = new();
    private readonly ProcessRunner _runner = SampleMedia.Runner;
    private readonly Probe _probe = new(SampleMedia.Runner);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_still_becomes_an_hd_clip_of_exactly_the_scene_length_with_its_audio()
    {
        var frame = SampleMedia.Png(_folder.File("frame.png"), 1280, 720);
        var voice = await SampleMedia.ToneWav(_folder.File("voice.wav"), 3.2);
        var clip = _folder.File("clip.mp4");
        var clock = Stopwatch.StartNew();

        var length = await new StillToClip(frame, voice, TimeSpan.FromSeconds(5), CameraMove.ZoomIn)
            .RunAsync(_runner, EncodingProfile.Landscape, clip, "making the clip for scene 1");

        output.WriteLine($"5 s 1280x720 clip encoded in {clock.Elapsed.TotalSeconds:0.00} s");
        var info = await _probe.ReadAsync(clip);
        Assert.Equal(TimeSpan.FromSeconds(5), length);
        Assert.Equal(5.0, info.Duration.TotalSeconds, 0.05);
        Assert.Equal(["h264", "aac"], info.Streams.Select(s => s.CodecName));
        Assert.Equal((1280, 720), (info.Width, info.Height));
        Assert.Equal("yuv420p", info.Video!.PixelFormat);
        Assert.Equal((48000, 2), (info.Audio!.SampleRate, info.Audio.Channels));
        Assert.True((await new VolumeDetect(clip, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2)).RunAsync(_runner)).IsAudible);
        Assert.False((await new VolumeDetect(clip, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(1.4)).RunAsync(_runner)).IsAudible);
    }

    [Fact]
    public async Task A_zoom_stays_centred_instead_of_drifting_to_the_top_left_corner()
    {
        var frame = _folder.File("target.png");
        DrawTarget(frame, 320, 180);
        var clip = _folder.File("zoom.mp4");
        await new StillToClip(frame, null, TimeSpan.FromSeconds(2), CameraMove.ZoomIn).RunAsync(_runner, Small, clip);

        var first = await Grab(clip, TimeSpan.Zero);
        var last = await Grab(clip, TimeSpan.FromSeconds(1.95));

        // The red disc in the middle stays in the middle, and grows.
        Assert.True(IsRed(first.GetPixel(160, 90)));
        Assert.True(IsRed(last.GetPixel(160, 90)));
        Assert.True(CountRed(last) > CountRed(first) * 1.15);
        Assert.False((await new VolumeDetect(clip).RunAsync(_runner)).IsAudible);
    }

    [Fact]
    public async Task A_pan_right_moves_the_picture_so_its_right_side_comes_into_view()
    {
        var frame = _folder.File("target.png");
        DrawTarget(frame, 320, 180);
        var clip = _folder.File("pan.mp4");
        await new StillToClip(frame, null, TimeSpan.FromSeconds(2), CameraMove.PanRight).RunAsync(_runner, Small, clip);

        var first = await Grab(clip, TimeSpan.Zero);
        var last = await Grab(clip, TimeSpan.FromSeconds(1.95));

        Assert.True(RedCentreX(last) < RedCentreX(first) - 10);
    }

    [Fact]
    public async Task A_mock_clip_is_a_captioned_card_even_for_headings_full_of_punctuation()
    {
        var clip = _folder.File("mock.mp4");

        var length = await new MockClip(2, "INT. O'MALLEY'S BAR: 100% [LATER], NIGHT", null, TimeSpan.FromSeconds(3))
            .RunAsync(_runner, Small, clip);

        var info = await _probe.ReadAsync(clip);
        Assert.Equal(3.0, info.Duration.TotalSeconds, 0.05);
        Assert.Equal(TimeSpan.FromSeconds(3), length);
        Assert.Equal(["h264", "aac"], info.Streams.Select(s => s.CodecName));
        using var picture = await Grab(clip, TimeSpan.FromSeconds(1));
        Assert.True(CountBright(picture) > 100, "the caption should be drawn in white");
    }

    [Fact]
    public async Task A_clip_from_a_missing_frame_fails_with_the_scene_in_the_message()
    {
        var error = await Assert.ThrowsAsync<MediaProcessException>(() =>
            new StillToClip(_folder.File("gone.png"), null, TimeSpan.FromSeconds(1))
                .RunAsync(_runner, Small, _folder.File("x.mp4"), "making the clip for scene 2"));

        Assert.Equal("Video encoding failed while making the clip for scene 2.", error.UserMessage);
        Assert.Contains("gone.png", error.StderrTail);
    }

    [Fact]
    public async Task A_grabbed_frame_has_the_size_of_the_video()
    {
        var clip = _folder.File("mock.mp4");
        await new MockClip(1, "INT. HALL - DAY", null, TimeSpan.FromSeconds(1)).RunAsync(_runner, Small, clip);

        using var picture = await Grab(clip, TimeSpan.FromSeconds(0.5));

        Assert.Equal((320, 180), (picture.Width, picture.Height));
    }

    private async Task<SKBitmap> Grab(string clip, TimeSpan at)
    {
        var png = _folder.File($"grab-{Guid.NewGuid():N}.png");
        await new FrameGrab(clip, at).RunAsync(_runner, png);
        return SKBitmap.Decode(png);
    }

    private static void DrawTarget(string path, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(30, 40, 60));
            using var paint = new SKPaint { IsAntialias = true, Color = SKColors.Red };
            canvas.DrawCircle(width / 2f, height / 2f, height / 8f, paint);
            paint.Color = SKColors.LightGreen;
            canvas.DrawRect(8, 8, 30, 30, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }

    private static bool IsRed(SKColor c) => c.Red > 180 && c.Green < 90 && c.Blue < 90;

    private static IEnumerable<(int X, int Y)> Pixels(SKBitmap b) =>
        from y in Enumerable.Range(0, b.Height) from x in Enumerable.Range(0, b.Width) select (x, y);

    private static int CountRed(SKBitmap b) => Pixels(b).Count(p => IsRed(b.GetPixel(p.X, p.Y)));

    private static int CountBright(SKBitmap b) =>
        Pixels(b).Count(p => b.GetPixel(p.X, p.Y) is { Red: > 200, Green: > 200, Blue: > 200 });

    private static double RedCentreX(SKBitmap b) => Pixels(b).Where(p => IsRed(b.GetPixel(p.X, p.Y))).Average(p => p.X);
}
