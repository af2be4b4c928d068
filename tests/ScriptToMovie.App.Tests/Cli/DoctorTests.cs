using System.Text.Json;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Cli;

/// <summary>./s2m doctor as an operator runs it on a server: one row per check, a sentence with the fix per failure, exit 1.</summary>
public sealed class DoctorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("s2m-doctor-");

    [Fact]
    public async Task The_offline_default_passes_every_check_and_says_which_providers_it_skipped()
    {
        var (exit, checks, raw) = await DoctorAsync(new());

        Assert.True(exit == 0, raw);
        Assert.Equal("ok", checks["settings"].Status);
        Assert.Equal("ok", checks["database"].Status);
        Assert.Contains("SQLite", checks["database"].Detail);
        Assert.Equal("ok", checks["storage"].Status);
        Assert.Equal("ok", checks["ffmpeg"].Status);
        Assert.Contains("ffmpeg version", checks["ffmpeg"].Detail);
        Assert.Equal("ok", checks["espeak-ng"].Status);
        Assert.Equal("skipped", checks["redis"].Status);
        Assert.Equal("skipped", checks["kling"].Status);
        Assert.Contains("Not selected", checks["kling"].Detail);
        Assert.Equal("skipped", checks["anthropic"].Status);

        var table = await AppCommand.RunAsync(_folder.FullName, TimeSpan.FromMinutes(1), Env(new()), "doctor");
        Assert.True(table.ExitCode == 0, table.Output + table.Error);
        Assert.Contains("Every check passed.", table.Output);
    }

    [Fact]
    public async Task A_bucket_that_cannot_be_reached_fails_the_storage_check_with_what_to_fix()
    {
        var (exit, checks, raw) = await DoctorAsync(new()
        {
            ["STORAGE"] = "s3", ["S3_BUCKET"] = "doctor-test", ["S3_ENDPOINT"] = $"http://127.0.0.1:{AppProcess.FreePort()}",
            ["S3_FORCE_PATH_STYLE"] = "true", ["AWS_ACCESS_KEY_ID"] = "S3RVER", ["AWS_SECRET_ACCESS_KEY"] = "S3RVER",
        });

        Assert.True(exit == 1, raw);
        Assert.Equal("failed", checks["storage"].Status);
        Assert.Contains("Could not write a file in bucket doctor-test", checks["storage"].Detail);
        Assert.Contains("check S3_BUCKET, S3_ENDPOINT", checks["storage"].Detail);
        Assert.Equal("ok", checks["database"].Status);
    }

    [Fact]
    public async Task An_unreachable_database_fails_the_database_check_with_what_to_fix()
    {
        var (exit, checks, raw) = await DoctorAsync(new() { ["DATABASE_URL"] = $"mysql://s2m:secret@127.0.0.1:{AppProcess.FreePort()}/script_to_movie" });

        Assert.True(exit == 1, raw);
        Assert.Equal("failed", checks["database"].Status);
        Assert.StartsWith("The database is not reachable", checks["database"].Detail);
        Assert.Contains("check DATABASE_URL's host, port, user and password", checks["database"].Detail);
        Assert.DoesNotContain("secret", raw);
    }

    [Fact]
    public async Task A_wrong_kling_key_fails_the_kling_check_with_what_to_fix()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        var (exit, checks, raw) = await DoctorAsync(new()
        {
            ["VIDEO_PROVIDER"] = "kling", ["KLING_BASE_URL"] = kling.BaseUrl,
            ["KLING_API_KEY"] = "fake-access-key", ["KLING_SECRET_KEY"] = "a-wrong-secret-key-that-is-long-enough-to-sign",
        });

        Assert.True(exit == 1, raw);
        Assert.Equal("failed", checks["kling"].Status);
        Assert.Contains("Kling refused the keys (HTTP 401", checks["kling"].Detail);
        Assert.Contains("KLING_API_KEY and KLING_SECRET_KEY", checks["kling"].Detail);
        Assert.Equal(1, checks.Values.Count(c => c.Status == "failed"));
    }

    private Dictionary<string, string?> Env(Dictionary<string, string?> extra)
    {
        var env = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DATA_DIR"] = Path.Combine(_folder.FullName, "data") };
        foreach (var (k, v) in extra) env[k] = v;
        return env;
    }

    private async Task<(int Exit, Dictionary<string, (string Status, string Detail)> Checks, string Raw)> DoctorAsync(Dictionary<string, string?> extra)
    {
        var result = await AppCommand.RunAsync(_folder.FullName, TimeSpan.FromMinutes(1), Env(extra), "doctor", "--json");
        var raw = $"exit {result.ExitCode}\n{result.Output}\n{result.Error}";
        using var doc = JsonDocument.Parse(result.Output);
        Assert.Equal(result.ExitCode == 0, doc.RootElement.GetProperty("passed").GetBoolean());
        var checks = doc.RootElement.GetProperty("checks").EnumerateArray()
            .ToDictionary(c => c.GetProperty("check").GetString()!, c => (c.GetProperty("status").GetString()!, c.GetProperty("detail").GetString()!));
        return (result.ExitCode, checks, raw);
    }

    public void Dispose()
    {
        try { _folder.Delete(true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
