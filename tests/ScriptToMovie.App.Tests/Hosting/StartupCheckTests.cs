using System.Text.RegularExpressions;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Tests.Cli;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;

namespace ScriptToMovie.App.Tests.Hosting;

/// <summary>The app refuses to start on a configuration it cannot honour, naming every bad key, before any work.</summary>
public class StartupCheckTests
{
    [Fact]
    public async Task Serve_with_bad_values_exits_with_78_naming_both_keys()
    {
        var folder = Directory.CreateTempSubdirectory("s2m-settings-").FullName;
        var result = await AppCommand.RunAsync(folder, TimeSpan.FromSeconds(60),
            new Dictionary<string, string?> { ["VIDEO_CONCURRENCY"] = "abc", ["KLING_POLL_SECONDS"] = "-1" },
            "serve", "--urls", $"http://127.0.0.1:{AppProcess.FreePort()}", "--data", Path.Combine(folder, "data"));

        Assert.Equal(InvalidSettingsException.ExitCode, result.ExitCode);
        Assert.Contains("VIDEO_CONCURRENCY must be a whole number from 1 to 16; got 'abc'.", result.Error);
        Assert.Contains("KLING_POLL_SECONDS must be a number of seconds greater than 0", result.Error);
        Assert.DoesNotContain("   at ", result.Error); // a sentence, not a stack trace
        Assert.False(File.Exists(Path.Combine(folder, "data", "script_to_movie.db")), "nothing may run before the check");
    }

    [Fact]
    public async Task Render_with_kling_and_a_short_secret_stops_before_the_first_step()
    {
        var folder = Directory.CreateTempSubdirectory("s2m-settings-").FullName;
        var script = Path.Combine(folder, "dinner.fountain");
        await File.WriteAllTextAsync(script, RunControlTests.ThreeScenes);
        var result = await AppCommand.RunAsync(folder, TimeSpan.FromSeconds(60),
            new Dictionary<string, string?> { ["KLING_API_KEY"] = "ak", ["KLING_SECRET_KEY"] = "7-chars" },
            "render", script, "--video", "kling", "--data", Path.Combine(folder, "data"));

        Assert.Equal(InvalidSettingsException.ExitCode, result.ExitCode);
        Assert.Contains(KlingToken.SecretTooShort, result.Error);
        Assert.False(File.Exists(Path.Combine(folder, "dinner.mp4")));
    }

    [Fact]
    public void The_env_example_lists_exactly_the_keys_the_settings_classes_read()
    {
        var example = Path.Combine(RepositoryRoot(), ".env.example");
        var listed = File.ReadAllLines(example)
            .Select(l => Regex.Match(l, @"^([A-Z][A-Z0-9_]*)=")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();
        var declared = SettingsCatalog.Types.SelectMany(SettingsBinder.Declared).Select(d => d.Setting.Key).ToHashSet();

        Assert.True(declared.SetEquals(listed),
            $"Read but not in .env.example: {string.Join(", ", declared.Except(listed))}. In .env.example but read by nothing: {string.Join(", ", listed.Except(declared))}.");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ScriptToMovie.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (ScriptToMovie.slnx) is not above the test binaries.");
    }
}
