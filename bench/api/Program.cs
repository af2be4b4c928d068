using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

// Bounded loops on loopback only: every phase runs for a fixed time or a fixed number of changes.
var appDll = Path.GetFullPath(args[0]);
int Option(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
var seconds = Option("--seconds", 10);
var clients = Option("--clients", 16);
var listeners = Option("--listeners", 100);
var changes = Option("--changes", 20);

var data = Directory.CreateTempSubdirectory("s2m-bench-api-").FullName;
var port = FreePort();
var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = data };
foreach (var a in new[] { appDll, "serve", "--urls", $"http://127.0.0.1:{port}", "--no-worker" }) psi.ArgumentList.Add(a);
psi.Environment["DATA_DIR"] = data;
// Production's request logging (Warning) without its deployment refusals (SQLite and the local media folder are what
// this bench measures on): any environment other than Development, Staging and Production.
psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
psi.Environment["JWT_SECRET"] = Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());
psi.Environment["LOGIN_RATE_LIMIT"] = "10000";
using var server = Process.Start(psi)!;
var serverLog = new System.Text.StringBuilder();
server.OutputDataReceived += (_, e) => { lock (serverLog) serverLog.AppendLine(e.Data); };
server.ErrorDataReceived += (_, e) => { lock (serverLog) serverLog.AppendLine(e.Data); };
server.BeginOutputReadLine();
server.BeginErrorReadLine();
var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
var cookie = "";
var id = 0;
try
{
    try { await WaitForAsync(http, "/readyz", TimeSpan.FromSeconds(120)); }
    catch (TimeoutException) { lock (serverLog) Console.Error.WriteLine(serverLog); throw; }

    var email = $"bench-{Guid.NewGuid():N}@example.com";
    (await http.PostAsJsonAsync("/api/auth/register", new { email, password = "a long bench password", name = "Bench" })).EnsureSuccessStatusCode();
    var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password = "a long bench password" });
    login.EnsureSuccessStatusCode();
    cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
    var project = await Authed(HttpMethod.Post, "/api/projects", JsonContent.Create(new
    {
        title = "Bench",
        scriptContent = "INT. COFFEE SHOP - MORNING\n\nALICE sits alone.\n\nALICE\nI have been waiting for hours.\n\nEXT. STREET - DAY\n\nBOB runs.",
    }));
    id = (await project.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
    // A queued run (no worker in this server): the status read then includes the run and its place in line.
    (await Authed(HttpMethod.Post, $"/api/workflow/{id}/start")).EnsureSuccessStatusCode();

    Console.WriteLine($"Warming up ({clients} clients)…");
    await LoadAsync("/healthz", false, TimeSpan.FromSeconds(2));
    await LoadAsync($"/api/workflow/{id}/status", true, TimeSpan.FromSeconds(2));
    var health = await LoadAsync("/healthz", false, TimeSpan.FromSeconds(seconds));
    Console.WriteLine($"/healthz: {health}");
    // The same probe with the session cookie: authentication runs for every request, so this isolates its cost.
    var healthSignedIn = await LoadAsync("/healthz", true, TimeSpan.FromSeconds(seconds));
    Console.WriteLine($"/healthz signed in: {healthSignedIn}");
    var status = await LoadAsync($"/api/workflow/{id}/status", true, TimeSpan.FromSeconds(seconds));
    Console.WriteLine($"status: {status}");
    var fanOut = await FanOutAsync();

    Console.WriteLine();
    Console.WriteLine($"{clients} concurrent clients, {seconds} s each, loopback, load {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine();
    Console.WriteLine("| figure | requests/s | p50 ms | p99 ms | errors |");
    Console.WriteLine("|---|---|---|---|---|");
    Console.WriteLine($"| GET /healthz | {health.Rate:0} | {health.P50:0.00} | {health.P99:0.00} | {health.Errors} |");
    Console.WriteLine($"| GET /healthz with the session cookie (authentication only) | {healthSignedIn.Rate:0} | {healthSignedIn.P50:0.00} | {healthSignedIn.P99:0.00} | {healthSignedIn.Errors} |");
    Console.WriteLine($"| GET /api/workflow/{{id}}/status (signed in) | {status.Rate:0} | {status.P50:0.00} | {status.P99:0.00} | {status.Errors} |");
    Console.WriteLine($"| SSE fan-out: {listeners} listeners, {changes} changes, change → event at every listener | {fanOut.Rate:0} events/s | {fanOut.P50:0.00} | {fanOut.P99:0.00} | {fanOut.Errors} |");
    Console.WriteLine();
    Console.WriteLine($"status read / healthz: {status.Rate / health.Rate:0.00}× (goal ≥ 0.50)");
}
finally
{
    try { server.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    try { Directory.Delete(data, true); } catch (IOException) { }
}

// A stream's body never ends: its caller reads headers first (the client's timeout covers only those).
async Task<HttpResponseMessage> Authed(HttpMethod method, string url, HttpContent? content = null, bool stream = false)
{
    var request = new HttpRequestMessage(method, url) { Content = content };
    request.Headers.Add("Cookie", cookie);
    return await http.SendAsync(request, stream ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead);
}

async Task<Figures> LoadAsync(string url, bool signedIn, TimeSpan length)
{
    var latencies = new List<double>[clients];
    var errors = 0;
    var until = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
    {
        var mine = latencies[c] = [];
        while (until.Elapsed < length)
        {
            var t = Stopwatch.GetTimestamp();
            using var r = signedIn ? await Authed(HttpMethod.Get, url) : await http.GetAsync(url);
            await r.Content.ReadAsByteArrayAsync();
            mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            if (!r.IsSuccessStatusCode) Interlocked.Increment(ref errors);
        }
    })));
    var all = latencies.SelectMany(l => l).Order().ToList();
    return new Figures(all.Count / until.Elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), errors);
}

