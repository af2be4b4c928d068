using System.Net;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>A worker killed with SIGKILL takes its ffmpeg with it, and its temporary files are swept at the next start.</summary>
public class WorkerDeathTests
{
    [Fact]
    public async Task A_worker_killed_mid_clip_leaves_no_ffmpeg_running_and_no_temporary_file_after_a_restart()
    {
        var data = Directory.CreateTempSubdirectory("s2m-death-").FullName;
        var port = AppProcess.FreePort();
        var env = AppProcess.QuickPipeline(data);
        using var api = AppProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--no-worker"], env);
        var worker = AppProcess.Start(["worker"], env);
        try
        {
            await AppProcess.WaitForHttpAsync($"http://127.0.0.1:{port}/readyz", TimeSpan.FromSeconds(60));
            var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await client.PostJsonAsync("/api/auth/register", new { email = "death@example.com", password = "password123", name = "Death" });
            await client.PostJsonAsync("/api/auth/login", new { email = "death@example.com", password = "password123" });
            var id = await client.CreateProjectAsync("Killed mid-clip", RunControlTests.ThreeScenes);
            await client.StartAsync($"/api/workflow/{id}/start");

            // The worker's own folder under DATA_DIR/work, and an ffmpeg of the clips step writing into it.
            var work = Path.Combine(data, "work");
            var mine = $"{Path.Combine(work, worker.Id.ToString())}-";
            await TestTime.UntilAsync(async () =>
            {
                var s = await client.GetJsonAsync($"/api/workflow/{id}/status");
                Assert.True(s.GetProperty("status").GetString() is "queued" or "running", $"the run ended before its clips: {s}\n{worker.Output}");
                return s.GetProperty("currentStep").GetString() == "clips" && ToolsWriting(mine).Count > 0;
            }, 180, () => $"an ffmpeg making a clip in {mine}*\n{worker.Output}");
            var folder = Directory.GetDirectories(work).Single(d => d.StartsWith(mine));

            worker.KillAlone();
            await TestTime.UntilAsync(() => ToolsWriting(mine).Count == 0, 5,
                () => $"the killed worker's tools to be gone: {string.Join("; ", ToolsWriting(mine))}");
            Assert.True(Directory.Exists(folder), "the killed worker's folder is there until a worker starts again");

            worker = AppProcess.Start(["worker"], env);
            var final = await client.WaitForRunAsync(id, TimeSpan.FromSeconds(180));
            Assert.True(final.GetProperty("status").GetString() == "completed", $"{final}\n{worker.Output}");
            Assert.False(Directory.Exists(folder), $"the killed worker's temporary files are still in {folder}");
            // What is left belongs to the processes alive now.
            Assert.All(Directory.GetDirectories(work), d => Assert.True(
                Path.GetFileName(d).StartsWith($"{api.Id}-") || Path.GetFileName(d).StartsWith($"{worker.Id}-"), $"a stray folder: {d}"));
        }
        finally
        {
            worker.Dispose();
            try { Directory.Delete(data, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Command lines of running processes that mention <paramref name="path"/>.</summary>
    private static List<string> ToolsWriting(string path)
    {
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (cmdline.Contains(path) && !cmdline.Contains("ScriptToMovie.App.dll")) found.Add(cmdline);
            }
            catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return found;
    }
}
