using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ScriptToMovie.App.Tests.Steps.Export;

[Collection(ExportedProjectsCollection.Name)]
public partial class FcpxmlWriterTests(ExportedProjects projects)
{
    [Theory]
    [InlineData("16:9")]
    [InlineData("9:16")]
    public void The_fcpxml_is_version_1_10_on_the_24p_grid_with_a_caption_per_line_and_clips_that_resolve(string aspect)
    {
        var bundle = aspect == "16:9" ? projects.Landscape : projects.Portrait;
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE fcpxml>", File.ReadAllText(bundle.File(".fcpxml")));
        var doc = XDocument.Load(bundle.File(".fcpxml"));
        Assert.Equal("1.10", doc.Root!.Attribute("version")!.Value);

        var times = new[] { "offset", "start", "duration", "frameDuration" };
        foreach (var attribute in doc.Descendants().Attributes().Where(a => times.Contains(a.Name.LocalName)))
            Assert.Matches(OnTheGrid(), attribute.Value);

        var format = doc.Descendants("format").Single();
        Assert.Equal("100/2400s", format.Attribute("frameDuration")!.Value);
        var (width, height) = aspect == "16:9" ? ("1280", "720") : ("720", "1280");
        Assert.Equal((width, height), (format.Attribute("width")!.Value, format.Attribute("height")!.Value));

        var assets = doc.Descendants("asset").ToDictionary(a => a.Attribute("id")!.Value);
        foreach (var asset in assets.Values)
            bundle.Resolve(asset.Element("media-rep")!.Attribute("src")!.Value);
        var sequence = doc.Descendants("sequence").Single();
        Assert.Equal("r1", sequence.Attribute("format")!.Value);
        var clips = sequence.Element("spine")!.Elements("asset-clip").ToList();
        Assert.Equal(bundle.Manifest.Scenes.Count, clips.Count);
        long position = 0;
        foreach (var clip in clips)
        {
            Assert.True(assets.ContainsKey(clip.Attribute("ref")!.Value), "every ref names an asset");
            Assert.Equal(position, Frames(clip.Attribute("offset")!.Value));
            position += Frames(clip.Attribute("duration")!.Value);
            // The DTD puts anchored captions before markers.
            var children = clip.Elements().Select(e => e.Name.LocalName).ToList();
            Assert.True(children.LastIndexOf("caption") < children.IndexOf("marker"), string.Join(",", children));
        }
        Assert.Equal(bundle.MovieFrames, position);
        Assert.Equal(bundle.MovieFrames, Frames(sequence.Attribute("duration")!.Value));

        var captions = doc.Descendants("caption").ToList();
        Assert.Equal(bundle.Manifest.Lines.Count, captions.Count);
        Assert.Equal(bundle.Manifest.Lines.Select(l => $"{l.Speaker}: {l.Text}"), captions.Select(c => c.Value));
        Assert.All(captions, c => Assert.Equal("SRT?captionFormat=SRT.en", c.Attribute("role")!.Value));
        var styleIds = doc.Descendants("text-style-def").Select(d => d.Attribute("id")!.Value).ToList();
        Assert.Equal(styleIds.Count, styleIds.Distinct().Count());
        Assert.Equal(bundle.Manifest.Scenes.Count, doc.Descendants("marker").Count());
    }

    private static long Frames(string time)
    {
        if (time == "0s") return 0;
        var numerator = long.Parse(time[..time.IndexOf('/')]);
        Assert.Equal(0, numerator % 100);
        return numerator / 100;
    }

    /// <summary>Multiples of 100/2400 s: 0s, or N00/2400s.</summary>
    [GeneratedRegex(@"^(0s|[1-9][0-9]*00/2400s)$")]
    private static partial Regex OnTheGrid();
}
