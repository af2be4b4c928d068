namespace ScriptToMovie.Media.Processes;

/// <summary>What ffprobe says about a media file.</summary>
public sealed record MediaInfo(TimeSpan Duration, IReadOnlyList<MediaStream> Streams, IReadOnlyList<MediaChapter> Chapters)
{
    public IEnumerable<MediaStream> StreamsOfType(string codecType) =>
        Streams.Where(s => string.Equals(s.CodecType, codecType, StringComparison.OrdinalIgnoreCase));

    public MediaStream? Video => StreamsOfType("video").FirstOrDefault();
    public MediaStream? Audio => StreamsOfType("audio").FirstOrDefault();
    public int? Width => Video?.Width;
    public int? Height => Video?.Height;
    public int ChapterCount => Chapters.Count;
}

/// <param name="CodecType">video, audio, subtitle or data.</param>
/// <param name="CodecName">e.g. h264, aac, mov_text, pcm_s16le.</param>
public sealed record MediaStream(
    int Index,
    string CodecType,
    string CodecName,
    int? Width,
    int? Height,
    int? SampleRate,
    int? Channels,
    TimeSpan? Duration,
    string? PixelFormat,
    double? FramesPerSecond);

public sealed record MediaChapter(TimeSpan Start, TimeSpan End, string? Title);
