using System.Diagnostics;
using FramesBench;
using ScriptToMovie.Media.Frames;

// CPU milliseconds per 1280x720 storyboard frame (painting and PNG encoding), over a fixed set of scenes that
// reaches every place the painter knows at every time of day. Thread CPU time rather than wall time: the
// painter runs on the calling thread, and on a shared machine wall time mostly measures the neighbours.
// Usage: FramesBench [--rounds N] [--write DIR]   (--write also saves each scene's PNG, for diffing a refactor)
var rounds = 5;
string? writeTo = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n > 0: rounds = n; i++; break;
        case "--write" when i + 1 < args.Length: writeTo = args[++i]; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}; usage: FramesBench [--rounds N] [--write DIR]"); return 2;
    }
}

var scenes = BenchScenes.All();
if (writeTo is not null)
{
    Directory.CreateDirectory(writeTo);
    foreach (var (name, request) in scenes) File.WriteAllBytes(Path.Combine(writeTo, name + ".png"), StoryboardPainter.PaintPng(request));
}

// One untimed pass loads the fonts and lets tiered compilation promote the hot paths.
foreach (var (_, request) in scenes) StoryboardPainter.PaintPng(request);

var cpu = new List<double>();
var wall = new List<double>();
for (var round = 0; round < rounds; round++)
{
    foreach (var (_, request) in scenes)
    {
        var clock = Stopwatch.StartNew();
        var start = ThreadCpuTime.Now();
        StoryboardPainter.PaintPng(request with { Seed = request.Seed + round });
        cpu.Add((ThreadCpuTime.Now() - start).TotalMilliseconds);
        wall.Add(clock.Elapsed.TotalMilliseconds);
    }
}

var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
Console.WriteLine($"Storyboard frames, 1280x720, {scenes.Count} scenes x {rounds} rounds, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load {load}:");
Console.WriteLine();
Console.WriteLine("| figure | mean | p50 | p95 | max |");
Console.WriteLine("|---|---|---|---|---|");
Console.WriteLine(Row("CPU ms per frame", cpu));
Console.WriteLine(Row("wall ms per frame", wall));
return 0;

static string Row(string figure, List<double> samples)
{
    var sorted = samples.Order().ToList();
    double At(double share) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
    return $"| {figure} | {samples.Average():0.0} | {At(0.5):0.0} | {At(0.95):0.0} | {sorted[^1]:0.0} |";
}
