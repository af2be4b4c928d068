using System.Xml.Linq;

namespace ScriptToMovie.App.Tests.Steps.Export;

[Collection(ExportedProjectsCollection.Name)]
public class XmemlWriterTests(ExportedProjects projects)
{
    [Theory]
    [InlineData("16:9")]
    [InlineData("9:16")]
    public void The_premiere_xml_is_xmeml_4_with_linked_video_and_dialogue_at_one_rate_and_scene_markers(string aspect)
    {
        var bundle = aspect == "16:9" ? projects.Landscape : projects.Portrait;
        var doc = XDocument.Load(bundle.File(".xml"));
        Assert.Equal("xmeml", doc.DocumentType!.Name);
        Assert.Equal("4", doc.Root!.Attribute("version")!.Value);
        Assert.All(doc.Descendants("rate"), r =>
            Assert.Equal(("24", "FALSE"), (r.Element("timebase")!.Value, r.Element("ntsc")!.Value)));

        var sequence = doc.Root.Element("sequence")!;
        Assert.Equal(bundle.MovieFrames, long.Parse(sequence.Element("duration")!.Value));
        var media = sequence.Element("media")!;
        Assert.Equal("format", media.Element("video")!.Elements().First().Name.LocalName);
        var video = media.Element("video")!.Element("track")!.Elements("clipitem").ToList();
        Assert.Equal(bundle.Manifest.Scenes.Count, video.Count);
        long position = 0;
        foreach (var clip in video)
        {
            Assert.Equal(position, long.Parse(clip.Element("start")!.Value));
            position = long.Parse(clip.Element("end")!.Value);
            Assert.Equal(position - long.Parse(clip.Element("start")!.Value), long.Parse(clip.Element("out")!.Value) - long.Parse(clip.Element("in")!.Value));
            bundle.Resolve(clip.Element("file")!.Element("pathurl")!.Value);
        }
        Assert.Equal(bundle.MovieFrames, position);

        var audioTracks = media.Element("audio")!.Elements("track").ToList();
        var channels = int.Parse(doc.Descendants("channelcount").First().Value);
        Assert.Equal(bundle.MovieInfo.Audio!.Channels, channels);
        Assert.Equal(channels, audioTracks.Count);
        var ids = doc.Descendants("clipitem").Select(c => c.Attribute("id")!.Value).ToHashSet();
        Assert.Equal(video.Count * (1 + channels), ids.Count);
        Assert.All(doc.Descendants("linkclipref"), l => Assert.Contains(l.Value, ids));
        Assert.All(video, v => Assert.Equal(1 + channels, v.Elements("link").Count()));

        var markers = sequence.Elements("marker").ToList();
        Assert.Equal(bundle.Manifest.Scenes.Select(s => s.Heading), markers.Select(m => m.Element("comment")!.Value));
    }
}
