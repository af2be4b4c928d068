using System.Globalization;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>
/// The one set of encoding parameters every clip of a movie shares. Because codec, size, frame rate,
/// pixel format and audio layout are identical, the clips join with <c>-c copy</c> and are never re-encoded.
/// </summary>
public sealed record EncodingProfile(
    int Width,
    int Height,
    int FramesPerSecond = 24,
    string VideoCodec = "libx264",
    string Preset = "veryfast",
    int Crf = 23,
    string PixelFormat = "yuv420p",
    string AudioCodec = "aac",
    int AudioChannels = 2,
    int SampleRate = 48000,
    string AudioBitrate = "128k")
{
    public static EncodingProfile Landscape { get; } = new(1280, 720);
    public static EncodingProfile Portrait { get; } = new(720, 1280);
    public static EncodingProfile Square { get; } = new(1080, 1080);

    /// <summary>The profile for an output aspect: "16:9" (default), "9:16" or "1:1".</summary>
    public static EncodingProfile ForAspect(string? aspect) => aspect?.Trim() switch
    {
        null or "" or "16:9" => Landscape,
        "9:16" => Portrait,
        "1:1" => Square,
        _ => throw new ArgumentException($"Unknown aspect '{aspect}'; use 16:9, 9:16 or 1:1.", nameof(aspect)),
    };

    public string Size => $"{Width}x{Height}";

    /// <summary>The length of one video frame; clip durations are rounded to it so video and chapters agree.</summary>
    public TimeSpan FrameDuration => TimeSpan.FromSeconds(1.0 / FramesPerSecond);

    /// <summary>Whole frames covering <paramref name="duration"/>, never fewer than one.</summary>
    public int FramesFor(TimeSpan duration) => Math.Max(1, (int)Math.Round(duration.TotalSeconds * FramesPerSecond));

    /// <summary><paramref name="duration"/> rounded to whole frames: the length a clip really gets.</summary>
    public TimeSpan Snap(TimeSpan duration) => TimeSpan.FromSeconds((double)FramesFor(duration) / FramesPerSecond);

    /// <summary>AAC codes audio in frames of this many samples.</summary>
    public const int AacFrameSamples = 1024;

    /// <summary>The audio samples a clip of <paramref name="duration"/> gets: whole AAC frames that fit in its picture.</summary>
    public long AudioSamplesFor(TimeSpan duration) =>
        (long)Math.Floor(Snap(duration).TotalSeconds * SampleRate / AacFrameSamples) * AacFrameSamples;

    public IReadOnlyList<string> VideoArguments() =>
    [
        "-c:v", VideoCodec, "-preset", Preset, "-crf", Invariant(Crf),
        "-pix_fmt", PixelFormat, "-r", Invariant(FramesPerSecond),
    ];

    public IReadOnlyList<string> AudioArguments() =>
    [
        "-c:a", AudioCodec, "-b:a", AudioBitrate, "-ar", Invariant(SampleRate), "-ac", Invariant(AudioChannels),
    ];

    /// <summary>
    /// For files people play (the movie, the trailer): the index moves to the front, so playback starts before
    /// the whole file has downloaded. That costs a second pass over the file, so clips that are only joined
    /// into the movie don't get it.
    /// </summary>
    public static IReadOnlyList<string> FinalFileArguments { get; } = ["-movflags", "+faststart"];

    /// <summary>An ffmpeg lavfi source of silence in this profile's audio layout.</summary>
    public string SilenceSource => $"anullsrc=r={SampleRate}:cl={(AudioChannels == 1 ? "mono" : "stereo")}";

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
