using System.Text;
using CliWrap;
using CliWrap.Buffered;
using ScriptToMovie.App.Cli;

namespace ScriptToMovie.App.Tests.Cli;

public sealed record AppCommandResult(int ExitCode, string Output, string Error);

/// <summary>Runs the built app (the same dll ./s2m runs) as its own process, as a user would from a shell.</summary>
public static class AppCommand
{
    public static string AppDll => typeof(RenderCommand).Assembly.Location;

    /// <summary><paramref name="timeout"/> is scaled by TestTime.</summary>
    public static Task<AppCommandResult> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunAsync(workingDirectory, timeout, new Dictionary<string, string?>(), arguments);

    /// <summary><paramref name="environment"/> is set on top of the cleaned environment (a null value unsets).</summary>
    public static async Task<AppCommandResult> RunAsync(
        string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var deadline = new CancellationTokenSource(TestTime.Scaled(timeout));
        var result = await CliWrap.Cli.Wrap("dotnet")
            .WithArguments([AppDll, .. arguments])
            .WithWorkingDirectory(workingDirectory)
            // The child must not pick up a developer's database or provider choice from the environment.
            .WithEnvironmentVariables(e => e
                .Set("DATABASE_URL", null).Set("VIDEO_PROVIDER", null).Set("MOCK_VIDEO", null)
                .Set("MOCK_VIDEO_FAIL_SCENES", null).Set("ANTHROPIC_API_KEY", null).Set("BURN_SUBTITLES", null)
                .Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
                .Set(environment.ToDictionary(kv => kv.Key, kv => kv.Value)))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(Encoding.UTF8, deadline.Token);
        return new AppCommandResult(result.ExitCode, result.StandardOutput, result.StandardError);
    }
}
