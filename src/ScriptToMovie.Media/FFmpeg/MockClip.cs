using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>
/// The seed's Stage 1 placeholder: a plain card reading "Scene N – heading", made locally, in the same
/// encoding profile as every other clip so it joins the movie without re-encoding.
/// </summary>
public sealed record MockClip(int SceneNumber, string Heading, string? AudioPath, TimeSpan Duration)
{
    public const string DefaultFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const string Background = "0x1f2a36";

    public string Caption => $"Scene {SceneNumber} – {Heading}";

    /// <param name="captionFile">
    /// A UTF-8 file holding <see cref="Caption"/>. drawtext reads it verbatim, which avoids escaping
    /// headings full of colons, quotes and percent signs; <see cref="RunAsync"/> writes it.
    /// </param>
    public IReadOnlyList<string> Arguments(EncodingProfile profile, string captionFile, string outputPath, string fontFile = DefaultFontFile)
    {
        var fontSize = Math.Max(12, Math.Min(profile.Width, profile.Height) / 16);
        var video =
            $"color=c={Background}:s={profile.Size}:r={profile.FramesPerSecond}," +
            $"drawtext=fontfile={FFmpegText.FilterValue(fontFile)}:textfile={FFmpegText.FilterValue(captionFile)}:expansion=none:" +
            $"fontcolor=white:fontsize={fontSize}:x=(w-text_w)/2:y=(h-text_h)/2,format={profile.PixelFormat}[v]";
        return
        [
            .. AudioInput.Arguments(AudioPath, profile),
            "-filter_complex", $"{video};{AudioInput.Filter("0:a", profile, Duration)}[a]",
            "-map", "[v]", "-map", "[a]",
            .. profile.VideoArguments(),
            .. profile.AudioArguments(),
            "-t", FFmpegText.Seconds(profile.Snap(Duration)),
            outputPath,
        ];
    }

    public async Task<TimeSpan> RunAsync(
        ProcessRunner runner,
        EncodingProfile profile,
        string outputPath,
        string? purpose = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var captionFile = runner.Work.File($"s2m-caption-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(captionFile, Caption, cancellationToken);
        try
        {
            var length = profile.Snap(Duration);
            await runner.RunFFmpegAsync(
                Arguments(profile, captionFile, outputPath),
                purpose ?? $"making the placeholder clip for scene {SceneNumber}",
                length, progress, cancellationToken);
            return length;
        }
        finally
        {
            File.Delete(captionFile);
        }
    }
}
