using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Pipeline;

/// <summary>Every wait of the pipeline, configurable so tests run in seconds.</summary>
public sealed record PipelineSettings
{
    [Setting("PIPELINE_LEASE_SECONDS", "How long a run's lease lasts: a killed worker's run resumes after one lease.")]
    [Range(0.01, 86_400)]
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    [Setting("PIPELINE_HEARTBEAT_SECONDS", "How often a working run renews its lease.")]
    [Range(0.01, 86_400)]
    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(15);

    [Setting("PIPELINE_RECONCILE_SECONDS", "How often a worker looks for runs whose worker stopped.")]
    [Range(0.01, 86_400)]
    public TimeSpan ReconcileEvery { get; init; } = TimeSpan.FromSeconds(20);

    [Setting("PIPELINE_QUEUE_POLL_SECONDS", "How often an idle worker polls the job queue.")]
    [Range(0.01, 3_600)]
    public TimeSpan QueuePoll { get; init; } = TimeSpan.FromSeconds(1);

    [Setting("PIPELINE_EVENTS_POLL_SECONDS", "How often the server-sent events look for a change of status.")]
    [Range(0.01, 3_600)]
    public TimeSpan EventsPoll { get; init; } = TimeSpan.FromMilliseconds(500);

    [Setting("RUN_SLOW_AFTER_MINUTES", "Minutes after which a run says it is taking longer than expected.", Unit = TimeUnit.Minutes)]
    [Range(0.01, 100_000)]
    public TimeSpan SlowAfter { get; init; } = TimeSpan.FromMinutes(30);

    [Setting("VIDEO_CONCURRENCY", "Clips made at once, across every worker.")]
    [Range(1, 16)]
    public int VideoConcurrency { get; init; } = 2;

    [Setting("PIPELINE_WORKERS", "Job-running threads per worker process.")]
    [Range(1, 64)]
    public int WorkerCount { get; init; } = 4;

    [Setting("REDIS_URL", "Redis for the job queue (absent = jobs stored in SQLite): redis://host:6379/0.", Secret = true)]
    public string? RedisUrl { get; init; }

    public static PipelineSettings From(IConfiguration c) => SettingsBinder.Bind<PipelineSettings>(c);
}
