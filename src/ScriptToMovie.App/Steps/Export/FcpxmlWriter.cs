using System.Globalization;
using System.Xml;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// FCPXML 1.10 for Final Cut Pro (and Resolve): one format shared by the sequence and every clip so nothing is
/// conformed, asset-clips that bring their audio, a caption per line of dialogue (speaker in the text: caption
/// roles are format and language, not people) and a marker per scene. Element order follows the 1.10 DTD,
/// which Final Cut Pro enforces by refusing the whole file.
/// </summary>
public static class FcpxmlWriter
{
    public const string Version = "1.10";

    public static byte[] Write(ExportTimeline timeline) => ExportXml.Write("fcpxml", xml =>
    {
        xml.WriteStartElement("fcpxml");
        xml.WriteAttributeString("version", Version);

        xml.WriteStartElement("resources");
        xml.WriteStartElement("format");
        xml.WriteAttributeString("id", "r1");
        if (FormatName(timeline.Width, timeline.Height) is { } name) xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("frameDuration", Frames24.Rational(1));
        xml.WriteAttributeString("width", Number(timeline.Width));
        xml.WriteAttributeString("height", Number(timeline.Height));
        xml.WriteAttributeString("colorSpace", "1-1-1 (Rec. 709)");
        xml.WriteEndElement();
        foreach (var scene in timeline.Scenes) Asset(xml, scene);
        xml.WriteEndElement();

        xml.WriteStartElement("library");
        xml.WriteStartElement("event");
        xml.WriteAttributeString("name", timeline.Title);
        xml.WriteStartElement("project");
        xml.WriteAttributeString("name", timeline.Title);
        xml.WriteStartElement("sequence");
        xml.WriteAttributeString("format", "r1");
        xml.WriteAttributeString("duration", Frames24.Rational(timeline.DurationFrames));
        xml.WriteAttributeString("tcStart", "0s");
        xml.WriteAttributeString("tcFormat", "NDF");
        xml.WriteAttributeString("audioLayout", "stereo");
        xml.WriteAttributeString("audioRate", "48k");
        xml.WriteStartElement("spine");
        var style = 0;
        foreach (var scene in timeline.Scenes) AssetClip(xml, scene, ref style);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    public static string AssetId(ExportScene scene) => $"r{scene.SceneNumber + 1}";

    private static void Asset(XmlWriter xml, ExportScene scene)
    {
        xml.WriteStartElement("asset");
        xml.WriteAttributeString("id", AssetId(scene));
        xml.WriteAttributeString("name", scene.Reel);
        xml.WriteAttributeString("start", "0s");
        // The whole file, not only the part the movie plays: Resolve and FCP show shorter assets as offline.
        xml.WriteAttributeString("duration", Frames24.Rational(scene.ClipFrames));
        xml.WriteAttributeString("hasVideo", "1");
        xml.WriteAttributeString("format", "r1");
        if (scene.AudioChannels > 0)
        {
            xml.WriteAttributeString("hasAudio", "1");
            xml.WriteAttributeString("audioSources", "1");
            xml.WriteAttributeString("audioChannels", Number(scene.AudioChannels));
            xml.WriteAttributeString("audioRate", Number(scene.AudioRate));
        }
        xml.WriteStartElement("media-rep");
        xml.WriteAttributeString("kind", "original-media");
        xml.WriteAttributeString("src", "./" + BundleLayout.ClipPath(scene));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void AssetClip(XmlWriter xml, ExportScene scene, ref int style)
    {
        xml.WriteStartElement("asset-clip");
        xml.WriteAttributeString("ref", AssetId(scene));
        xml.WriteAttributeString("name", scene.ClipName);
        xml.WriteAttributeString("offset", Frames24.Rational(scene.StartFrame));
        xml.WriteAttributeString("start", "0s");
        xml.WriteAttributeString("duration", Frames24.Rational(scene.Frames));
        xml.WriteAttributeString("tcFormat", "NDF");
        if (scene.AudioChannels > 0) xml.WriteAttributeString("audioRole", "dialogue");
        // Anchored items (captions) come before markers in the DTD; captions are timed in the clip's own time.
        foreach (var line in scene.Lines)
        {
            var id = $"ts{++style}";
            xml.WriteStartElement("caption");
            xml.WriteAttributeString("lane", "1");
            xml.WriteAttributeString("offset", Frames24.Rational(line.FramesIntoClip));
            xml.WriteAttributeString("duration", Frames24.Rational(line.Frames));
            xml.WriteAttributeString("role", "SRT?captionFormat=SRT.en");
            xml.WriteAttributeString("name", line.Speaker);
            xml.WriteStartElement("text");
            xml.WriteAttributeString("placement", "bottom");
            xml.WriteStartElement("text-style");
            xml.WriteAttributeString("ref", id);
            xml.WriteString($"{line.Speaker}: {line.Text}");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("text-style-def");
            xml.WriteAttributeString("id", id);
            xml.WriteStartElement("text-style");
            xml.WriteAttributeString("font", "Helvetica");
            xml.WriteAttributeString("fontSize", "13");
            xml.WriteAttributeString("fontColor", "1 1 1 1");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteStartElement("marker");
        xml.WriteAttributeString("start", "0s");
        xml.WriteAttributeString("duration", Frames24.Rational(1));
        xml.WriteAttributeString("value", scene.ClipName);
        if (scene.Action.Length > 0) xml.WriteAttributeString("note", scene.Action);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>FCP's name for standard 24p sizes; a portrait or custom size is described by width and height alone.</summary>
    private static string? FormatName(int width, int height) => (width, height) switch
    {
        (1920, 1080) => "FFVideoFormat1080p24",
        (1280, 720) => "FFVideoFormat720p24",
        (3840, 2160) => "FFVideoFormat3840x2160p24",
        _ => null,
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
