using System.Text.Json;
using System.Xml.Linq;
using ScriptToMovie.App.Tests.Cli;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Steps.Export;

[Collection(ExportedProjectsCollection.Name)]
public class BundleRoundTripTests(ExportedProjects projects)
{
    [Theory]
    [InlineData("16:9", 1280, 720)]
    [InlineData("9:16", 720, 1280)]
    public async Task Ffprobe_reads_every_clip_each_timeline_names_and_the_clips_add_up_to_the_movie_to_the_frame(string aspect, int width, int height)
    {
        var bundle = aspect == "16:9" ? projects.Landscape : projects.Portrait;
        var otio = JsonDocument.Parse(File.ReadAllText(bundle.File(".otio"))).RootElement;
        var fromOtio = otio.GetProperty("tracks").GetProperty("children")[0].GetProperty("children").EnumerateArray()
            .Select(c => c.GetProperty("media_references").GetProperty("DEFAULT_MEDIA").GetProperty("target_url").GetString()!);
        var fromFcpxml = XDocument.Load(bundle.File(".fcpxml")).Descendants("media-rep").Select(m => m.Attribute("src")!.Value);
        var fromXmeml = XDocument.Load(bundle.File(".xml")).Descendants("pathurl").Select(p => p.Value);
        var named = fromOtio.Concat(fromFcpxml).Concat(fromXmeml).Select(bundle.Resolve).Distinct().ToList();
        Assert.Equal(bundle.Manifest.Scenes.Count, named.Count);

        var probe = new Probe(projects.Runner);
        long frames = 0;
        foreach (var clip in named.Order())
        {
            var info = await probe.ReadAsync(clip);
            Assert.Equal((width, height), (info.Width, info.Height));
            Assert.Equal(24, info.Video!.FramesPerSecond!.Value, 3);
            Assert.NotNull(info.Audio);
            frames += (long)Math.Round(info.Video.Duration!.Value.TotalSeconds * 24);
        }
        Assert.Equal(bundle.MovieFrames, frames);
        Assert.True(File.Exists(Path.Combine(bundle.Bundle, "README.txt")));
        Assert.Contains("DaVinci Resolve", File.ReadAllText(Path.Combine(bundle.Bundle, "README.txt")));
    }

    [Fact]
    public async Task Export_of_a_project_in_the_data_directory_writes_the_one_format_asked_for_and_the_zip_holds_the_bundle()
    {
        var bundle = projects.Landscape;
        var pdf = await AppCommand.RunAsync(bundle.Folder, TimeSpan.FromMinutes(1), "export", "1", "--format", "edl", "-o", "again.edl", "--data", bundle.DataDirectory);
        Assert.True(pdf.ExitCode == 0, pdf.Error);
        Assert.StartsWith("Exported again.edl: edl", pdf.Output);
        Assert.Equal(File.ReadAllText(bundle.File(".edl")), File.ReadAllText(Path.Combine(bundle.Folder, "again.edl")));

        var zip = await AppCommand.RunAsync(bundle.Folder, TimeSpan.FromMinutes(1), "export", "1", "--format", "bundle", "-o", "key.zip", "--data", bundle.DataDirectory);
        Assert.True(zip.ExitCode == 0, zip.Error);
        using var archive = System.IO.Compression.ZipFile.OpenRead(Path.Combine(bundle.Folder, "key.zip"));
        var names = archive.Entries.Select(e => e.FullName).ToHashSet();
        foreach (var file in Directory.GetFiles(bundle.Bundle, "*", SearchOption.AllDirectories))
            Assert.Contains($"{ExportedBundle.Name}/{Path.GetRelativePath(bundle.Bundle, file).Replace('\\', '/')}", names);

        var missing = await AppCommand.RunAsync(bundle.Folder, TimeSpan.FromMinutes(1), "export", "99", "--format", "otio", "--data", bundle.DataDirectory);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no project 99", missing.Error);
    }
}
