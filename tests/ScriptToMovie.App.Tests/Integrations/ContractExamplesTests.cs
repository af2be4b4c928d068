using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ScriptToMovie.App.Tests.EndToEnd;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Integrations;

/// <summary>
/// The contract's curl examples (docs/integration.md) run as written, in bash, against a real `serve` process: an
/// integrator who copies them gets a run, reads it, lists it, cancels and retries it, and downloads a movie that plays.
/// Only the address is changed (localhost:8000 → the test's port); $S2M_TOKEN is a real token.
/// </summary>
[Trait("Category", "Pipeline")]
public sealed partial class ContractExamplesTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "integration.md"));

    /// <summary>The ```bash block under the heading that starts with <paramref name="heading"/>.</summary>
    private static string Block(string heading)
    {
        var at = Doc.IndexOf("\n### " + heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/integration.md has no heading \"### {heading}\"");
        var match = BashBlock().Match(Doc, at);
        Assert.True(match.Success, $"no bash block under \"### {heading}\"");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [Fact]
    public async Task The_runs_api_examples_make_a_movie_that_plays_when_pasted_into_a_shell()
    {
        var data = Directory.CreateTempSubdirectory("s2m-contract-").FullName;
        var url = $"http://127.0.0.1:{AppProcess.FreePort()}";
        using var app = AppProcess.Start(["serve", "--urls", url], AppProcess.QuickPipeline(data));
        await AppProcess.WaitForHttpAsync($"{url}/readyz", TimeSpan.FromSeconds(60));
        using var user = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(url) };
        await user.PostJsonAsync("/api/auth/register", new { email = "contract@example.com", password = "password123", name = "Contract" });
        await user.PostJsonAsync("/api/auth/login", new { email = "contract@example.com", password = "password123" });
        var (token, _) = await user.CreateTokenAsync("runs:write", "runs:read", "media:read");
        // The multipart example sends a file from the working directory.
        await File.WriteAllTextAsync(Path.Combine(data, "coffee.fountain"), Samples.CoffeeShop);
        var env = new Dictionary<string, string> { ["S2M_TOKEN"] = token };

        try
        {
            // Start a run: the JSON example prints the run's id; the multipart one answers with its run.
            var started = await BashAsync(Block("Start a run"), url, data, env);
            var run = started.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
            Assert.Matches("^[0-9a-f-]{8,}$", run);
            var multipart = JsonDocument.Parse(started.Output[started.Output.IndexOf('{')..]).RootElement;
            Assert.Equal("short-43", multipart.GetProperty("externalRef").GetString());
            env["RUN"] = run;

            // Read it until it ends, as the read example does.
            JsonElement read = default;
            await TestTime.UntilAsync(async () =>
            {
                read = JsonDocument.Parse((await BashAsync(Block("Read a run"), url, data, env)).Output).RootElement;
                return read.GetProperty("status").GetString() is not ("queued" or "running");
            }, 240, () => $"the run to end: {read}\n{app.Output}");
            Assert.Equal("completed", read.GetProperty("status").GetString());
            Assert.Equal("short-42", read.GetProperty("externalRef").GetString());

            var list = JsonDocument.Parse((await BashAsync(Block("List runs"), url, data, env)).Output).RootElement;
            Assert.Contains(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == run);

            // A finished run cannot be cancelled, and nothing failed to retry: the sentences the contract promises.
            var cancel = JsonDocument.Parse((await BashAsync(Block("Cancel"), url, data, env)).Output).RootElement;
            Assert.Equal(409, cancel.GetProperty("status").GetInt32());
            var retry = JsonDocument.Parse((await BashAsync(Block("Retry failed scenes"), url, data, env)).Output).RootElement;
            Assert.Equal(409, retry.GetProperty("status").GetInt32());

            // The media example downloads the movie with no cookie and no token, and ffprobe reads its duration.
            var media = await BashAsync(Block("Media links"), url, data, env);
            var duration = Regex.Match(media.Output, @"duration=([0-9.]+)");
            Assert.True(duration.Success, media.Output);
            Assert.True(double.Parse(duration.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 1, media.Output);
        }
        finally
        {
            try { Directory.Delete(data, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static async Task<(string Output, int ExitCode)> BashAsync(string script, string url, string workDir, IDictionary<string, string> env)
    {
        var psi = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script.Replace("http://localhost:8000", url)])
        {
            WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var (k, v) in env) psi.Environment[k] = v;
        using var bash = Process.Start(psi)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        using var deadline = TestTime.Deadline(60);
        await bash.WaitForExitAsync(deadline.Token);
        Assert.True(bash.ExitCode == 0, $"the example failed (exit {bash.ExitCode}):\n{script}\n{await output}\n{await error}");
        return (await output, bash.ExitCode);
    }
}
