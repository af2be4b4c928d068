using System.Diagnostics;
using System.Text;

namespace ScriptToMovie.Staging.Tests;

/// <summary>One finished command: its exit code and what it wrote (stdout and stderr interleaved).</summary>
public sealed record ShellResult(int ExitCode, string Output)
{
    public ShellResult EnsureSuccess(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} exited {ExitCode}:\n{Tail(Output)}");

    public static string Tail(string text, int chars = 6000) => text.Length <= chars ? text : "…" + text[^chars..];
}

/// <summary>Runs the scripts and the Docker clients the rehearsal drives, with a deadline each.</summary>
public static class Shell
{
    public static async Task<ShellResult> RunAsync(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null,
        TimeSpan? timeout = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in env ?? new Dictionary<string, string>()) start.Environment[k] = v;
        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {(timeout ?? TimeSpan.FromMinutes(10)).TotalSeconds:0} s:\n{ShellResult.Tail(output.ToString())}");
        }
        process.WaitForExit();
        lock (output) return new ShellResult(process.ExitCode, output.ToString());
    }
}
