using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Hosting;

/// <summary>The real server's log output: small, structured on request, and never holding a secret.</summary>
[Trait("Category", "Api")]
public class LoggingTests
{
    private const string JwtSecret = "logging-test-secret-0123456789abcdef0123456789";
    private const string Password = "a quiet password for logs";

    [Fact]
    public async Task In_production_requests_write_no_log_lines_and_LOG_FORMAT_json_writes_only_json()
    {
        await using var server = await Server.StartAsync(OutsideDevelopment, new() { ["LOG_FORMAT"] = "json" });
        var before = server.Process.Output.Length;
        var (client, _) = await server.SignInAsync();
        for (var i = 0; i < 20; i++)
        {
            (await client.GetAsync("/api/projects")).EnsureSuccessStatusCode();
            (await client.GetAsync("/healthz")).EnsureSuccessStatusCode();
        }
        Assert.Equal("", server.Process.Output[before..].Trim());

        // What it did write while starting (migrations, Hangfire, warnings) is one JSON object per line.
        foreach (var line in Lines(server.Process.Output))
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), $"Not a structured log line: {line}");
        }
    }

    [Fact]
    public async Task In_development_a_request_is_a_line_or_two_and_no_log_holds_a_password_token_cookie_or_secret()
    {
        await using var server = await Server.StartAsync("Development", new() { ["JWT_SECRET"] = JwtSecret });
        var (client, token) = await server.SignInAsync();
        var before = server.Process.Output.Length;
        for (var i = 0; i < 20; i++) (await client.GetAsync("/api/projects")).EnsureSuccessStatusCode();
        var perRequest = (server.Process.Output.Length - before) / 20.0;
        Assert.True(perRequest < 400, $"Each request wrote {perRequest:0} bytes of log.");

        var bearer = new HttpClient { BaseAddress = client.BaseAddress };
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await bearer.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = Password, newPassword = Password + " too" })).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/auth/logout", null)).EnsureSuccessStatusCode();
        await bearer.GetAsync("/api/auth/me");
        await new HttpClient { BaseAddress = client.BaseAddress }.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.com", password = Password });

        var log = server.Process.Output;
        Assert.DoesNotContain(Password, log);
        Assert.DoesNotContain(token, log);
        Assert.DoesNotContain(token.Split('.')[1], log);
        Assert.DoesNotContain(JwtSecret, log);
        Assert.DoesNotContain("s2m_session=", log);
        Assert.DoesNotContain("Bearer ", log);
    }

    private static IEnumerable<string> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Staging and Production also refuse SQLite and the local media folder (DeployedProfile, tested on its own);
    // every environment but Development logs as they do.
    private const string OutsideDevelopment = "Preview";

    private sealed class Server : IAsyncDisposable
    {
        public required string DataDirectory { get; init; }
        public required AppProcess Process { get; init; }
        public required string BaseUrl { get; init; }

        public static async Task<Server> StartAsync(string environment, Dictionary<string, string> settings)
        {
            var url = $"http://127.0.0.1:{AppProcess.FreePort()}";
            var data = Directory.CreateTempSubdirectory("s2m-logs-").FullName;
            var env = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = environment,
                ["DATA_DIR"] = data,
                ["DATABASE_URL"] = TestDatabase.NewUrl(data),
                ["WEB_DIST"] = Path.Combine(data, "no-web"),
                ["JWT_SECRET"] = JwtSecret,
            };
            foreach (var (k, v) in settings) env[k] = v;
            var process = AppProcess.Start(["serve", "--urls", url, "--no-worker"], env);
            try { await AppProcess.WaitForHttpAsync($"{url}/readyz", TimeSpan.FromSeconds(60)); }
            catch (TimeoutException e) { process.Dispose(); throw new TimeoutException($"{e.Message}\n{process.Output}"); }
            return new Server { Process = process, BaseUrl = url, DataDirectory = data };
        }

        public async Task<(HttpClient Client, string Token)> SignInAsync()
        {
            var cookies = new CookieContainer();
            var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(BaseUrl) };
            var email = $"log-{Guid.NewGuid():N}@example.com";
            (await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, name = "Logan" })).EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password })).EnsureSuccessStatusCode();
            return (client, cookies.GetAllCookies().Single(c => c.Name == "s2m_session").Value);
        }

        public ValueTask DisposeAsync()
        {
            Process.Dispose();
            try { Directory.Delete(DataDirectory, true); } catch (IOException) { }
            return ValueTask.CompletedTask;
        }
    }
}
