using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Steps.Assemble;
using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Steps.Prompts;
using ScriptToMovie.App.Steps.Storyboard;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using SkiaSharp;
using ScriptToMovie.App.Steps;

namespace ScriptToMovie.App.Tests.Steps.Assemble;

public class AssembleStepTests
{
    [Fact]
    public async Task The_movie_joins_every_clip_with_a_chapter_per_scene_speaker_labelled_subtitles_and_a_matching_manifest()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<StoryboardStep>();
        await h.RunAsync<PromptsStep>();
        await h.RunAsync<VoicesStep>();
        await h.RunAsync<ClipsStep>();
        await h.RunAsync<AssembleStep>();

        var movie = await h.Db.FinalMovies.SingleAsync(m => m.ProjectId == h.ProjectId);
        Assert.Equal("completed", movie.Status);
        var clipSeconds = await h.Db.GeneratedVideos.SumAsync(v => v.Duration!.Value);
        Assert.Equal(clipSeconds, movie.Duration!.Value, 0.1);

        var path = await h.LocalPathAsync(movie.StorageKey!);
        var info = await new Probe(h.Runner).ReadAsync(path);
        Assert.Equal(clipSeconds, info.Duration.TotalSeconds, 0.1);
        // The chapter list is a data track of its own; what plays is one picture, one sound and the subtitles.
        Assert.Equal(["h264", "aac", "mov_text"], info.Streams.Where(s => s.CodecType != "data").Select(s => s.CodecName));
        Assert.Equal(["Scene 1: EXT. HARBOUR - NIGHT", "Scene 2: INT. LIGHTHOUSE - DAY", "Scene 3: EXT. CLIFF ROAD - DUSK"],
            info.Chapters.Select(c => c.Title));

        var srt = await File.ReadAllTextAsync(await h.LocalPathAsync(StorageKey.For(h.ProjectId, "movie", "movie.srt")));
        foreach (var line in new[] { "MARA: He should have been here by now.", "TOM: Who told you about the keys?", "MARA: Nobody had to.", "TOM: Then you already know.", "MARA: Then I already know." })
            Assert.Contains(line, srt);
        Assert.StartsWith("WEBVTT", await File.ReadAllTextAsync(await h.LocalPathAsync(StorageKey.For(h.ProjectId, "movie", "movie.vtt"))));

        var manifest = MovieManifest.Parse(await File.ReadAllTextAsync(await h.LocalPathAsync(StorageKey.For(h.ProjectId, "movie", "movie.json"))));
        Assert.Equal(movie.Duration!.Value, manifest.Duration, 0.001);
        Assert.Equal(manifest.Duration, manifest.Scenes[^1].End, 0.001);
        Assert.Equal(0, manifest.Scenes[0].Start);
        for (var i = 1; i < manifest.Scenes.Count; i++) Assert.Equal(manifest.Scenes[i - 1].End, manifest.Scenes[i].Start, 0.001);
        Assert.Equal(5, manifest.Lines.Count);
        // Lines sit inside their scene's window in the movie.
        Assert.All(manifest.Lines, l =>
        {
            var scene = manifest.Scenes.Single(s => s.SceneNumber == l.SceneNumber);
            Assert.InRange(l.Start, scene.Start, scene.End);
            Assert.InRange(l.End, l.Start, scene.End);
            Assert.NotNull(l.SourceLine);
        });

        // The movie speaks during the second scene's first line.
        var tom = manifest.Lines.First(l => l.Speaker == "TOM");
        var level = await new VolumeDetect(path, TimeSpan.FromSeconds(tom.Start), TimeSpan.FromSeconds(tom.End - tom.Start)).RunAsync(h.Runner);
        Assert.True(level.IsAudible);

