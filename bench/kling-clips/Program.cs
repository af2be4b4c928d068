using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScriptToMovie.Fakes.Kling;

// One render against the fake Kling on loopback; every task takes exactly --latency seconds.
var appDll = Path.GetFullPath(args[0]);
int Option(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
var latency = TimeSpan.FromSeconds(Option("--latency", 10));
var scenes = Option("--scenes", 6);
var concurrency = Option("--concurrency", 2);

await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { SubmittedFor = TimeSpan.Zero, ProcessingFor = latency, ConcurrencyLimit = 50 });
var data = Directory.CreateTempSubdirectory("s2m-bench-kling-").FullName;
try
{
    var script = new StringBuilder();
    for (var s = 1; s <= scenes; s++)
        script.Append(CultureInfo.InvariantCulture, $"INT. ROOM {s} - DAY\n\nALICE waits by window {s}.\n\nALICE\nScene {s}, and still no word.\n\n");
    var scriptPath = Path.Combine(data, "bench.fountain");
    await File.WriteAllTextAsync(scriptPath, script.ToString());

    var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = data };
    foreach (var a in new[] { appDll, "render", scriptPath, "--video", "kling", "--data", Path.Combine(data, "data"), "--output", Path.Combine(data, "bench.mp4") })
        psi.ArgumentList.Add(a);
    psi.Environment["KLING_BASE_URL"] = kling.BaseUrl;
    psi.Environment["KLING_API_KEY"] = kling.Options.AccessKey;
    psi.Environment["KLING_SECRET_KEY"] = kling.Options.SecretKey;
    psi.Environment["KLING_DEFAULT_MAX_COST_USD"] = "1000";
    psi.Environment["VIDEO_CONCURRENCY"] = concurrency.ToString(CultureInfo.InvariantCulture);

    var lines = new List<(TimeSpan At, string Line)>();
    var clock = Stopwatch.StartNew();
    var startedUtc = DateTimeOffset.UtcNow;
    using var render = Process.Start(psi)!;
    render.OutputDataReceived += (_, e) => { if (e.Data is { } l) lock (lines) lines.Add((clock.Elapsed, l)); };
    render.ErrorDataReceived += (_, e) => { if (e.Data is { } l) lock (lines) lines.Add((clock.Elapsed, l)); };
    render.BeginOutputReadLine();
    render.BeginErrorReadLine();
    await render.WaitForExitAsync();
    if (render.ExitCode != 0)
    {
        foreach (var (_, l) in lines) Console.Error.WriteLine(l);
        throw new InvalidOperationException($"render exited with {render.ExitCode}");
    }

    // The clips step's first and last progress lines ("[  12.3s] clips      running  40%  …"), timed on this clock.
    var clipLines = lines.Where(l => Regex.IsMatch(l.Line, @"^\[\s*[0-9.]+s\]\s+clips\s")).ToList();
    var stepStart = clipLines.First().At;
    var stepEnd = clipLines.Last().At;
    var step = (stepEnd - stepStart).TotalSeconds;

    var tasks = kling.Tasks.Where(t => t.IsVideo).ToList();
    var rounds = (int)Math.Ceiling(scenes / (double)concurrency);
    var ideal = rounds * latency.TotalSeconds;
    var onKling = (tasks.Max(t => t.EndsAt) - tasks.Min(t => t.CreatedAt)).TotalSeconds;
    // After Kling finished the last task: noticing it, downloading and fitting the result.
    var lastFit = Math.Max(0, (stepEnd - (tasks.Max(t => t.EndsAt) - startedUtc)).TotalSeconds);
    var bound = 1.2 * ideal + lastFit;

    Console.WriteLine();
    Console.WriteLine($"{scenes} clips, VIDEO_CONCURRENCY={concurrency}, fake Kling task latency {latency.TotalSeconds:0} s, load {File.ReadAllText("/proc/loadavg").Trim()}");
    Console.WriteLine();
    Console.WriteLine("| figure | value |");
    Console.WriteLine("|---|---|");
    Console.WriteLine($"| Kling tasks created | {tasks.Count} (peak {kling.PeakConcurrency} at once) |");
    Console.WriteLine($"| ideal: ⌈{scenes} / {concurrency}⌉ × {latency.TotalSeconds:0} s | {ideal:0.0} s |");
    Console.WriteLine($"| first task created → last task finished on Kling | {onKling:0.0} s ({onKling / ideal:0.00}× ideal) |");
    Console.WriteLine($"| clips step, wall (from the render's progress lines) | {step:0.0} s ({step / ideal:0.00}× ideal) |");
    Console.WriteLine($"| after the last task: download and fit | {lastFit:0.0} s |");
    Console.WriteLine($"| goal: 1.2 × ideal + last fit | {bound:0.0} s — {(step <= bound ? "met" : "missed")} |");
}
finally
{
    try { Directory.Delete(data, true); } catch (IOException) { }
}
