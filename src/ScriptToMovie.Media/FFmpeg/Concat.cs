using System.Text;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

/// <param name="Duration">The clip's length, as its recipe returned it; it places the next clip and the chapter marks.</param>
/// <param name="Title">The chapter title, usually the scene heading.</param>
public sealed record ConcatPart(string ClipPath, TimeSpan Duration, string Title);

/// <summary>
/// Joins clips that share one <see cref="EncodingProfile"/> into the movie without re-encoding (concat demuxer,
/// <c>-c copy</c>), with one chapter per clip, an optional soft subtitle track and <c>+faststart</c>.
/// </summary>
public sealed record Concat(IReadOnlyList<ConcatPart> Parts, string? SubtitlesPath = null, string? MovieTitle = null)
{
    public TimeSpan TotalDuration => Parts.Aggregate(TimeSpan.Zero, (sum, part) => sum + part.Duration);

    /// <summary>The concat demuxer's list: every clip with its duration, so offsets are exact sums.</summary>
    public string ListFile()
    {
        var list = new StringBuilder("ffconcat version 1.0\n");
        foreach (var part in Parts)
        {
            // Inside single quotes the only special character is the quote itself: close, escape, reopen.
            list.Append("file '").Append(Path.GetFullPath(part.ClipPath).Replace("'", @"'\''")).Append("'\n");
            list.Append("duration ").Append(FFmpegText.Seconds(part.Duration)).Append('\n');
        }
        return list.ToString();
    }

    /// <summary>An FFMETADATA file with one chapter per part, titled with the part's title.</summary>
    public string MetadataFile()
    {
        var meta = new StringBuilder(";FFMETADATA1\n");
        if (MovieTitle is not null) meta.Append("title=").Append(EscapeMetadata(MovieTitle)).Append('\n');
        var start = TimeSpan.Zero;
        foreach (var part in Parts)
        {
            var end = start + part.Duration;
            meta.Append("[CHAPTER]\nTIMEBASE=1/1000\n")
                .Append("START=").Append((long)Math.Round(start.TotalMilliseconds)).Append('\n')
                .Append("END=").Append((long)Math.Round(end.TotalMilliseconds)).Append('\n')
                .Append("title=").Append(EscapeMetadata(part.Title)).Append('\n');
            start = end;
        }
        return meta.ToString();
    }

    public IReadOnlyList<string> Arguments(string listFile, string metadataFile, string outputPath)
    {
        var withSubtitles = SubtitlesPath is not null;
        return
        [
            "-f", "concat", "-safe", "0", "-i", listFile,
            "-f", "ffmetadata", "-i", metadataFile,
            .. withSubtitles ? new[] { "-i", SubtitlesPath! } : [],
            "-map", "0:v:0", "-map", "0:a:0",
            .. withSubtitles ? new[] { "-map", "2:s:0" } : [],
            "-map_metadata", "1", "-map_chapters", "1",
            "-c", "copy",
            // MP4 players read subtitles as mov_text; converting the text track costs nothing.
            .. withSubtitles ? new[] { "-c:s", "mov_text", "-metadata:s:s:0", "language=eng" } : [],
            .. EncodingProfile.FinalFileArguments,
            outputPath,
        ];
    }

    /// <returns>The movie's duration: the sum of the parts.</returns>
    public async Task<TimeSpan> RunAsync(
        ProcessRunner runner,
        string outputPath,
        string purpose = "joining the scenes into the movie",
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (Parts.Count == 0) throw new InvalidOperationException("There are no clips to join.");
        var work = runner.Work.CreateSubdirectory("s2m-concat-");
        try
        {
            var listFile = Path.Combine(work.FullName, "clips.ffconcat");
            var metadataFile = Path.Combine(work.FullName, "chapters.ffmeta");
            await File.WriteAllTextAsync(listFile, ListFile(), cancellationToken);
            await File.WriteAllTextAsync(metadataFile, MetadataFile(), cancellationToken);
            await runner.RunFFmpegAsync(
                Arguments(listFile, metadataFile, outputPath), purpose, TotalDuration, progress, cancellationToken);
            return TotalDuration;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string EscapeMetadata(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings(" "))
        {
            if (c is '=' or ';' or '#' or '\\') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
