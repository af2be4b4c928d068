using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>
/// A generated video (any size, frame rate and length) → a clip in the movie's profile that lasts exactly
/// <see cref="Duration"/>: scaled and cropped to fill the frame, its own sound replaced by the scene's audio
/// (or silence), and its last frame held when the speech runs longer than the video.
/// </summary>
public sealed record FitClip(string VideoPath, string? AudioPath, TimeSpan Duration)
{
    public IReadOnlyList<string> Arguments(EncodingProfile profile, string outputPath)
    {
        var length = profile.Snap(Duration);
        // tpad may clone the last frame for the whole clip length; -t cuts the output, so only what is needed is made.
        var video =
            $"[0:v]scale={profile.Width}:{profile.Height}:force_original_aspect_ratio=increase," +
            $"crop={profile.Width}:{profile.Height},setsar=1,fps={profile.FramesPerSecond}," +
            $"tpad=stop_mode=clone:stop_duration={FFmpegText.Seconds(length)},format={profile.PixelFormat}[v]";
        return
        [
            "-i", VideoPath,
            .. AudioInput.Arguments(AudioPath, profile),
            "-filter_complex", $"{video};{AudioInput.Filter("1:a", profile, length)}[a]",
            "-map", "[v]", "-map", "[a]",
            .. profile.VideoArguments(),
            .. profile.AudioArguments(),
            "-t", FFmpegText.Seconds(length),
            outputPath,
        ];
    }

    /// <returns>The clip's real length: <see cref="Duration"/> rounded to whole frames.</returns>
    public async Task<TimeSpan> RunAsync(
        ProcessRunner runner,
        EncodingProfile profile,
        string outputPath,
        string? purpose = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var length = profile.Snap(Duration);
        await runner.RunFFmpegAsync(
            Arguments(profile, outputPath),
            purpose ?? $"fitting {Path.GetFileName(VideoPath)} to the movie",
            length, progress, cancellationToken);
        return length;
    }
}
