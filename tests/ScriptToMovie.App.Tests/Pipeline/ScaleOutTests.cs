using System.Net;
using ScriptToMovie.App.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>
/// An API process and two worker processes on MariaDB and Redis (started by ./s2m test): the workers share the
/// runs, and clip generation never exceeds VIDEO_CONCURRENCY across both.
/// </summary>
public class ScaleOutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_workers_on_redis_and_mariadb_share_the_work_within_the_concurrency_limit()
    {
        var data = Directory.CreateTempSubdirectory("s2m-scale-").FullName;
        var port = AppProcess.FreePort();
        var env = new Dictionary<string, string>
        {
            ["DATA_DIR"] = data,
            ["DATABASE_URL"] = (Environment.GetEnvironmentVariable("S2M_TEST_MYSQL") ?? "mysql://s2m:s2m@127.0.0.1:3307/").TrimEnd('/') + "/s2m_scale_" + Guid.NewGuid().ToString("N")[..8],
            ["REDIS_URL"] = "redis://" + (Environment.GetEnvironmentVariable("S2M_TEST_REDIS") ?? "127.0.0.1:6390") + "/1",
            ["VIDEO_CONCURRENCY"] = "2",
            ["PIPELINE_QUEUE_POLL_SECONDS"] = "0.2",
            ["PIPELINE_HEARTBEAT_SECONDS"] = "0.5",
            ["PIPELINE_LEASE_SECONDS"] = TestTime.SettingSeconds(3),
            ["PIPELINE_RECONCILE_SECONDS"] = "0.5",
            ["LOGIN_RATE_LIMIT"] = "1000",
        };
        using var api = AppProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--no-worker"], env);
        await AppProcess.WaitForHttpAsync($"http://127.0.0.1:{port}/readyz", TimeSpan.FromSeconds(60));
        using var workerA = AppProcess.Start(["worker"], env);
        using var workerB = AppProcess.Start(["worker"], env);

        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await client.PostJsonAsync("/api/auth/register", new { email = "scale@example.com", password = "password123", name = "Scale" });
        await client.PostJsonAsync("/api/auth/login", new { email = "scale@example.com", password = "password123" });
        var projects = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            var id = await client.CreateProjectAsync($"Scale {i}", RunControlTests.ThreeScenes);
            await client.StartAsync($"/api/workflow/{id}/start");
            projects.Add(id);
        }

        var peak = 0;
        var statuses = new List<System.Text.Json.JsonElement>();
        await TestTime.UntilAsync(async () =>
        {
            statuses.Clear();
            foreach (var id in projects) statuses.Add(await client.GetJsonAsync($"/api/workflow/{id}/status"));
            var generating = statuses.Sum(s => s.GetProperty("scenes").EnumerateArray().Count(x => x.GetProperty("clip").GetString() == "running"));
            peak = Math.Max(peak, generating);
            return statuses.All(s => s.GetProperty("status").GetString() is not ("queued" or "running"));
        }, 240, () => $"the three runs to finish:\n{workerA.Output}\n{workerB.Output}");
        Assert.All(statuses, s => Assert.Equal("completed", s.GetProperty("status").GetString()));
        var line = $"Peak concurrent clip generations across two workers: {peak} (limit 2)";
        output.WriteLine(line);
        Figures.Record(line);
        Assert.InRange(peak, 1, 2);
        // Both workers took part: Hangfire logs each job a server performs.
        Assert.False(workerA.HasExited);
        Assert.False(workerB.HasExited);
    }
}
