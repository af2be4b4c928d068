using System.Globalization;
using System.Xml;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// Final Cut Pro 7 XML (xmeml v4), Adobe's recommended way into every Premiere version (Resolve reads it too):
/// a video track and a dialogue track of the same files, each scene's video and audio linked, a sequence
/// marker per scene. One rate (24, not NTSC) everywhere, since mixed timebases shift in and out points, and the
/// audio channel count the file really has, which Premiere checks before it links.
/// </summary>
public static class XmemlWriter
{
    public const string Version = "4";

    public static byte[] Write(ExportTimeline timeline) => ExportXml.Write("xmeml", xml =>
    {
        var count = timeline.Scenes.Count;
        xml.WriteStartElement("xmeml");
        xml.WriteAttributeString("version", Version);
        xml.WriteStartElement("sequence");
        xml.WriteAttributeString("id", "sequence-1");
        xml.WriteElementString("name", timeline.Title);
        Element(xml, "duration", timeline.DurationFrames);
        Rate(xml);
        Timecode(xml);
        xml.WriteStartElement("media");

        xml.WriteStartElement("video");
        // Resolve shows every clip black unless <format> follows <video>.
        xml.WriteStartElement("format");
        xml.WriteStartElement("samplecharacteristics");
        Rate(xml);
        Element(xml, "width", timeline.Width);
        Element(xml, "height", timeline.Height);
        xml.WriteElementString("pixelaspectratio", "square");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("track");
        for (var i = 0; i < count; i++) ClipItem(xml, timeline.Scenes[i], i, count, video: true, timeline);
        TrackEnd(xml);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("audio");
        Element(xml, "numOutputChannels", 2);
        xml.WriteStartElement("format");
        AudioCharacteristics(xml, 48000);
        xml.WriteEndElement();
        // Premiere plays one channel per audio track: stereo clips get one track per channel, "exploded" as it writes them.
        var channels = Channels(timeline);
        for (var channel = 1; channel <= channels; channel++)
        {
            xml.WriteStartElement("track");
            if (channels == 2)
            {
                xml.WriteAttributeString("premiereTrackType", "Stereo");
                xml.WriteAttributeString("currentExplodedTrackIndex", (channel - 1).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("totalExplodedTrackCount", "2");
            }
            for (var i = 0; i < count; i++)
                if (timeline.Scenes[i].AudioChannels > 0) ClipItem(xml, timeline.Scenes[i], i, count, video: false, timeline, channel);
            TrackEnd(xml);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteEndElement();
        foreach (var scene in timeline.Scenes)
        {
            xml.WriteStartElement("marker");
            xml.WriteElementString("comment", scene.Heading);
            xml.WriteElementString("name", $"Sc {scene.SceneNumber}");
            Element(xml, "in", scene.StartFrame);
            Element(xml, "out", -1);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    /// <summary>1 for mono dialogue, 2 for stereo: the channel count of the clips, as Premiere checks it before linking.</summary>
    public static int Channels(ExportTimeline timeline) => Math.Clamp(timeline.Scenes.Max(s => s.AudioChannels), 0, 2);

    /// <summary>Video items are clipitem-1…N, the audio of channel c is c·N+1…(c+1)·N; each links to all of its scene's items.</summary>
    private static void ClipItem(XmlWriter xml, ExportScene scene, int index, int count, bool video, ExportTimeline timeline, int channel = 0)
    {
        string Id(int c) => $"clipitem-{c * count + index + 1}";
        xml.WriteStartElement("clipitem");
        xml.WriteAttributeString("id", Id(channel));
        xml.WriteElementString("masterclipid", $"masterclip-{index + 1}");
        xml.WriteElementString("name", scene.ClipName);
        xml.WriteElementString("enabled", "TRUE");
        Element(xml, "duration", scene.ClipFrames);
        Rate(xml);
        Element(xml, "start", scene.StartFrame);
        Element(xml, "end", scene.EndFrame);
        Element(xml, "in", 0);
        Element(xml, "out", scene.Frames);
        if (video) File(xml, scene, index, timeline);
        else
        {
            // The file was defined in full by the video item; later uses refer back to it.
            xml.WriteStartElement("file");
            xml.WriteAttributeString("id", $"file-{index + 1}");
            xml.WriteEndElement();
            xml.WriteStartElement("sourcetrack");
            xml.WriteElementString("mediatype", "audio");
            Element(xml, "trackindex", channel);
            xml.WriteEndElement();
        }
        Link(xml, Id(0), "video", 1, index, group: false);
        for (var c = 1; c <= Math.Min(scene.AudioChannels, 2); c++) Link(xml, Id(c), "audio", c, index, group: true);
        xml.WriteEndElement();
    }

    private static void File(XmlWriter xml, ExportScene scene, int index, ExportTimeline timeline)
    {
        xml.WriteStartElement("file");
        xml.WriteAttributeString("id", $"file-{index + 1}");
        xml.WriteElementString("name", scene.ClipFile);
        xml.WriteElementString("pathurl", "./" + BundleLayout.ClipPath(scene));
        Rate(xml);
        Element(xml, "duration", scene.ClipFrames);
        Timecode(xml);
        xml.WriteStartElement("media");
        xml.WriteStartElement("video");
        xml.WriteStartElement("samplecharacteristics");
        Rate(xml);
        Element(xml, "width", timeline.Width);
        Element(xml, "height", timeline.Height);
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (scene.AudioChannels > 0)
        {
            xml.WriteStartElement("audio");
            AudioCharacteristics(xml, scene.AudioRate);
            Element(xml, "channelcount", scene.AudioChannels);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string clipRef, string mediaType, int track, int index, bool group)
    {
        xml.WriteStartElement("link");
        xml.WriteElementString("linkclipref", clipRef);
        xml.WriteElementString("mediatype", mediaType);
        Element(xml, "trackindex", track);
        Element(xml, "clipindex", index + 1);
        if (group) Element(xml, "groupindex", 1);
        xml.WriteEndElement();
    }

    private static void AudioCharacteristics(XmlWriter xml, int sampleRate)
    {
        xml.WriteStartElement("samplecharacteristics");
        Element(xml, "depth", 16);
        Element(xml, "samplerate", sampleRate);
        xml.WriteEndElement();
    }

    private static void Timecode(XmlWriter xml)
    {
        xml.WriteStartElement("timecode");
        Rate(xml);
        xml.WriteElementString("string", Frames24.Timecode(0));
        Element(xml, "frame", 0);
        xml.WriteElementString("displayformat", "NDF");
        xml.WriteEndElement();
    }

    private static void Rate(XmlWriter xml)
    {
        xml.WriteStartElement("rate");
        Element(xml, "timebase", Frames24.Rate);
        xml.WriteElementString("ntsc", "FALSE");
        xml.WriteEndElement();
    }

    private static void TrackEnd(XmlWriter xml)
    {
        xml.WriteElementString("enabled", "TRUE");
        xml.WriteElementString("locked", "FALSE");
    }

    private static void Element(XmlWriter xml, string name, long value) =>
        xml.WriteElementString(name, value.ToString(CultureInfo.InvariantCulture));
}
