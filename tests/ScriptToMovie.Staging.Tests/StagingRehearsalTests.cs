using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptToMovie.App.Cli;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Staging.Tests;

/// <summary>
/// The seed's Stage 2.5 on this machine (issue 12): the compose topology a self-hoster or staging runs, in the Staging
/// profile behind TLS, checked the way an operator would from outside.
/// </summary>
public sealed class StagingRehearsalTests(StagingTopology staging) : IClassFixture<StagingTopology>
{
    private const string FourScenes = """
        INT. KITCHEN - MORNING

        MARA pours coffee.

        MARA
        Another day.

        EXT. STREET - DAY

        MARA walks fast.

        MARA
        I am late again.

        INT. OFFICE - DAY

        JONAS waits at the desk.

        JONAS
        You are late.

        EXT. ROOFTOP - NIGHT

        MARA and JONAS look at the city.

        MARA
        Worth it.
        """;

    [Fact]
    public async Task The_smoke_command_passes_over_https_and_serves_the_movie_from_a_presigned_S3_URL()
    {
        var output = new StringWriter();
        var result = await SmokeCheck.RunAsync(staging.BaseUrl, new SmokeOptions(staging.CaCertificate, TestTime.Seconds(300)), output,
            CancellationToken.None);

        Assert.True(result.Passed, output.ToString());
        Assert.Contains(result.Lines, l => l.StartsWith("PASS a script too short to parse", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.StartsWith("PASS the movie plays", StringComparison.Ordinal));
        // The movie came from the bucket, by a presigned URL on the address browsers reach.
        Assert.StartsWith($"{staging.S3PublicEndpoint}/script-to-movie/projects/", result.MovieLocation);
        Assert.Contains("X-Amz-Signature=", result.MovieLocation);
    }

    [Fact]
    public async Task A_worker_killed_mid_run_is_replaced_and_the_run_completes_with_every_clip_made_once()
    {
        using var api = await SignedInAsync("kill");
        var created = await api.PostAsJsonAsync("/api/projects", new { title = "Killed worker", scriptContent = FourScenes });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var start = await api.PostAsJsonAsync($"/api/workflow/{id}/start", new { maxCostUsd = 0 });
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);

        // Wait for the clips step, then kill (SIGKILL) whichever worker holds the run's lease.
        JsonElement status = default;
        await TestTime.UntilAsync(async () =>
        {
            status = await api.GetFromJsonAsync<JsonElement>($"/api/workflow/{id}/status");
            Assert.True(status.GetProperty("status").GetString() is "queued" or "running", $"the run ended before its clips: {status}");
            return status.GetProperty("currentStep").GetString() == "clips";
        }, 180, () => $"the run to reach its clips: {status}");
        var holder = (await staging.SqlAsync($"SELECT leaseOwner FROM pipelineRuns WHERE projectId = {id} AND leaseOwner IS NOT NULL")).Single()[0];
        var worker = holder.Split(':')[0];
        Assert.True(worker is "worker1" or "worker2", $"the lease holder is {holder}");
        var before = await ClipsAsync(id);
        var container = (await staging.Compose(["ps", "-q", worker])).EnsureSuccess("compose ps").Output.Trim();
        // SIGKILL to the container's process from outside, as a crash or the OOM killer would: Docker 20.10 counts
        // `docker kill` as a deliberate stop and does not apply the restart policy to it (an orchestrator such as
        // ECS replaces such a task instead), so the crash is what a compose deployment must survive by itself.
        var pid = (await staging.Docker("inspect", "-f", "{{.State.Pid}}", container)).EnsureSuccess("docker inspect").Output.Trim();
        (await Shell.RunAsync("kill", ["-KILL", pid])).EnsureSuccess($"kill -KILL {pid} ({worker})");

        // The restart policy brings the killed container back, and the run completes (on it or on the other worker).
        await TestTime.UntilAsync(async () =>
        {
            var inspect = await staging.Docker("inspect", "-f", "{{.RestartCount}} {{.State.Running}}", container);
            return inspect.Output.Trim() is var s && !s.StartsWith("0 ", StringComparison.Ordinal) && s.EndsWith("true", StringComparison.Ordinal);
        }, 60, () => $"{worker} to be restarted after it was killed");
        await TestTime.UntilAsync(async () =>
        {
            status = await api.GetFromJsonAsync<JsonElement>($"/api/workflow/{id}/status");
            return status.GetProperty("status").GetString() is "completed" or "failed" or "cancelled";
        }, 300, () => $"the run to finish after the kill: {status}");
        Assert.True(status.GetProperty("status").GetString() == "completed", status.ToString());

        // Every scene has exactly one clip; the ones finished before the kill were not made again.
        var after = await ClipsAsync(id);
        Assert.Equal(4, after.Count);
        Assert.All(after.Values, c => Assert.Equal(("completed", 1), (c.Status, c.Rows)));
        foreach (var (scene, clip) in before.Where(b => b.Value.Status == "completed"))
            Assert.Equal(clip.UpdatedAt, after[scene].UpdatedAt);

        // The movie's URL answers with a presigned S3 URL whose file plays.
        var movie = await api.GetFromJsonAsync<JsonElement>($"/api/projects/{id}/movie");
        using var noRedirect = staging.Client(followRedirects: false);
        var redirect = await SignedInAsync("kill", noRedirect);
        var media = await redirect.GetAsync(movie.GetProperty("movieUrl").GetString());
        Assert.Equal(HttpStatusCode.Redirect, media.StatusCode);
        var presigned = media.Headers.Location!.ToString();
        Assert.StartsWith($"{staging.S3PublicEndpoint}/script-to-movie/projects/{id}/", presigned);
        Assert.Contains("X-Amz-Signature=", presigned);
        using var plain = new HttpClient();
        var file = Path.Combine(Path.GetTempPath(), $"s2m-rehearsal-{Guid.NewGuid():N}.mp4");
        try
        {
            await File.WriteAllBytesAsync(file, await plain.GetByteArrayAsync(presigned));
            var info = await new Probe(new ProcessRunner()).ReadAsync(file);
            Assert.True(info.Duration > TimeSpan.FromSeconds(1), $"the movie lasts {info.Duration}");
            Assert.Contains(info.Streams, s => s.CodecType == "video");
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task The_same_topology_refuses_to_start_with_a_plain_text_database_connection()
    {
        // The app: exit 78 with its sentence, before it touches anything.
        var refused = await staging.Compose(["run", "--rm", "--no-deps", "-T", "-e", "DATABASE_SSL_MODE=disabled", "api"], TimeSpan.FromMinutes(2));
        Assert.True(refused.ExitCode == 78, $"exit {refused.ExitCode}:\n{refused.Output}");
        Assert.Contains("DATABASE_SSL_MODE is disabled, but Staging sends database traffic over TLS only", refused.Output);

        // The database: from the API's container, the app's credentials work over TLS and are refused without it.
        string[] client = ["exec", "-T", "api", "mariadb", "-h", "db", "-us2m", $"-p{staging.ComposeEnv["DB_PASSWORD"]}", "-N", "-B", "script_to_movie"];
        var tls = (await staging.Compose([.. client, "--ssl", "-e", "SELECT @@require_secure_transport; SHOW STATUS LIKE 'Ssl_version'"]))
            .EnsureSuccess("mariadb over TLS");
        Assert.Matches(@"^1\s+Ssl_version\s+TLSv1\.[23]\s*$", tls.Output.Trim().ReplaceLineEndings(" "));
        var plain = await staging.Compose([.. client, "--skip-ssl", "-e", "SELECT 1"]);
        Assert.True(plain.ExitCode != 0, $"a plain-text connection was accepted:\n{plain.Output}");
    }

    [Fact]
    public async Task Doctor_inside_the_api_container_passes_every_check_of_the_staging_list()
    {
        var doctor = await staging.Compose(["exec", "-T", "api", "dotnet", "/app/ScriptToMovie.App.dll", "doctor", "--json"], TimeSpan.FromMinutes(2));
        Assert.True(doctor.ExitCode == 0, $"exit {doctor.ExitCode}:\n{doctor.Output}");
        var report = JsonDocument.Parse(doctor.Output[doctor.Output.IndexOf('{')..]).RootElement;
        Assert.True(report.GetProperty("passed").GetBoolean(), doctor.Output);
        var checks = report.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("check").GetString()!, c => c);
        // The bucket really took a file, gave it back through a presigned URL and let it go; the database is on TLS.
        Assert.Contains("presign", checks["storage"].GetProperty("detail").GetString());
        Assert.Equal("ok", checks["database"].GetProperty("status").GetString());
    }

    private async Task<HttpClient> SignedInAsync(string who, HttpClient? client = null)
    {
        var api = client ?? staging.Client();
        var email = $"rehearsal-{who}@example.com";
        await api.PostAsJsonAsync("/api/auth/register", new { email, password = "rehearsal-password", name = "Rehearsal" });
        var login = await api.PostAsJsonAsync("/api/auth/login", new { email, password = "rehearsal-password" });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        return api;
    }

    private async Task<Dictionary<string, (string Status, int Rows, string UpdatedAt)>> ClipsAsync(int projectId)
    {
        var rows = await staging.SqlAsync(
            "SELECT g.sceneId, MAX(g.status), COUNT(*), MAX(g.updatedAt) FROM generatedVideos g JOIN scenes s ON s.id = g.sceneId " +
            $"WHERE s.projectId = {projectId} GROUP BY g.sceneId");
        return rows.ToDictionary(r => r[0], r => (r[1], int.Parse(r[2]), r[3]));
    }
}
