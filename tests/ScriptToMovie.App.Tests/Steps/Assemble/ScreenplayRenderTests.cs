using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Steps.Assemble;
using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Steps.Parse;
using ScriptToMovie.App.Steps.Prompts;
using ScriptToMovie.App.Steps.Storyboard;
using ScriptToMovie.App.Steps.Trailer;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Steps.Assemble;

public class ScreenplayRenderTests
{
    [Fact]
    public async Task Brick_and_Steel_becomes_a_movie_with_every_line_subtitled_by_its_speaker()
    {
        var script = await File.ReadAllTextAsync(Samples.Screenplay("Brick-and-Steel.fountain"));
        await using var h = await StepHarness.CreateAsync(script: script, seedScenes: false, extraModules: [new ParseModule()]);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var timings = new List<string>();
        async Task Run<T>() where T : ScriptToMovie.App.Pipeline.IPipelineStep
        {
            var start = watch.Elapsed;
            await h.RunAsync<T>();
            timings.Add($"{typeof(T).Name} {(watch.Elapsed - start).TotalSeconds:0.0}s");
        }
        await Run<ParseStep>();
        await Run<TrailerStep>();
        await Run<StoryboardStep>();
        await Run<PromptsStep>();
        await Run<VoicesStep>();
        await Run<ClipsStep>();
        await Run<AssembleStep>();
        Console.WriteLine(string.Join(", ", timings));

        var movie = await h.Db.FinalMovies.SingleAsync();
        var path = await h.LocalPathAsync(movie.StorageKey!);
        var info = await new Probe(h.Runner).ReadAsync(path);
        var manifest = MovieManifest.Parse(await File.ReadAllTextAsync(await h.LocalPathAsync(StorageKey.For(h.ProjectId, "movie", "movie.json"))));
        var scenes = await h.ScenesAsync();
        Assert.Equal(manifest.Duration, info.Duration.TotalSeconds, 0.1);
        Assert.Equal(scenes.Count, info.Chapters.Count);
        var srt = await File.ReadAllTextAsync(await h.LocalPathAsync(StorageKey.For(h.ProjectId, "movie", "movie.srt")));
        Assert.All(manifest.Lines, l => Assert.Contains($"{l.Speaker}: ", srt));
        Assert.Contains("STEEL: Beer's ready!", srt);
        Console.WriteLine($"{scenes.Count} scenes, {manifest.Lines.Count} lines, {manifest.Duration:0.0} s, wall {watch.Elapsed.TotalSeconds:0} s");
        for (var i = 0; i < Math.Min(3, manifest.Scenes.Count); i++)
        {
            var s = manifest.Scenes[i];
            await new FrameGrab(path, TimeSpan.FromSeconds((s.Start + s.End) / 2)).RunAsync(h.Runner, Path.Combine(Path.GetTempPath(), $"s2m-brick-{i + 1}.png"));
        }
    }
}
