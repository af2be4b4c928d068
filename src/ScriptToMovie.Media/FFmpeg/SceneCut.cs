using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>
/// One scene's stretch of a joined movie as its own file, without re-encoding. Exact because the movie was
/// joined from separately encoded clips (see <see cref="Concat"/>), so every scene starts on a keyframe.
/// </summary>
public sealed record SceneCut(string MoviePath, TimeSpan Start, TimeSpan Duration)
{
    public IReadOnlyList<string> Arguments(string outputPath) =>
    [
        "-ss", FFmpegText.Seconds(Start),
        "-i", MoviePath,
        "-t", FFmpegText.Seconds(Duration),
        "-map", "0:v:0", "-map", "0:a:0?",
        "-c", "copy",
        .. EncodingProfile.FinalFileArguments,
        outputPath,
    ];

    public Task RunAsync(ProcessRunner runner, string outputPath, CancellationToken cancellationToken = default) =>
        runner.RunFFmpegAsync(
            Arguments(outputPath),
            $"cutting a scene out of {Path.GetFileName(MoviePath)}",
            cancellationToken: cancellationToken);
}
