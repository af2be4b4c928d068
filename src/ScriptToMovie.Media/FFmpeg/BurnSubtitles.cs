using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>
/// Draws captions into the picture (for players that ignore soft subtitles). This re-encodes the video,
/// so it is optional and the audio is copied.
/// </summary>
public sealed record BurnSubtitles(string VideoPath, string SubtitlesPath, TimeSpan Duration)
{
    private const string Style = "FontName=DejaVu Sans,FontSize=18,Outline=1,Shadow=0,MarginV=24";

    public IReadOnlyList<string> Arguments(EncodingProfile profile, string outputPath) =>
    [
        "-i", VideoPath,
        "-vf", $"subtitles=filename={FFmpegText.FilterValue(SubtitlesPath)}:force_style={FFmpegText.FilterValue(Style)}," +
               $"format={profile.PixelFormat}",
        "-map", "0:v:0", "-map", "0:a:0?",
        .. profile.VideoArguments(),
        "-c:a", "copy",
        .. EncodingProfile.FinalFileArguments,
        outputPath,
    ];

    public Task RunAsync(
        ProcessRunner runner,
        EncodingProfile profile,
        string outputPath,
        string purpose = "burning the captions into the movie",
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        runner.RunFFmpegAsync(Arguments(profile, outputPath), purpose, Duration, progress, cancellationToken);
}
