using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Fakes.Kling;
using Xunit.Abstractions;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>
/// Many users at once on a real fleet: an API process and two worker processes on MariaDB and Redis, twenty
/// projects of three users started within a second. The runs draw their storyboards with a fake Kling that takes a
/// fixed time per picture, so the work the fleet must do is known and the wall time can be held against it.
/// </summary>
[Trait("Category", "Pipeline")]
public sealed class FleetTests(ITestOutputHelper output)
{
    private const int Users = 3;
    private const int ProjectCount = 20;
    private const int Workers = 2;
    private const int RunsPerWorker = 2;
    private const int RunsPerUser = 2;
    private const int PicturesPerRun = 3;
    private const int LongScenes = 5 * PicturesPerRun;

    [Fact]
    public async Task Twenty_projects_of_three_users_on_two_workers_all_complete_within_half_again_the_work_per_slot_and_a_short_run_is_not_stuck_behind_a_long_one()
    {
        // One Kling picture takes this long. The runs are the storyboard phase, whose work is these pictures and
        // little else (cast sheets off); a full run's trailer and clip encodes would make this a test of ffmpeg on a
        // small machine instead of the fleet. Scaled with the tests' time, so a slow machine's local work keeps its
        // proportion.
        var submitted = TestTime.Seconds(0.5);
        var processing = TestTime.Seconds(4.5);
        var pictureTime = submitted + processing;
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions
        {
            // Quick while the workers warm up; the measured runs get the real latency.
            SubmittedFor = TimeSpan.FromMilliseconds(100), ProcessingFor = TimeSpan.FromMilliseconds(200),
            // Exactly what the fleet may have in flight (every run slot drawing its pictures): one more answers 1303.
            ConcurrencyLimit = Workers * RunsPerWorker * PicturesPerRun,
        });

        var data = Directory.CreateTempSubdirectory("s2m-fleet-").FullName;
        var port = AppProcess.FreePort();
        var database = "s2m_fleet_" + Guid.NewGuid().ToString("N")[..8];
        var env = new Dictionary<string, string>
        {
            ["DATA_DIR"] = data,
            ["DATABASE_URL"] = (Environment.GetEnvironmentVariable("S2M_TEST_MYSQL") ?? "mysql://s2m:s2m@127.0.0.1:3307/").TrimEnd('/') + "/" + database,
            ["REDIS_URL"] = "redis://" + (Environment.GetEnvironmentVariable("S2M_TEST_REDIS") ?? "127.0.0.1:6390") + "/2",
            ["IMAGE_PROVIDER"] = "kling",
            ["KLING_BASE_URL"] = kling.BaseUrl,
            ["KLING_API_KEY"] = kling.Options.AccessKey,
            ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
            ["KLING_CAST_SHEETS"] = "false",
            ["KLING_POLL_FIRST_SECONDS"] = "0.1",
            ["KLING_POLL_SECONDS"] = "0.25",
            ["KLING_DEFAULT_MAX_COST_USD"] = "10000",
            ["IMAGE_CONCURRENCY"] = PicturesPerRun.ToString(),
            ["PIPELINE_RUNS_PER_WORKER"] = RunsPerWorker.ToString(),
            ["RUNS_PER_USER"] = RunsPerUser.ToString(),
            ["PIPELINE_QUEUE_POLL_SECONDS"] = "0.2",
            ["PIPELINE_HEARTBEAT_SECONDS"] = "0.5",
            ["PIPELINE_LEASE_SECONDS"] = TestTime.SettingSeconds(5),
            ["PIPELINE_RECONCILE_SECONDS"] = "1",
            ["LOGIN_RATE_LIMIT"] = "1000",
            ["ACTION_RATE_LIMIT"] = "1000",
        };
        using var api = AppProcess.Start(["serve", "--urls", $"http://127.0.0.1:{port}", "--no-worker"], env);
        await AppProcess.WaitForHttpAsync($"http://127.0.0.1:{port}/readyz", TimeSpan.FromSeconds(60));
        using var workerA = AppProcess.Start(["worker"], env);
        using var workerB = AppProcess.Start(["worker"], env);
        string Logs() => $"--- API ---\n{Tail(api.Output)}\n--- worker A ---\n{Tail(workerA.Output)}\n--- worker B ---\n{Tail(workerB.Output)}";

