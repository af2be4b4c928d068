using System.Text;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>README.txt of the bundle: which file opens in which editor, and how.</summary>
public static class BundleReadme
{
    public static byte[] Write(ExportTimeline timeline)
    {
        string F(string format) => BundleLayout.FileName(timeline, format);
        var text = new StringBuilder()
            .Append(timeline.Title).Append(" - export for editing\n\n")
            .Append($"{timeline.Scenes.Count} scenes, {Frames24.Timecode(timeline.DurationFrames)} at exactly 24 fps ({timeline.DurationFrames} frames), ")
            .Append($"{timeline.Width}x{timeline.Height} ({timeline.AspectRatio}). Every file below uses the same frames.\n\n")
            .Append("Keep this folder together: the timelines find the scene clips in clips/ next to them.\n\n")
            .Append($"{F("otio")}\n  OpenTimelineIO. DaVinci Resolve 18.5+: File > Import > Timeline. Premiere Pro 25.6+: File > Import.\n\n")
            .Append($"{F("fcpxml")}\n  FCPXML 1.10 with captions and scene markers. Final Cut Pro 10.6+: File > Import > XML.\n  DaVinci Resolve: File > Import > Timeline.\n\n")
            .Append($"{F("xml")}\n  Final Cut Pro 7 XML (xmeml v4). Premiere Pro (any version): File > Import.\n  DaVinci Resolve: File > Import > Timeline.\n\n")
            .Append($"{F("edl")}\n  CMX3600 EDL, one video track. Any editor. Resolve conforms by reel name: set\n")
            .Append("  Project Settings > General Options > \"Assist using reel names from: Source clip filename\".\n\n")
            .Append($"{F("srt")} / {F("vtt")}\n  Subtitles for the whole film with the speaker's name. Import them onto a subtitle or caption track.\n\n")
            .Append($"{F("pdf")}\n  The storyboard to print: one panel per scene.\n\n")
            .Append("clips/\n  The scene clips as they are in the movie (H.264 and AAC), SC001.mp4 = scene 1.\n");
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }
}
