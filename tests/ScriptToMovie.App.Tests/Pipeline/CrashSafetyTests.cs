using System.Net;
using Microsoft.Data.Sqlite;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>
/// Kill the worker process (SIGKILL) in the middle of a step, start a new one: the run completes, no
/// finished scene is made again and no row is lost.
/// </summary>
public class CrashSafetyTests
{
    [Theory]
    [InlineData("storyboard")]
    [InlineData("clips")]
    [InlineData("assemble")]
    public async Task A_run_survives_its_worker_being_killed(string killDuring)
    {
        // Reusing the trailer's painted frames takes milliseconds, too quick to catch reliably; pictures from a
        // (fake) Kling that takes two seconds each (more on a busy machine) are the storyboard worth surviving a crash in.
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ProcessingFor = TestTime.Seconds(2) });
        var data = Directory.CreateTempSubdirectory("s2m-crash-").FullName;
        var port = AppProcess.FreePort();
        var env = new Dictionary<string, string>(AppProcess.QuickPipeline(data))
        {
            // Joining stream copies finishes in half a second, too quick to catch reliably; drawing the captions
            // into the picture re-encodes the movie, which is the assembly worth surviving a crash in.
            ["BURN_SUBTITLES"] = killDuring == "assemble" ? "true" : "false",
        };
        if (killDuring == "storyboard")
        {
            env["IMAGE_PROVIDER"] = "kling";
            env["KLING_BASE_URL"] = kling.BaseUrl;
            env["KLING_API_KEY"] = kling.Options.AccessKey;
            env["KLING_SECRET_KEY"] = kling.Options.SecretKey;
            env["KLING_POLL_SECONDS"] = "0.1";
        }
        using var api = AppProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--no-worker"], env);
        var worker = AppProcess.Start(["worker"], env);
        try
        {
            var client = await SignedInAsync(port);
            var id = await client.CreateProjectAsync("Crash", RunControlTests.ThreeScenes);
            await client.StartAsync($"/api/workflow/{id}/start");

            // Wait until the chosen step is under way, then kill the worker without warning.
            System.Text.Json.JsonElement s = default;
            await TestTime.UntilAsync(async () =>
            {
                s = await client.GetJsonAsync($"/api/workflow/{id}/status");
                if (s.GetProperty("currentStep").GetString() == killDuring) return true;
                Assert.True(s.GetProperty("status").GetString() is "queued" or "running", $"the run ended before {killDuring}: {s}");
                return false;
            }, 120, () => $"the run to reach {killDuring}: {s}\n{worker.Output}");
            var finishedBefore = CompletedClips(data);
            worker.Kill();

            worker = AppProcess.Start(["worker"], env);
            var final = await client.WaitForRunAsync(id, TimeSpan.FromSeconds(180));
            Assert.True(final.GetProperty("status").GetString() == "completed", $"{final}\n{worker.Output}");

            // Clips finished before the kill were not made again, and every scene has exactly one clip row.
            var finishedAfter = CompletedClips(data);
            foreach (var (scene, stamp) in finishedBefore) Assert.Equal(stamp, finishedAfter[scene]);
            Assert.Equal(3, finishedAfter.Count);
            Assert.Equal(3, Count(data, "SELECT COUNT(*) FROM scenes"));
            Assert.Equal(1, Count(data, "SELECT COUNT(*) FROM finalMovies WHERE status = 'completed'"));
        }
        finally
        {
            worker.Dispose();
        }
    }

    [Fact]
    public async Task A_worker_killed_while_kling_tasks_are_in_flight_is_replaced_and_nothing_is_paid_twice()
    {
        // Three seconds a clip (more on a busy machine): long enough to find two of them in flight.
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ProcessingFor = TestTime.Seconds(3) });
        var data = Directory.CreateTempSubdirectory("s2m-crash-kling-").FullName;
        var port = AppProcess.FreePort();
        var env = new Dictionary<string, string>(AppProcess.QuickPipeline(data))
        {
            ["VIDEO_PROVIDER"] = "kling",
            ["IMAGE_PROVIDER"] = "kling",
            ["VIDEO_CONCURRENCY"] = "3",
            ["KLING_BASE_URL"] = kling.BaseUrl,
            ["KLING_API_KEY"] = kling.Options.AccessKey,
            ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
            ["KLING_POLL_SECONDS"] = "0.1",
        };
        using var api = AppProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--no-worker"], env);
        var worker = AppProcess.Start(["worker"], env);
        try
        {
            var client = await SignedInAsync(port);
            var id = await client.CreateProjectAsync("Crash with Kling", RunControlTests.ThreeScenes);
            await client.StartAsync($"/api/workflow/{id}/start");

            // Kill the worker while Kling is still working on paid clips.
            await TestTime.UntilAsync(
                () => kling.Tasks.Count(t => t.IsVideo && t.StatusAt(DateTimeOffset.UtcNow) is "submitted" or "processing") >= 2,
                120, () => $"two clips in flight on Kling:\n{worker.Output}");
            worker.Kill();
            var sentBeforeKill = kling.Tasks.Select(t => t.ExternalTaskId).ToList();

            worker = AppProcess.Start(["worker"], env);
            var final = await client.WaitForRunAsync(id, TimeSpan.FromSeconds(180));
            Assert.True(final.GetProperty("status").GetString() == "completed", $"{final}\n{worker.Output}");

            // One picture and one clip per scene, every task created once, the ones in flight picked up by polling.
            Assert.Equal(3, kling.Tasks.Count(t => !t.IsVideo));
            Assert.Equal(3, kling.Tasks.Count(t => t.IsVideo));
            Assert.All(kling.CreatesPerExternalId.Values, creates => Assert.Equal(1, creates));
            Assert.All(sentBeforeKill, external => Assert.Equal(1, kling.CreatesPerExternalId[external!]));
            Assert.Equal(3, Count(data, "SELECT COUNT(*) FROM generatedVideos WHERE status = 'completed' AND provider = 'kling'"));
            Assert.Equal(6, Count(data, "SELECT COUNT(*) FROM costLedger"));
        }
        finally
        {
            worker.Dispose();
        }
    }

    private static async Task<HttpClient> SignedInAsync(int port)
    {
        await AppProcess.WaitForHttpAsync($"http://127.0.0.1:{port}/readyz", TimeSpan.FromSeconds(60));
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await client.PostJsonAsync("/api/auth/register", new { email = "crash@example.com", password = "password123", name = "Crash" });
        await client.PostJsonAsync("/api/auth/login", new { email = "crash@example.com", password = "password123" });
        return client;
    }

    private static Dictionary<int, string> CompletedClips(string data)
    {
        using var c = new SqliteConnection($"Data Source={Path.Combine(data, "script_to_movie.db")}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT sceneId, updatedAt, (SELECT COUNT(*) FROM generatedVideos g2 WHERE g2.sceneId = g.sceneId) FROM generatedVideos g WHERE status = 'completed'";
        using var r = cmd.ExecuteReader();
        var result = new Dictionary<int, string>();
        while (r.Read())
        {
            Assert.Equal(1L, r.GetInt64(2));
            result[r.GetInt32(0)] = r.GetString(1);
        }
        return result;
    }

    private static long Count(string data, string sql)
    {
        using var c = new SqliteConnection($"Data Source={Path.Combine(data, "script_to_movie.db")}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (long)cmd.ExecuteScalar()!;
    }
}
