using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Providers.Anthropic;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Cli;

/// <summary>
/// The checks of ./s2m doctor. Each returns one row and never throws: a check that cannot run says why. Settings are
/// checked by the same rules as a start (SettingsCatalog, DeployedProfile); everything else is tried for real —
/// the database is queried, the bucket written, read through a presigned URL and emptied, the providers called
/// with a request that costs nothing.
/// </summary>
public static class DoctorChecks
{
    private static readonly TimeSpan PerCheck = TimeSpan.FromSeconds(20);

    public static async Task<IReadOnlyList<DoctorResult>> RunAllAsync(string? dataDirectory, CancellationToken ct)
    {
        var results = new List<DoctorResult>();
        await using var services = CliServices.Build(dataDirectory, check: false);
        // Bad settings are a row of their own below; the other checks still run where they can.
        var config = services.GetRequiredService<IConfiguration>();
        var environment = CliServices.EnvironmentName;

        var problems = SettingsCatalog.Problems(config, environment);
        results.Add(problems.Count == 0
            ? DoctorResult.Ok("settings", $"Every key is valid for {environment}{(DeployedProfile.Applies(environment) ? ", including its deployed rules (MySQL over TLS, S3, JWT_SECRET, CORS_ORIGINS)" : "")}.")
            : DoctorResult.Fail("settings", string.Join(" ", problems)));

        results.Add(await RunAsync("database", () => DatabaseAsync(services, environment, ct), ct));
        results.Add(await RunAsync("storage", () => StorageAsync(services, ct), ct));
        results.Add(await RunAsync("redis", () => RedisAsync(services), ct));
        results.Add(await RunAsync("ffmpeg", () => ToolAsync(services, "ffmpeg", t => t.FFmpeg, ["-hide_banner", "-version"], ct), ct));
        results.Add(await RunAsync("espeak-ng", () => ToolAsync(services, "espeak-ng", t => t.EspeakNg, ["--version"], ct), ct));
        results.Add(await RunAsync("kling", () => KlingAsync(services, ct), ct));
        results.Add(await RunAsync("anthropic", () => AnthropicAsync(services, ct), ct));
        return results;
    }