        try
        {
            var users = new List<HttpClient>();
            for (var u = 0; u <= Users; u++)
            {
                var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                await client.PostJsonAsync("/api/auth/register", new { email = $"fleet{u}@example.com", password = "password123", name = $"Fleet {u}" });
                await client.PostJsonAsync("/api/auth/login", new { email = $"fleet{u}@example.com", password = "password123" });
                users.Add(client);
            }

            // Project 0 is user 0's long script; project 1 is user 1's three scenes, started just after it; the other
            // eighteen take turns among the three users. Each is parsed first (by the fleet too).
            var runs = new List<Run>();
            for (var i = 0; i < ProjectCount; i++)
            {
                var user = i == 0 ? 0 : i == 1 ? 1 : i % Users;
                var scenes = i == 0 ? LongScenes : 3;
                var id = await users[user].CreateProjectAsync($"Fleet {i}", i == 0 ? Script(LongScenes) : RunControlTests.ThreeScenes);
                runs.Add(new Run(i, user, id, scenes));
            }
            // A fourth user's small storyboards go first, so that both workers have loaded and compiled the picture path
            // (seconds of JIT on a busy machine) before the clock starts.
            var warmUps = new List<int>();
            for (var i = 0; i < Workers * RunsPerWorker; i++) warmUps.Add(await users[Users].CreateProjectAsync($"Warm-up {i}", Script(1)));
            await Task.WhenAll(runs.Select(r => users[r.User].StartAsync($"/api/phases/script-to-trailer/{r.ProjectId}/parse"))
                .Concat(warmUps.Select(id => users[Users].StartAsync($"/api/phases/script-to-trailer/{id}/parse"))));
            foreach (var r in runs) Assert.Equal("draft", (await users[r.User].WaitForRunAsync(r.ProjectId)).GetProperty("status").GetString());
            foreach (var id in warmUps) await users[Users].WaitForRunAsync(id);
            await MarkTrailersCutAsync(database, runs.Select(r => r.ProjectId).Concat(warmUps).ToList());
            await Task.WhenAll(warmUps.Select(id => users[Users].StartAsync($"/api/phases/trailer-to-storyboard/{id}/generate")));
            foreach (var id in warmUps) Assert.Equal("draft", (await users[Users].WaitForRunAsync(id)).GetProperty("status").GetString());
            kling.Options.SubmittedFor = submitted;
            kling.Options.ProcessingFor = processing;

            var clock = Stopwatch.StartNew();
            await Start(runs[0]);
            await Start(runs[1]);
            await Task.WhenAll(runs.Skip(2).Select(Start));
            var answered = clock.Elapsed;

            async Task Start(Run run) => run.RunId = (await users[run.User].StartAsync($"/api/phases/trailer-to-storyboard/{run.ProjectId}/generate")).GetProperty("runId").GetString()!;

            // Wait for every run to end; how long each took is read afterwards from the run rows the workers wrote, not
            // from these polls (which a busy machine delays by seconds).
            await TestTime.UntilAsync(async () =>
            {
                foreach (var run in runs.Where(r => r.LastStatus.ValueKind == JsonValueKind.Undefined || r.LastStatus.GetProperty("status").GetString() is "queued" or "running"))
                    run.LastStatus = await users[run.User].GetJsonAsync($"/api/workflow/{run.ProjectId}/status");
                return runs.All(r => r.LastStatus.GetProperty("status").GetString() is not ("queued" or "running"));
            }, 240, () => $"all twenty runs to end ({runs.Count(r => r.LastStatus.ValueKind == JsonValueKind.Undefined || r.LastStatus.GetProperty("status").GetString() is "queued" or "running")} still going):\n{Logs()}");
            await ReadTimesAsync(database, runs);
            var first = runs.Min(r => r.StartedAt);
            var wall = runs.Max(r => r.FinishedAt) - first;
            var startSpread = runs.Max(r => r.StartedAt) - first;

            // The work: a run draws its pictures PicturesPerRun at a time, so it needs ⌈scenes / PicturesPerRun⌉ rounds of
            // one picture's time at least: 5 rounds for the long run, 1 for each of the 19 others, 24 in
            // all. Runs go at once up to the fleet's run slots, workers × PIPELINE_RUNS_PER_WORKER = 2 × 2 = 4 (fewer than
            // users × RUNS_PER_USER = 3 × 2 = 6, so those bind), and one user's runs up to RUNS_PER_USER = 2 at once
            // (user 0: 5 + 6 = 11 rounds over 2 slots, less than 24 over 4). The shortest possible wall time is the larger
            // of the whole work over the fleet's slots and the busiest user's work over theirs: 24 / 4 = 6 rounds.
            // (The clip slots do not bind here: these runs make no clips.) Wall time counts from the first run made to the
            // last one ended, both as the server recorded them.
            // A run's work is also what its worker does around the pictures (polling, downloading, storing, the step's
            // bookkeeping): on a busy two-core machine that is seconds per run, as much as the pictures themselves. So a
            // run's work is the larger of its pictures' rounds and the time it was actually drawing (its storyboard step
            // started → the run ended, not counting its wait in line), and the bound holds the fleet to keeping its slots
            // busy: a lock that made runs wait for each other, or a slot left idle between runs, shows as wall time.
            var fleetSlots = Math.Min(Workers * RunsPerWorker, Users * RunsPerUser);
            TimeSpan Rounds(Run r) => pictureTime * Math.Ceiling(r.Scenes / (double)PicturesPerRun);
            TimeSpan Work(Run r) => TimeSpan.FromTicks(Math.Max(Rounds(r).Ticks, (r.FinishedAt - r.DrawingAt).Ticks));
            var total = runs.Aggregate(TimeSpan.Zero, (sum, r) => sum + Work(r));
            var busiestUser = runs.GroupBy(r => r.User).Max(g => g.Aggregate(TimeSpan.Zero, (sum, r) => sum + Work(r)));
            var ideal = TimeSpan.FromTicks(Math.Max((total / fleetSlots).Ticks, (busiestUser / RunsPerUser).Ticks));
            var picturesOnly = runs.Aggregate(TimeSpan.Zero, (sum, r) => sum + Rounds(r)) / fleetSlots;

            var report = new StringBuilder();
            report.AppendLine($"Fleet: {ProjectCount} storyboard runs of {Users} users ({runs.Sum(r => r.Scenes)} Kling pictures of {pictureTime.TotalSeconds:0.0} s, {PicturesPerRun} at a time per run) on {Workers} workers × {RunsPerWorker} run slots; starts made within {startSpread.TotalSeconds:0.00} s (answered within {answered.TotalSeconds:0.00} s); wall {wall.TotalSeconds:0.0} s against work/slots {ideal.TotalSeconds:0.0} s ({wall / ideal:0.00}×; pictures alone {picturesOnly.TotalSeconds:0.0} s); Kling peak {kling.PeakConcurrency} of {kling.Options.ConcurrencyLimit}; load {LoadAverage()}");
            foreach (var r in runs)
                report.AppendLine($"  run {r.Index,2} user {r.User} {r.Scenes} scenes: started {(r.StartedAt - first).TotalSeconds,5:0.0}  drawing {(r.DrawingAt - first).TotalSeconds,5:0.0}  ended {(r.FinishedAt - first).TotalSeconds,5:0.0} s  {r.LastStatus.GetProperty("status").GetString()}");
            output.WriteLine(report.ToString());
            Figures.Record(report.ToString().Split('\n')[0]);

            // All complete: the phase's run ends and leaves the project a draft with every picture drawn.
            foreach (var r in runs)
            {
                Assert.True(r.LastStatus.GetProperty("status").GetString() == "draft" && r.LastStatus.StepStatus("storyboard") == "completed",
                    $"run {r.Index} ended {r.LastStatus}\n{Logs()}");
                Assert.All(r.LastStatus.GetProperty("scenes").EnumerateArray(), s => Assert.Equal("completed", s.GetProperty("storyboard").GetString()));
            }
            Assert.DoesNotContain("DistributedLockTimeoutException", workerA.Output + workerB.Output + api.Output);
            Assert.InRange(kling.PeakConcurrency, 1, kling.Options.ConcurrencyLimit);
            Assert.True(wall <= ideal * 1.5, $"Wall time {wall.TotalSeconds:0.0} s is more than 1.5× the work per slot ({ideal.TotalSeconds:0.0} s).\n{report}");
            // A user's waiting runs go in the order they were started (a moment's leeway for two that start together).
            foreach (var user in runs.GroupBy(r => r.User))
            {
                var waited = user.OrderBy(r => r.Key).Skip(RunsPerUser).ToList();
                for (var k = 1; k < waited.Count; k++)
                    Assert.True(waited[k].DrawingAt >= waited[k - 1].DrawingAt - TestTime.Seconds(0.5),
                        $"User {user.Key}'s run {waited[k].Index} began before their earlier run {waited[k - 1].Index}.\n{report}");
            }
            // Fairness: user 1's three scenes, started after user 0's long script, are done first.
            Assert.True(runs[1].FinishedAt < runs[0].FinishedAt, $"The short run ended after the long one.\n{report}");
        }
        finally
        {
            Keep("fleet-api.log", api.Output);
            Keep("fleet-worker-a.log", workerA.Output);
            Keep("fleet-worker-b.log", workerB.Output);
        }
    }

    /// <summary>
    /// Records each project's trailer as cut, so the storyboard may start. Cutting twenty real trailers (a 20–40 s
    /// encode each) is minutes of ffmpeg on a two-core machine and says nothing about the fleet.
    /// </summary>
    private static async Task MarkTrailersCutAsync(string database, IReadOnlyCollection<int> projects)
    {
        await using var db = TestDatabase.MySqlAdmin();
        await db.OpenAsync();
        await db.ChangeDatabaseAsync(database);
        await using var cmd = db.CreateCommand();
        cmd.CommandText = $"UPDATE pipelineSteps SET status = 'completed', progress = 100, message = 'The trailer is ready.' WHERE name = 'trailer' AND projectId IN ({string.Join(',', projects)})";
        Assert.Equal(projects.Count, await cmd.ExecuteNonQueryAsync());
    }

    /// <summary>When each run was made, began drawing (its storyboard step started) and ended, as the server saw it.</summary>
    private static async Task ReadTimesAsync(string database, IReadOnlyList<Run> runs)
    {
        await using var db = TestDatabase.MySqlAdmin();
        await db.OpenAsync();
        await db.ChangeDatabaseAsync(database);
        foreach (var run in runs)
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT r.startedAt, s.startedAt, r.finishedAt, r.id FROM pipelineRuns r JOIN pipelineSteps s ON s.projectId = r.projectId AND s.name = 'storyboard' WHERE r.runId = @run";
            cmd.Parameters.AddWithValue("@run", run.RunId);
            await using var row = await cmd.ExecuteReaderAsync();
            Assert.True(await row.ReadAsync(), $"run {run.Index} has no row");
            run.StartedAt = row.GetDateTime(0);
            run.DrawingAt = row.IsDBNull(1) ? row.GetDateTime(0) : row.GetDateTime(1);
            run.FinishedAt = row.GetDateTime(2);
            run.Key = row.GetInt32(3);
        }
    }

    /// <summary>Keeps a process's output beside the figures, for reading a slow or failed run afterwards.</summary>
    private static void Keep(string name, string log)
    {
        var folder = Directory.CreateDirectory(Path.Combine(EndToEnd.Repository.Artifacts, "test-results"));
        File.WriteAllText(Path.Combine(folder.FullName, name), log);
    }

    private sealed class Run(int index, int user, int projectId, int scenes)
    {
        public int Index { get; } = index;
        public int User { get; } = user;
        public int ProjectId { get; } = projectId;
        public int Scenes { get; } = scenes;
        public string RunId { get; set; } = "";
        /// <summary>The run row's id: the order the server took the starts in.</summary>
        public int Key { get; set; }
        public DateTime StartedAt { get; set; }
        public DateTime DrawingAt { get; set; }
        public DateTime FinishedAt { get; set; }
        public JsonElement LastStatus { get; set; }
    }

    /// <summary>A script of <paramref name="scenes"/> short scenes, one line of dialogue each.</summary>
    private static string Script(int scenes) => string.Join("\n\n", Enumerable.Range(1, scenes).Select(i => $"""
        {(i % 2 == 0 ? "EXT" : "INT")}. PLACE NUMBER {i} - NIGHT

        MARA (40s, tired, green cardigan) waits.

        MARA
        This is scene {i}.
        """));

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }

    private static string Tail(string log) => log.Length <= 6000 ? log : log[^6000..];
}