        var grab = Path.Combine(h.Directory, "assembled-scene2.png");
        await new FrameGrab(path, TimeSpan.FromSeconds((manifest.Scenes[1].Start + manifest.Scenes[1].End) / 2)).RunAsync(h.Runner, grab);
        Assert.True(new FileInfo(grab).Length > 10_000);
    }

    [Fact]
    public async Task A_failed_clip_is_replaced_by_its_animatic_so_the_movie_has_no_gap()
    {
        await using var h = await StepHarness.CreateAsync(new Dictionary<string, string?>
        {
            ["MOCK_VIDEO"] = "true",
            ["MOCK_VIDEO_FAIL_SCENES"] = "1",
        });
        await h.RunAsync<StoryboardStep>();
        await h.RunAsync<ClipsStep>();
        var context = await h.RunAsync<AssembleStep>();

        var movie = await h.Db.FinalMovies.SingleAsync();
        Assert.Equal("completed", movie.Status);
        var manifest = MovieManifest.Parse(await File.ReadAllTextAsync(await h.LocalPathAsync(StorageKey.For(h.ProjectId, "movie", "movie.json"))));
        Assert.True(manifest.Scenes[0].StandIn);
        Assert.Equal("animatic", manifest.Scenes[0].Clip);
        Assert.Equal(["animatic", "mock", "mock"], manifest.Scenes.Select(s => s.Clip));
        Assert.Equal(9.0, movie.Duration!.Value, 0.1);
        Assert.Contains("1 scene without a finished clip shows its animatic instead.", context.Notes);

        // A movie with no dialogue has no subtitle track but still has its sidecar files.
        var info = await new Probe(h.Runner).ReadAsync(await h.LocalPathAsync(movie.StorageKey!));
        Assert.Equal(["h264", "aac"], info.Streams.Where(s => s.CodecType != "data").Select(s => s.CodecName));
        Assert.NotNull(movie.SrtUrl);
    }

    [Fact]
    public async Task Burned_captions_show_the_line_in_the_picture_and_a_second_assembly_keeps_one_movie_row()
    {
        await using var h = await StepHarness.CreateAsync(new Dictionary<string, string?> { ["MOCK_VIDEO"] = "true" });
        await h.RunAsync<VoicesStep>();
        await h.RunAsync<ClipsStep>();
        await h.RunAsync<AssembleStep>();
        var manifest = MovieManifest.Parse(await File.ReadAllTextAsync(await h.LocalPathAsync(StorageKey.For(h.ProjectId, "movie", "movie.json"))));
        var line = manifest.Lines.First(l => l.Speaker == "TOM");
        var at = TimeSpan.FromSeconds((line.Start + line.End) / 2);
        var plain = await BrightPixelsAtTheBottomAsync(h, at);

        await using var burned = await StepHarness.CreateAsync(new Dictionary<string, string?> { ["MOCK_VIDEO"] = "true", ["BURN_SUBTITLES"] = "true" });
        await burned.RunAsync<VoicesStep>();
        await burned.RunAsync<ClipsStep>();
        await burned.RunAsync<AssembleStep>();
        await burned.RunAsync<AssembleStep>();

        Assert.Equal(1, await burned.Db.FinalMovies.CountAsync());
        Assert.Equal("completed", (await burned.Db.FinalMovies.SingleAsync()).Status);
        var captioned = await BrightPixelsAtTheBottomAsync(burned, at);
        // The placeholder card is dark at the bottom; white caption text lights it up.
        Assert.True(captioned > plain + 200, $"bright pixels at the bottom: {captioned} burned vs {plain} plain");
    }

    private static async Task<int> BrightPixelsAtTheBottomAsync(StepHarness h, TimeSpan at)
    {
        var movie = await h.Db.FinalMovies.SingleAsync();
        var png = Path.Combine(h.Directory, $"grab-{Guid.NewGuid():N}.png");
        await new FrameGrab(await h.LocalPathAsync(movie.StorageKey!), at).RunAsync(h.Runner, png);
        using var bitmap = SKBitmap.Decode(png);
        var bright = 0;
        for (var y = bitmap.Height * 3 / 4; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x += 2)
                if (bitmap.GetPixel(x, y).Red > 200) bright++;
        return bright;
    }
}
