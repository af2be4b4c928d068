using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>One frame of a video at a time, as a PNG: thumbnails, and a look inside clips in tests.</summary>
public sealed record FrameGrab(string VideoPath, TimeSpan At)
{
    public IReadOnlyList<string> Arguments(string outputPath) =>
    [
        // -ss before -i seeks by keyframe index, then decodes up to the exact time: fast and exact.
        "-ss", FFmpegText.Seconds(At),
        "-i", VideoPath,
        "-frames:v", "1",
        "-update", "1",
        outputPath,
    ];

    public Task RunAsync(ProcessRunner runner, string outputPath, CancellationToken cancellationToken = default) =>
        runner.RunFFmpegAsync(
            Arguments(outputPath),
            $"taking a picture from {Path.GetFileName(VideoPath)}",
            cancellationToken: cancellationToken);
}