    private static async Task<DoctorResult> RunAsync(string name, Func<Task<DoctorResult>> check, CancellationToken ct)
    {
        try
        {
            return await check().WaitAsync(PerCheck, ct);
        }
        catch (TimeoutException)
        {
            return DoctorResult.Fail(name, $"The {name} check did not answer within {PerCheck.TotalSeconds:0} seconds: check the address and that this machine may reach it (security groups, firewall).");
        }
        catch (InvalidSettingsException e)
        {
            return DoctorResult.Fail(name, $"Could not be checked while its settings are invalid: {string.Join(" ", e.Problems)}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return DoctorResult.Fail(name, $"The {name} check failed: {Innermost(e).Message}");
        }
    }

    private static async Task<DoctorResult> DatabaseAsync(IServiceProvider services, string environment, CancellationToken ct)
    {
        var app = services.GetRequiredService<AppSettings>();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var mySql = db.Database.IsMySql();
        try
        {
            await db.Database.OpenConnectionAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return DoctorResult.Fail("database", $"The database is not reachable ({Innermost(e).Message.TrimEnd('.')}): check DATABASE_URL's host, port, user and password, that the database server runs and that this machine may reach it{(mySql ? ", and DATABASE_SSL_MODE/DATABASE_SSL_CA" : "")}.");
        }
        try
        {
            var tls = "";
            if (mySql)
            {
                // SHOW answers (Variable_name, Value) on MySQL and MariaDB alike, performance_schema or not.
                var cipher = await db.Database.SqlQueryRaw<string>("SHOW SESSION STATUS LIKE 'Ssl_cipher'").ToListAsync(ct);
                var encrypted = cipher.FirstOrDefault() is { Length: > 0 };
                var required = DeployedProfile.Applies(environment) || app.DatabaseSslMode is "required" or "verify_ca" or "verify_identity";
                if (required && !encrypted)
                    return DoctorResult.Fail("database", "The database connection is not encrypted although TLS is required: set DATABASE_SSL_MODE=required (or verify_identity with DATABASE_SSL_CA) and make the server offer TLS (RDS does; require_secure_transport=ON enforces it).");
                tls = encrypted ? $" over TLS ({cipher[0]})" : " without TLS (allowed outside Staging/Production)";
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            // A new, empty database is fine: serve, worker and migrate create the tables before anything else runs.
            if (pending.Count > 0 && !(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
                return DoctorResult.Ok("database", $"{(mySql ? "MySQL" : "SQLite")} answers{tls}; it is empty, and the first ./s2m serve, worker or migrate creates its tables.");
            if (pending.Count > 0)
                return DoctorResult.Fail("database", $"The database lacks {pending.Count} migration(s), the first {pending[0]}: run ./s2m migrate (or start ./s2m serve once) with this configuration.");
            return DoctorResult.Ok("database", $"{(mySql ? "MySQL" : "SQLite")} answers{tls}; every migration is applied.");
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    private static async Task<DoctorResult> StorageAsync(IServiceProvider services, CancellationToken ct)
    {
        var settings = services.GetRequiredService<StorageSettings>();
        var storage = services.GetRequiredService<IMediaStorage>();
        var where = settings.UsesS3 ? $"bucket {settings.S3Bucket}{(settings.S3Endpoint is { } endpoint ? $" at {endpoint}" : $" in {settings.AwsRegion}")}" : "the local media folder";
        var key = $"doctor/{Environment.MachineName}-{Guid.NewGuid():N}.txt";
        var written = System.Text.Encoding.UTF8.GetBytes("doctor " + key);
        var step = "write";
        try
        {
            await storage.PutBytesAsync(key, written, ct);
            step = "read";
            await using (var stream = await storage.OpenReadAsync(key, ct))
            {
                if (stream is null) return DoctorResult.Fail("storage", $"{where} lost a file just written to it: check that nothing else deletes objects there.");
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, ct);
                if (!copy.ToArray().AsSpan().SequenceEqual(written)) return DoctorResult.Fail("storage", $"{where} returned different bytes than were written.");
            }
            var presigned = "";
            if (storage is IPresignedMedia signer)
            {
                step = "presign";
                // Signed for this server's address: browsers' address (S3_PUBLIC_ENDPOINT) may not be reachable from here,
                // and what can fail on the server's side (credentials, clock, bucket policy) is the same for both.
                var url = await signer.PresignedUrlAsync(key, "text/plain", null, ct, forThisServer: true);
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
                using var response = await http.GetAsync(url, ct);
                if (!response.IsSuccessStatusCode)
                    return DoctorResult.Fail("storage", $"A browser could not fetch a presigned URL of {where} (HTTP {(int)response.StatusCode}): the signing credentials may not read the bucket, or the clock is off; check the task role or AWS keys and S3_ENDPOINT.");
                presigned = ", presign";
            }
            step = "delete";
            await storage.DeletePrefixAsync(key, ct);
            if (await storage.ExistsAsync(key, ct)) return DoctorResult.Fail("storage", $"{where} kept a file it was asked to delete: allow s3:DeleteObject to the app's role.");
            return DoctorResult.Ok("storage", $"{where}: put, get{presigned} and delete work.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var fix = settings.UsesS3
                ? "check S3_BUCKET, S3_ENDPOINT, AWS_REGION and the credentials (AWS keys or the task role), and that the role may put, get and delete objects in the bucket"
                : "make the media folder (DATA_DIR/media) writable";
            return DoctorResult.Fail("storage", $"Could not {step} a file in {where} ({Innermost(e).Message.TrimEnd('.')}): {fix}.");
        }
    }

    private static async Task<DoctorResult> RedisAsync(IServiceProvider services)
    {
        var url = services.GetRequiredService<PipelineSettings>().RedisUrl;
        if (url is null) return DoctorResult.Skip("redis", "REDIS_URL is not set: jobs are kept in the database (fine for one machine; set it to share work between machines).");
        var options = StackExchange.Redis.ConfigurationOptions.Parse(PipelineSetup.RedisConnection(url));
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 5000;
        try
        {
            await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(options);
            var latency = await redis.GetDatabase().PingAsync();
            return DoctorResult.Ok("redis", $"Redis answers in {latency.TotalMilliseconds:0} ms.");
        }
        catch (Exception e) when (e is StackExchange.Redis.RedisException or TimeoutException)
        {
            return DoctorResult.Fail("redis", $"Redis is not reachable ({Innermost(e).Message.Split('\n')[0].TrimEnd('.')}): check REDIS_URL and that this machine may reach it.");
        }
    }

    private static async Task<DoctorResult> ToolAsync(IServiceProvider services, string name, Func<MediaTools, string> path, string[] arguments, CancellationToken ct)
    {
        var runner = services.GetRequiredService<ProcessRunner>();
        var executable = path(runner.Tools);
        if (ToolPath.Find(executable) is null)
            return DoctorResult.Fail(name, $"{name} ({executable}) cannot be found: install the Debian package {name} (apt-get install {name}), or set its path in the environment.");
        var result = await runner.RunAsync(executable, arguments, $"{name} did not start.", ct);
        var version = (result.StandardOutput + result.StandardError).Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "unknown version";
        return DoctorResult.Ok(name, version);
    }

    private static async Task<DoctorResult> KlingAsync(IServiceProvider services, CancellationToken ct)
    {
        var providers = services.GetRequiredService<ProviderSettings>();
        if (providers.Video != VideoProviders.Kling && providers.Image != ImageProviders.Kling)
            return DoctorResult.Skip("kling", $"Not selected (VIDEO_PROVIDER={providers.Video}, IMAGE_PROVIDER={providers.Image}).");
        var settings = services.GetRequiredService<KlingSettings>();
        await using var scope = services.CreateAsyncScope();
        var kling = scope.ServiceProvider.GetRequiredService<KlingClient>();
        try
        {
            // Listing one task is free and needs a valid token.
            await kling.ListAsync(KlingClient.Text2Video, 1, 1, ct);
            return DoctorResult.Ok("kling", $"{settings.BaseUrl} accepts the keys.");
        }
        catch (KlingApiException e) when (e.IsAuthentication || e.HttpStatus is 401 or 403)
        {
            return DoctorResult.Fail("kling", $"Kling refused the keys (HTTP {e.HttpStatus}, {e.KlingMessage}): copy KLING_API_KEY and KLING_SECRET_KEY (or KLING_API_TOKEN) again from the Kling console.");
        }
        catch (ClipFailedException e)
        {
            return DoctorResult.Fail("kling", e.Message);
        }
    }

    private static async Task<DoctorResult> AnthropicAsync(IServiceProvider services, CancellationToken ct)
    {
        var providers = services.GetRequiredService<ProviderSettings>();
        if (providers.Analyzer != AnalyzerChoice.Anthropic)
            return DoctorResult.Skip("anthropic", $"Not selected (the script is read by the {providers.Analyzer} analyser).");
        var settings = services.GetRequiredService<AnthropicSettings>();
        if (settings.ApiKey is null) return DoctorResult.Fail("anthropic", ClaudeAnalyzer.KeyMissing);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        // Listing the models is free and needs a valid key.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{(settings.BaseUrl ?? "https://api.anthropic.com").TrimEnd('/')}/v1/models?limit=1");
        request.Headers.Add("x-api-key", settings.ApiKey);
        request.Headers.Add("anthropic-version", "2023-06-01");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, ct);
        if ((int)response.StatusCode is 401 or 403)
            return DoctorResult.Fail("anthropic", $"Anthropic refused ANTHROPIC_API_KEY (HTTP {(int)response.StatusCode}): create a key at console.anthropic.com → API Keys and set it again.");
        if (!response.IsSuccessStatusCode)
            return DoctorResult.Fail("anthropic", $"Anthropic answered HTTP {(int)response.StatusCode}: check ANTHROPIC_BASE_URL, or try again if Anthropic reports an outage.");
        return DoctorResult.Ok("anthropic", "Anthropic accepts ANTHROPIC_API_KEY.");
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }
}
