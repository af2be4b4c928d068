using System.Text.RegularExpressions;

namespace ScriptToMovie.App.Tests.Steps.Export;

[Collection(ExportedProjectsCollection.Name)]
public partial class SubtitleExportTests(ExportedProjects projects)
{
    [Fact]
    public void The_srt_and_vtt_carry_every_line_with_its_speaker_on_the_24_fps_grid_in_timeline_time()
    {
        var bundle = projects.Landscape;
        var lines = bundle.Manifest.Lines;
        var srt = File.ReadAllText(bundle.File(".srt"));
        var vtt = File.ReadAllText(bundle.File(".vtt"));
        Assert.StartsWith("WEBVTT", vtt);
        foreach (var line in lines)
        {
            Assert.Contains($"{line.Speaker}: ", srt);
            Assert.Contains($"<v {line.Speaker}>", vtt);
        }

        var srtTimes = SrtTime().Matches(srt).Select(m => Milliseconds(m.Groups[1].Value.Replace(',', '.'))).ToList();
        var vttTimes = VttTime().Matches(vtt).Select(m => Milliseconds(m.Groups[1].Value)).ToList();
        Assert.Equal(lines.Count * 2, srtTimes.Count);
        Assert.Equal(srtTimes, vttTimes);
        Assert.All(srtTimes, ms => Assert.Equal(ms, Math.Round(Math.Round(ms * 24 / 1000.0) * 1000 / 24)));
        // Timeline time: the first cue of each scene lies inside that scene.
        Assert.Equal(lines.Select(l => Math.Round(l.Start * 24)), srtTimes.Where((_, i) => i % 2 == 0).Select(ms => Math.Round(ms * 24 / 1000.0)));
    }

    private static double Milliseconds(string time)
    {
        var t = TimeSpan.ParseExact(time, @"hh\:mm\:ss\.fff", null);
        return t.TotalMilliseconds;
    }

    [GeneratedRegex(@"(\d\d:\d\d:\d\d,\d\d\d)")]
    private static partial Regex SrtTime();

    [GeneratedRegex(@"(\d\d:\d\d:\d\d\.\d\d\d)")]
    private static partial Regex VttTime();
}
