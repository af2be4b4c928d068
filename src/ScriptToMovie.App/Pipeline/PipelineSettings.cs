namespace ScriptToMovie.App.Pipeline;

/// <summary>Every wait of the pipeline, configurable so tests run in seconds.</summary>
public sealed class PipelineSettings
{
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(15);
    public TimeSpan ReconcileEvery { get; init; } = TimeSpan.FromSeconds(20);
    public TimeSpan QueuePoll { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan EventsPoll { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan SlowAfter { get; init; } = TimeSpan.FromMinutes(30);
    public int VideoConcurrency { get; init; } = 2;
    /// <summary>Runs one worker process drives at once (PIPELINE_RUNS_PER_WORKER; PIPELINE_WORKERS is its old name).</summary>
    public int WorkerCount { get; init; } = 4;
    /// <summary>Runs one user may have going at once (RUNS_PER_USER); the rest wait in line.</summary>
    public int RunsPerUser { get; init; } = 2;
    public string? RedisUrl { get; init; }

    public static PipelineSettings From(IConfiguration c) => new()
    {
        Lease = Seconds(c["PIPELINE_LEASE_SECONDS"], 60),
        Heartbeat = Seconds(c["PIPELINE_HEARTBEAT_SECONDS"], 15),
        ReconcileEvery = Seconds(c["PIPELINE_RECONCILE_SECONDS"], 20),
        QueuePoll = Seconds(c["PIPELINE_QUEUE_POLL_SECONDS"], 1),
        EventsPoll = Seconds(c["PIPELINE_EVENTS_POLL_SECONDS"], 0.5),
        SlowAfter = TimeSpan.FromMinutes(double.TryParse(c["RUN_SLOW_AFTER_MINUTES"], System.Globalization.CultureInfo.InvariantCulture, out var m) && m > 0 ? m : 30),
        VideoConcurrency = int.TryParse(c["VIDEO_CONCURRENCY"], out var v) && v > 0 ? v : 2,
        WorkerCount = int.TryParse(c["PIPELINE_RUNS_PER_WORKER"] ?? c["PIPELINE_WORKERS"], out var w) && w > 0 ? w : 4,
        RunsPerUser = int.TryParse(c["RUNS_PER_USER"], out var u) && u > 0 ? u : 2,
        RedisUrl = string.IsNullOrWhiteSpace(c["REDIS_URL"]) ? null : c["REDIS_URL"],
    };

    private static TimeSpan Seconds(string? raw, double fallback) =>
        TimeSpan.FromSeconds(double.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : fallback);
}
