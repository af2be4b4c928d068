using System.Text;
using CliWrap;
using CliWrap.Buffered;
using ScriptToMovie.App.Tests.Pipeline;
using ScriptToMovie.Fakes.Kling;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Cli;

/// <summary>./s2m render --video kling against the fake Kling server: the movie is made from Kling's clips, one paid task per scene.</summary>
public class RenderWithKlingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Render_with_kling_makes_the_movie_from_one_kling_task_per_scene(bool klingPictures)
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions());
        var folder = Directory.CreateTempSubdirectory("s2m-render-kling-").FullName;
        var script = Path.Combine(folder, "dinner.fountain");
        await File.WriteAllTextAsync(script, RunControlTests.ThreeScenes);
        var output = Path.Combine(folder, "dinner.mp4");

        using var deadline = TestTime.Deadline(240);
        var result = await CliWrap.Cli.Wrap("dotnet")
            .WithArguments([
                AppCommand.AppDll, "render", script, "-o", output, "--video", "kling", "--data", Path.Combine(folder, "data"),
                .. klingPictures ? new[] { "--images", "kling" } : []])
            .WithWorkingDirectory(folder)
            .WithEnvironmentVariables(e => e
                .Set("DATABASE_URL", null).Set("MOCK_VIDEO", null).Set("MOCK_VIDEO_FAIL_SCENES", null)
                .Set("KLING_BASE_URL", kling.BaseUrl).Set("KLING_API_KEY", kling.Options.AccessKey).Set("KLING_SECRET_KEY", kling.Options.SecretKey)
                .Set("KLING_POLL_SECONDS", "0.1").Set("KLING_RETRY_DELAY_SECONDS", "0.01"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(Encoding.UTF8, deadline.Token);

        Assert.True(result.ExitCode == 0, $"render exited {result.ExitCode}:\n{result.StandardOutput}\n{result.StandardError}");
        Assert.True(File.Exists(output));
        // What the fake charged, at the default prices: $0.14 per video unit, $0.0035 per image unit.
        var charged = kling.Tasks.Sum(t => t.Units * (t.IsVideo ? 0.14 : 0.0035));
        Assert.Contains($", charged ${charged.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}", result.StandardOutput);
        var info = await new Probe(new ProcessRunner(MediaTools.FromEnvironment())).ReadAsync(output);
        Assert.Equal(3, info.ChapterCount);
        Assert.Equal(3, kling.Tasks.Count(t => t.IsVideo && t.StatusAt(DateTimeOffset.UtcNow) == "succeed"));
        // With Kling pictures every clip is animated from the scene's Kling picture; else from the painted frame.
        Assert.Equal(klingPictures ? 3 : 0, kling.Tasks.Count(t => !t.IsVideo));
        Assert.All(kling.Tasks.Where(t => t.IsVideo), t => Assert.Equal("image2video", t.Product));
        Assert.All(kling.CreatesPerExternalId.Values, creates => Assert.Equal(1, creates));
    }

    [Fact]
    public async Task A_render_in_which_every_paid_clip_failed_exits_non_zero_with_a_sentence()
    {
        // Kling refuses every prompt: each scene falls back to its animatic, which is not the movie that was paid for.
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { FailWhenPromptContains = "" });
        var folder = Directory.CreateTempSubdirectory("s2m-render-kling-").FullName;
        var script = Path.Combine(folder, "dinner.fountain");
        await File.WriteAllTextAsync(script, RunControlTests.ThreeScenes);

        var result = await AppCommand.RunAsync(folder, TimeSpan.FromSeconds(240), new Dictionary<string, string?>
        {
            ["KLING_BASE_URL"] = kling.BaseUrl, ["KLING_API_KEY"] = kling.Options.AccessKey, ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
            ["KLING_POLL_SECONDS"] = "0.1", ["KLING_RETRY_DELAY_SECONDS"] = "0.01", ["CLIP_RETRY_DELAY_MS"] = "1",
        }, "render", script, "--video", "kling", "--data", Path.Combine(folder, "data"));

        Assert.True(result.ExitCode == 1, $"render exited {result.ExitCode}:\n{result.Output}\n{result.Error}");
        Assert.Contains("Every clip failed to generate", result.Error);
        Assert.Equal(3, kling.Tasks.Count(t => t.IsVideo));
    }
}
