using System.Text;
using ScriptToMovie.Media.Subtitles;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// Whole-film SRT (SPEAKER: prefixes) and WebVTT (&lt;v SPEAKER&gt; voice spans) in timeline time, one track with
/// the speaker in the text. Cues are the timeline's frame-snapped lines, so they sit on the same frames as the
/// FCPXML captions and the EDL cuts.
/// </summary>
public static class SubtitleExport
{
    public static byte[] Srt(ExportTimeline timeline) => Utf8(SrtWriter.Write(Cues(timeline)));

    public static byte[] Vtt(ExportTimeline timeline) => Utf8(VttWriter.Write(Cues(timeline)));

    private static IEnumerable<SubtitleCue> Cues(ExportTimeline timeline) =>
        timeline.Lines.Select(l => new SubtitleCue(Frames24.ToTime(l.StartFrame), Frames24.ToTime(l.EndFrame), l.Speaker, l.Text));

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
