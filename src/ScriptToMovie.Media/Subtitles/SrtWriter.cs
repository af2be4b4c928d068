using System.Text;

namespace ScriptToMovie.Media.Subtitles;

/// <summary>SubRip: numbered cues, <c>HH:MM:SS,mmm</c> times, the speaker's name before the line.</summary>
public static class SrtWriter
{
    public static string Write(IEnumerable<SubtitleCue> cues)
    {
        var srt = new StringBuilder();
        var number = 1;
        foreach (var cue in cues.OrderBy(c => c.Start))
        {
            srt.Append(number++).Append('\n')
                .Append(Timestamp(cue.Start)).Append(" --> ").Append(Timestamp(cue.End)).Append('\n');
            var labelled = cue.Speaker is { Length: > 0 } speaker ? $"{speaker}: {cue.Text}" : cue.Text;
            foreach (var row in CaptionText.Rows(labelled)) srt.Append(row).Append('\n');
            srt.Append('\n');
        }
        return srt.ToString();
    }

    public static Task WriteAsync(string path, IEnumerable<SubtitleCue> cues, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, Write(cues), new UTF8Encoding(false), cancellationToken);

    public static string Timestamp(TimeSpan time)
    {
        var ms = Math.Max(0, (long)Math.Round(time.TotalMilliseconds));
        return $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00},{ms % 1000:000}";
    }
}
