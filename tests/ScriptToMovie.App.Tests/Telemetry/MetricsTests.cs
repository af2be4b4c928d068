using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Telemetry;

/// <summary>
/// The app in its own process (so no other test's runs are counted) with Prometheus and OTLP both on, after two
/// offline parse runs; a tiny OTLP/HTTP receiver in the test stands in for a collector.
/// </summary>
public sealed class TelemetryServer : IAsyncLifetime
{
    public const string Token = "metrics-token-0123456789";
    public string Url { get; private set; } = "";
    public AppProcess Process { get; private set; } = null!;
    public ConcurrentQueue<(string Path, byte[] Body)> Received { get; } = new();
    private readonly HttpListener _receiver = new();
    private readonly string _data = Directory.CreateTempSubdirectory("s2m-telemetry-").FullName;

    public async Task InitializeAsync()
    {
        var otlpPort = AppProcess.FreePort();
        _receiver.Prefixes.Add($"http://127.0.0.1:{otlpPort}/");
        _receiver.Start();
        _ = ReceiveAsync();

        var port = AppProcess.FreePort();
        Url = $"http://127.0.0.1:{port}";
        var env = AppProcess.QuickPipeline(_data);
        env["METRICS_PROMETHEUS"] = "true";
        env["METRICS_TOKEN"] = Token;
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{otlpPort}";
        env["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        env["OTEL_SERVICE_NAME"] = "s2m-telemetry-test";
        // The SDK's own knobs: export every half second instead of every minute.
        env["OTEL_METRIC_EXPORT_INTERVAL"] = "500";
        env["OTEL_BSP_SCHEDULE_DELAY"] = "200";
        Process = AppProcess.Start(["serve", "--urls", Url], env);
        await AppProcess.WaitForHttpAsync($"{Url}/readyz", TimeSpan.FromSeconds(60));

        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(Url) };
        await client.PostJsonAsync("/api/auth/register", new { email = "metrics@example.com", password = "password123", name = "Metrics" });
        await client.PostJsonAsync("/api/auth/login", new { email = "metrics@example.com", password = "password123" });
        var id = await client.CreateProjectAsync();
        for (var i = 0; i < 2; i++)
        {
            await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
            var done = await client.WaitForRunAsync(id);
            Assert.True(done.GetProperty("status").GetString() is "completed" or "draft", $"{done}\n{Process.Output}");
        }
    }

    private async Task ReceiveAsync()
    {
        while (_receiver.IsListening)
        {
            HttpListenerContext context;
            try { context = await _receiver.GetContextAsync(); } catch (Exception) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Received.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    public Task DisposeAsync()
    {
        Process.Dispose();
        _receiver.Close();
        try { Directory.Delete(_data, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}

public sealed class MetricsTests(TelemetryServer server) : IClassFixture<TelemetryServer>
{
    [Fact]
    public async Task The_prometheus_scrape_counts_the_runs_that_finished_and_how_long_their_steps_took()
    {
        using var http = new HttpClient();
        // The counters are updated as the run ends; the status can be read a moment before.
        string text = "";
        await TestTime.UntilAsync(async () =>
        {
            text = await ScrapeAsync(http);
            return Value(text, "s2m_runs_finished_total", "status=\"completed\"") == 2;
        }, 10, () => $"two finished runs in the scrape:\n{text}");

        Assert.Equal(2, Value(text, "s2m_runs_started_total"));
        Assert.Equal(2, Value(text, "s2m_step_duration_seconds_count", "step=\"parse\"", "outcome=\"completed\""));
        Assert.True(Value(text, "s2m_step_duration_seconds_sum", "step=\"parse\"") > 0);
        Assert.Null(Value(text, "s2m_runs_failed_total"));
        // ASP.NET Core's own request metrics come along.
        Assert.Contains("http_server_request_duration_seconds", text);
    }

    [Fact]
    public async Task The_scrape_endpoint_refuses_a_caller_without_the_token()
    {
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync($"{server.Url}/metrics")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, $"{server.Url}/metrics");
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token-at-all");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task Metrics_and_traces_reach_an_otlp_collector()
    {
        await TestTime.UntilAsync(() => Has("/v1/metrics", "s2m.runs.finished") && Has("/v1/traces", "step parse"), 20,
            () => $"metrics and traces at the collector; got {string.Join(", ", server.Received.Select(r => $"{r.Path} ({r.Body.Length} bytes)"))}\n{server.Process.Output}");
        Assert.True(Has("/v1/metrics", "s2m-telemetry-test"), "the service name travels with the metrics");
    }

    private bool Has(string path, string text) =>
        server.Received.Any(r => r.Path == path && Encoding.UTF8.GetString(r.Body).Contains(text, StringComparison.Ordinal));

    private async Task<string> ScrapeAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{server.Url}/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TelemetryServer.Token);
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sum of a series' values over the lines whose labels contain every one of <paramref name="labels"/>; null when there is none.</summary>
    private static double? Value(string scrape, string name, params string[] labels)
    {
        var lines = scrape.Split('\n').Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(l => labels.All(label => l.Contains(label, StringComparison.Ordinal))).ToList();
        if (lines.Count == 0) return null;
        // "name{labels} value [timestamp]"
        return lines.Sum(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
    }
}

public sealed class MetricsOffTests
{
    [Fact]
    public async Task Without_METRICS_PROMETHEUS_there_is_no_metrics_endpoint()
    {
        using var app = new AppFactory();
        var response = await app.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
