using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>
/// One still frame (+ the scene's audio, or silence) → a clip of exactly <see cref="Duration"/> with a slow camera move.
/// </summary>
public sealed record StillToClip(string ImagePath, string? AudioPath, TimeSpan Duration, CameraMove Move = CameraMove.ZoomIn)
{
    /// <summary>
    /// The frame is enlarged once before zoompan, so its crop positions become fractions of an output pixel:
    /// the move is smooth instead of jittering. zoompan snaps the crop to even pixels (yuv420p halves chroma),
    /// so at 3× a slow pan steps by 2/3 of an output pixel; at 2× it stepped by a whole pixel, measurably
    /// less even. zoompan turns the single decoded frame into every output frame, so the image is decoded and
    /// scaled once, not 24 times a second.
    /// </summary>
    internal const int Oversample = 3;

    public IReadOnlyList<string> Arguments(EncodingProfile profile, string outputPath)
    {
        var frames = profile.FramesFor(Duration);
        var (zoom, x, y) = CameraMoves.ZoompanExpressions(Move, frames);
        int bigW = profile.Width * Oversample, bigH = profile.Height * Oversample;
        var video =
            $"[0:v]scale={bigW}:{bigH}:force_original_aspect_ratio=increase,crop={bigW}:{bigH},setsar=1," +
            $"zoompan=z='{zoom}':x='{x}':y='{y}':d={frames}:s={profile.Size}:fps={profile.FramesPerSecond}," +
            $"format={profile.PixelFormat}[v]";

        return
        [
            "-i", ImagePath,
            .. AudioInput.Arguments(AudioPath, profile),
            "-filter_complex", $"{video};{AudioInput.Filter("1:a", profile, Duration)}[a]",
            "-map", "[v]", "-map", "[a]",
            .. profile.VideoArguments(),
            .. profile.AudioArguments(),
            "-t", FFmpegText.Seconds(profile.Snap(Duration)),
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
            purpose ?? $"making a clip from {Path.GetFileName(ImagePath)}",
            length, progress, cancellationToken);
        return length;
    }
}
