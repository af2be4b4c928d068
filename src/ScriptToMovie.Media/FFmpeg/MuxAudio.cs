using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>
/// Replaces a clip's audio with another track, padded with silence or cut to the clip's length. The picture
/// is copied, so this is fast and the clip keeps the profile it was encoded with.
/// </summary>
public sealed record MuxAudio(string ClipPath, string AudioPath, TimeSpan ClipDuration)
{
    public IReadOnlyList<string> Arguments(EncodingProfile profile, string outputPath) =>
    [
        "-i", ClipPath,
        "-i", AudioPath,
        "-filter_complex", $"{AudioInput.Filter("1:a", profile, ClipDuration)}[a]",
        "-map", "0:v:0", "-map", "[a]",
        "-c:v", "copy",
        .. profile.AudioArguments(),
        "-t", FFmpegText.Seconds(ClipDuration),
        outputPath,
    ];

    public Task RunAsync(
        ProcessRunner runner,
        EncodingProfile profile,
        string outputPath,
        string? purpose = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        runner.RunFFmpegAsync(
            Arguments(profile, outputPath),
            purpose ?? $"adding sound to {Path.GetFileName(ClipPath)}",
            ClipDuration, progress, cancellationToken);
}
