using System.Text.RegularExpressions;

namespace ScriptToMovie.App.Tests.Steps.Export;

[Collection(ExportedProjectsCollection.Name)]
public partial class EdlWriterTests(ExportedProjects projects)
{
    [Theory]
    [InlineData("16:9")]
    [InlineData("9:16")]
    public void The_edl_is_cmx3600_with_short_reels_end_to_end_events_and_clip_names_in_comments(string aspect)
    {
        var bundle = aspect == "16:9" ? projects.Landscape : projects.Portrait;
        var lines = File.ReadAllLines(bundle.File(".edl"));
        Assert.Equal("TITLE: THE KEY & THE KETTLE", lines[0]);
        Assert.Equal("FCM: NON-DROP FRAME", lines[1]);

        var events = lines.Select(l => Event().Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(bundle.Manifest.Scenes.Count, events.Count);
        long record = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            Assert.Equal(i + 1, int.Parse(e.Groups["event"].Value));
            Assert.InRange(e.Groups["reel"].Value.TrimEnd().Length, 1, 8);
            Assert.Matches("^[A-Z0-9]+$", e.Groups["reel"].Value.TrimEnd());
            Assert.Equal(record, Frames(e.Groups["recIn"].Value));
            var length = Frames(e.Groups["srcOut"].Value) - Frames(e.Groups["srcIn"].Value);
            record = Frames(e.Groups["recOut"].Value);
            Assert.Equal(length, record - Frames(e.Groups["recIn"].Value));
        }
        Assert.Equal(bundle.MovieFrames, record);

        var names = lines.Where(l => l.StartsWith("* FROM CLIP NAME:  ", StringComparison.Ordinal)).Select(l => l[19..]).ToList();
        Assert.Equal(events.Count, names.Count);
        Assert.All(names, n => bundle.Resolve("clips/" + n));
        Assert.All(events.Zip(names), p => Assert.Equal(Path.GetFileNameWithoutExtension(p.Second), p.First.Groups["reel"].Value.TrimEnd()));
        Assert.DoesNotContain(lines, l => l.StartsWith("* FROM CLIP:", StringComparison.Ordinal));
        Assert.Equal(events.Count, lines.Count(l => l.StartsWith("* LOC: ", StringComparison.Ordinal)));
    }

    private static long Frames(string timecode)
    {
        var p = timecode.Split(':').Select(long.Parse).ToArray();
        Assert.InRange(p[3], 0, 23);
        return ((p[0] * 60 + p[1]) * 60 + p[2]) * 24 + p[3];
    }

    [GeneratedRegex(@"^(?<event>\d{3})  (?<reel>.{8}) (?<channels>.{5}) C        (?<srcIn>\d\d:\d\d:\d\d:\d\d) (?<srcOut>\d\d:\d\d:\d\d:\d\d) (?<recIn>\d\d:\d\d:\d\d:\d\d) (?<recOut>\d\d:\d\d:\d\d:\d\d)$")]
    private static partial Regex Event();
}
