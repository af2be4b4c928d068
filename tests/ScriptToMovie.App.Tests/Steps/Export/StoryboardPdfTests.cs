using System.Text.RegularExpressions;
using ScriptToMovie.App.Steps.Export;

namespace ScriptToMovie.App.Tests.Steps.Export;

[Collection(ExportedProjectsCollection.Name)]
public partial class StoryboardPdfTests(ExportedProjects projects)
{
    [Theory]
    [InlineData("16:9", "842 x 595 pts (A4)")]
    [InlineData("9:16", "595 x 842 pts (A4)")]
    public async Task Poppler_renders_every_page_of_the_storyboard_and_counts_the_pages_the_layout_says(string aspect, string pageSize)
    {
        var bundle = aspect == "16:9" ? projects.Landscape : projects.Portrait;
        var pdf = bundle.File(" - storyboard.pdf");
        var (columns, rows) = StoryboardPdf.Grid(aspect);
        var expected = 1 + (bundle.Manifest.Scenes.Count + columns * rows - 1) / (columns * rows);

        var info = await ExportedProjects.ToolAsync("pdfinfo", pdf);
        Assert.True(info.ExitCode == 0, info.StandardError);
        Assert.Equal(expected, int.Parse(Pages().Match(info.StandardOutput).Groups[1].Value));
        Assert.Contains(pageSize, info.StandardOutput);
        Assert.Contains("The Key & The Kettle - storyboard", info.StandardOutput);

        var fonts = await ExportedProjects.ToolAsync("pdffonts", pdf);
        Assert.Contains("DejaVu Sans", fonts.StandardOutput);
        // Every font embedded (the "emb" column), so the PDF prints the same on any machine.
        Assert.All(fonts.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2),
            row => Assert.Matches(@"\syes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row));

        var pngs = Path.Combine(bundle.Folder, "pages");
        Directory.CreateDirectory(pngs);
        var render = await ExportedProjects.ToolAsync("pdftoppm", "-r", "40", "-png", pdf, Path.Combine(pngs, "page"));
        Assert.True(render.ExitCode == 0, render.StandardError);
        Assert.Equal(expected, Directory.GetFiles(pngs, "page-*.png").Length);
        Assert.Empty(render.StandardError);

        var text = await ExportedProjects.ToolAsync("pdftotext", "-layout", pdf, "-");
        foreach (var scene in bundle.Manifest.Scenes) Assert.Contains($"Sc {scene.SceneNumber}", text.StandardOutput);
        Assert.Contains("Mara Quill", text.StandardOutput);
        Assert.Matches($@"1\s*/\s*{expected}", text.StandardOutput);
        Assert.Contains("ALICE:", text.StandardOutput);
    }

    [Theory]
    [InlineData("16:9", 13, 4)]
    [InlineData("9:16", 13, 5)]
    [InlineData("1:1", 6, 2)]
    public async Task A_long_film_takes_a_cover_and_one_page_per_six_panels_or_four_when_portrait(string aspect, int scenes, int pages)
    {
        var (width, height) = aspect switch { "9:16" => (720, 1280), "1:1" => (1080, 1080), _ => (1280, 720) };
        var timeline = new ExportTimeline("Long", "Long", aspect, width, height,
            [.. Enumerable.Range(1, scenes).Select(n => new ExportScene(n, $"INT. КОМНАТА {n} - DAY", "Someone waits. " + new string('x', n * 20), $"SC{n:000}.mp4", "",
                (n - 1) * 48L, 48, 48, 2, 48000, null, [new ExportLine(n, "ALICE", "A line that is rather long and must wrap onto a second row at least.", (n - 1) * 48L, (n - 1) * 48L + 5, (n - 1) * 48L + 30)]))],
            [new("Title", "Long")]);
        Assert.Equal(pages, StoryboardPdf.PageCount(timeline));
        var file = Path.Combine(Directory.CreateTempSubdirectory("s2m-pdf-").FullName, "long.pdf");
        await File.WriteAllBytesAsync(file, StoryboardPdf.Write(timeline, new DateTime(2026, 12, 2)));

        var info = await ExportedProjects.ToolAsync("pdfinfo", file);
        Assert.Equal(pages, int.Parse(Pages().Match(info.StandardOutput).Groups[1].Value));
        var text = await ExportedProjects.ToolAsync("pdftotext", file, "-");
        Assert.Matches($@"{pages}\s*/\s*{pages}", text.StandardOutput);
        Assert.Contains("No storyboard frame", text.StandardOutput);
        Assert.Contains("INT. КОМНАТА 1 - DAY", text.StandardOutput);
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex Pages();
}
