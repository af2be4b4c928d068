using System.Text;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// CMX3600, the cut list every editor reads: one event per scene on one video track with its audio (AA/V), reel
/// names of at most 8 letters and digits (the clip's file stem, so Resolve's "reel name from source clip
/// filename" conforms), clip names and scene markers in comments. No FROM CLIP path lines: Premiere names such
/// clips UNKNOWN.
/// </summary>
public static class EdlWriter
{
    public const int MaxReel = 8;

    public static byte[] Write(ExportTimeline timeline)
    {
        var edl = new StringBuilder();
        edl.Append("TITLE: ").Append(Title(timeline.Title)).Append('\n');
        edl.Append("FCM: NON-DROP FRAME\n\n");
        var number = 0;
        foreach (var scene in timeline.Scenes)
        {
            var channels = scene.AudioChannels > 0 ? "AA/V" : "V";
            edl.Append($"{++number:000}  {Reel(scene),-8} {channels,-5} C        ")
                .Append(Frames24.Timecode(0)).Append(' ').Append(Frames24.Timecode(scene.Frames)).Append(' ')
                .Append(Frames24.Timecode(scene.StartFrame)).Append(' ').Append(Frames24.Timecode(scene.EndFrame)).Append('\n');
            edl.Append("* FROM CLIP NAME:  ").Append(scene.ClipFile).Append('\n');
            edl.Append("* LOC: ").Append(Frames24.Timecode(scene.StartFrame)).Append(" RED     ")
                .Append(OneLine($"SC {scene.SceneNumber} {scene.Heading}")).Append('\n');
        }
        return new UTF8Encoding(false).GetBytes(edl.ToString());
    }

    /// <summary>Only letters and digits, at most 8: the rule of the CMX3600 reel field.</summary>
    public static string Reel(ExportScene scene)
    {
        var reel = new string([.. scene.Reel.Where(char.IsAsciiLetterOrDigit)]).ToUpperInvariant();
        return reel.Length == 0 ? "AX" : reel.Length > MaxReel ? reel[..MaxReel] : reel;
    }

    private static string Title(string title)
    {
        var line = OneLine(title).ToUpperInvariant();
        return line.Length > 70 ? line[..70] : line;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
