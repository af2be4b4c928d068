using System.Diagnostics;

namespace ScriptToMovie.Screenplay.Tests.Support;

/// <summary>Makes PDFs from Fountain files with an independent tool, the afterwriting npm package (1.17.3),
/// installed once into the repo's ignored .test-services folder.</summary>
public sealed class AfterwritingPdf
{
    private const string Version = "1.17.3";
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static string InstallDir => Path.Combine(SharedFiles.RepoRoot, ".test-services", "npm-afterwriting");
    private static string Cli => Path.Combine(InstallDir, "node_modules", "afterwriting", "awc.js");

    public async Task<byte[]> FromFountainAsync(string fountainPath)
    {
        await EnsureInstalledAsync();
        var work = Directory.CreateTempSubdirectory("s2m-afterwriting-");
        try
        {
            var source = Path.Combine(work.FullName, "script.fountain");
            File.Copy(fountainPath, source);
            var pdf = Path.Combine(work.FullName, "script.pdf");
            await RunAsync("node", [Cli, "--source", source, "--pdf", pdf, "--overwrite"], work.FullName, TestTime.Seconds(60));
            if (!File.Exists(pdf)) throw new InvalidOperationException("afterwriting made no PDF from " + fountainPath);
            return await File.ReadAllBytesAsync(pdf);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task EnsureInstalledAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (File.Exists(Cli)) return;
            Directory.CreateDirectory(InstallDir);
            await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--no-save", "--prefix", InstallDir, "afterwriting@" + Version],
                InstallDir, TestTime.Seconds(300));
            if (!File.Exists(Cli)) throw new InvalidOperationException("npm installed afterwriting but " + Cli + " is missing");
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task RunAsync(string file, string[] args, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} took longer than {timeout}");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr} {await stdout}");
    }
}