// Each change (a start or a cancel of the project's run) is timed from the moment its POST answered to the moment
// each listener has read an event carrying the new status.
async Task<Figures> FanOutAsync()
{
    using var stop = new CancellationTokenSource();
    var seen = new List<(string Status, long At)>[listeners];
    var errors = 0;
    var ready = new CountdownEvent(listeners);
    var readers = Enumerable.Range(0, listeners).Select(l => Task.Run(async () =>
    {
        var mine = seen[l] = [];
        try
        {
            using var response = await Authed(HttpMethod.Get, $"/api/projects/{id}/events", stream: true);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop.Token));
            var first = true;
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (!line.StartsWith("data: ")) continue;
                var s = System.Text.Json.JsonDocument.Parse(line[6..]).RootElement.GetProperty("status").GetString()!;
                lock (mine) mine.Add((s, Stopwatch.GetTimestamp()));
                if (first) { first = false; ready.Signal(); }
            }
        }
        catch (OperationCanceledException) { }
        catch (Exception) { Interlocked.Increment(ref errors); }
    })).ToList();
    ready.Wait(TimeSpan.FromSeconds(60));
    var latencies = new List<double>();
    var delivered = 0;
    var started = Stopwatch.StartNew();
    for (var i = 0; i < changes; i++)
    {
        var cancel = i % 2 == 0;
        var expected = cancel ? "cancelled" : "queued";
        var before = seen.Select(s => { lock (s) return s.Count; }).ToArray();
        var r = await Authed(HttpMethod.Post, cancel ? $"/api/workflow/{id}/cancel" : $"/api/workflow/{id}/start");
        var at = Stopwatch.GetTimestamp();
        if (!r.IsSuccessStatusCode) { errors++; continue; }
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            var arrived = seen.Select((s, l) => { lock (s) return s.Skip(before[l]).Cast<(string Status, long At)?>().FirstOrDefault(e => e!.Value.Status == expected); }).ToList();
            if (arrived.All(a => a is not null))
            {
                latencies.AddRange(arrived.Select(a => Math.Max(0, Stopwatch.GetElapsedTime(at, a!.Value.At).TotalMilliseconds)));
                delivered += listeners;
                break;
            }
            await Task.Delay(5);
        }
        if (deadline.Elapsed >= TimeSpan.FromSeconds(10)) errors++;
    }
    var elapsed = started.Elapsed.TotalSeconds;
    await stop.CancelAsync();
    await Task.WhenAll(readers);
    latencies.Sort();
    return new Figures(delivered / elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), errors);
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

static int FreePort()
{
    var l = new TcpListener(IPAddress.Loopback, 0);
    l.Start();
    var port = ((IPEndPoint)l.LocalEndpoint).Port;
    l.Stop();
    return port;
}

static async Task WaitForAsync(HttpClient http, string url, TimeSpan within)
{
    var until = DateTime.UtcNow + within;
    while (DateTime.UtcNow < until)
    {
        try { if ((await http.GetAsync(url)).IsSuccessStatusCode) return; } catch (HttpRequestException) { }
        await Task.Delay(200);
    }
    throw new TimeoutException($"{url} did not answer within {within.TotalSeconds:0} s.");
}

internal sealed record Figures(double Rate, double P50, double P99, int Errors);
