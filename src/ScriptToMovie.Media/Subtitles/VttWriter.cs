using System.Net;
using System.Text;

namespace ScriptToMovie.Media.Subtitles;

/// <summary>WebVTT for the browser player: <c>HH:MM:SS.mmm</c> times and a voice tag per speaker.</summary>
public static class VttWriter
{
    public static string Write(IEnumerable<SubtitleCue> cues)
    {
        var vtt = new StringBuilder("WEBVTT\n\n");
        foreach (var cue in cues.OrderBy(c => c.Start))
        {
            vtt.Append(Timestamp(cue.Start)).Append(" --> ").Append(Timestamp(cue.End)).Append('\n');
            var rows = CaptionText.Rows(cue.Text).Select(WebUtility.HtmlEncode);
            var body = string.Join('\n', rows);
            // The voice tag names the speaker for players and screen readers; its annotation may not hold '>'.
            vtt.Append(cue.Speaker is { Length: > 0 } speaker ? $"<v {speaker.Replace(">", "")}>{body}" : body)
                .Append("\n\n");
        }
        return vtt.ToString();
    }

    public static Task WriteAsync(string path, IEnumerable<SubtitleCue> cues, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, Write(cues), new UTF8Encoding(false), cancellationToken);

    public static string Timestamp(TimeSpan time)
    {
        var ms = Math.Max(0, (long)Math.Round(time.TotalMilliseconds));
        return $"{ms / 3_600_000:00}:{ms / 60_000 % 60:00}:{ms / 1000 % 60:00}.{ms % 1000:000}";
    }
}
