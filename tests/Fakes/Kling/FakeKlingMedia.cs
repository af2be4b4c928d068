using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Fakes.Kling;

/// <summary>
/// The fake's results: small real MP4s (made once per test process with the media library, the way a real
/// Kling video is an H.264/AAC MP4 whose length is not round) and a small test-card PNG for image tasks.
/// </summary>
public static class FakeKlingMedia
{
    public const int Width = 320;
    public const int Height = 180;

    private static readonly Lazy<Task<Results>> Made = new(MakeAsync);

    private sealed record Results(byte[] FiveSeconds, byte[] TenSeconds, byte[] Png);

    /// <summary>Real Kling clips run a little past the requested length (e.g. 5.041 s).</summary>
    public static double SecondsFor(string duration) => duration == "10" ? 10.041 : 5.041;

    public static async Task<byte[]> VideoAsync(string duration)
    {
        var r = await Made.Value;
        return duration == "10" ? r.TenSeconds : r.FiveSeconds;
    }

    public static async Task<byte[]> ImageAsync() => (await Made.Value).Png;

    internal static Task WarmUpAsync() => Made.Value;

    private static async Task<Results> MakeAsync()
    {
        var runner = new ProcessRunner(MediaTools.FromEnvironment(), TimeSpan.FromSeconds(2));
        var dir = Directory.CreateTempSubdirectory("fake-kling-").FullName;
        try
        {
            var profile = new EncodingProfile(Width, Height, Preset: "ultrafast");
            var five = Path.Combine(dir, "five.mp4");
            var ten = Path.Combine(dir, "ten.mp4");
            var png = Path.Combine(dir, "frame.png");
            await new MockClip(1, "Kling fake result", null, TimeSpan.FromSeconds(SecondsFor("5"))).RunAsync(runner, profile, five, "making the fake Kling result");
            await new MockClip(1, "Kling fake result", null, TimeSpan.FromSeconds(SecondsFor("10"))).RunAsync(runner, profile, ten, "making the fake Kling result");
            await runner.RunFFmpegAsync(
                // A picture, not a flat colour, at the 7:4 shape Kling returns for 16:9 (1344x768 scaled down), so a
                // client has to fit it to the movie's frame.
                ["-f", "lavfi", "-i", "testsrc2=s=448x256", "-frames:v", "1", png],
                "making the fake Kling image");
            return new Results(await File.ReadAllBytesAsync(five), await File.ReadAllBytesAsync(ten), await File.ReadAllBytesAsync(png));
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }
}
