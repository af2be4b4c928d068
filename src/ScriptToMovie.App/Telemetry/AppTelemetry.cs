using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ScriptToMovie.App.Telemetry;

/// <summary>
/// The app's own metrics and traces, under one name. Recording costs next to nothing while no exporter listens
/// (METRICS_PROMETHEUS and OTEL_EXPORTER_OTLP_ENDPOINT unset), so the code that does the work records unconditionally.
/// Names follow OpenTelemetry's conventions; Prometheus shows them as s2m_runs_finished_total,
/// s2m_step_duration_seconds_bucket and so on.
/// </summary>
public static class AppTelemetry
{
    public const string Name = "ScriptToMovie";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> RunsStarted =
        Meter.CreateCounter<long>("s2m.runs.started", "{run}", "Runs a worker began to drive.");
    public static readonly Counter<long> RunsFinished =
        Meter.CreateCounter<long>("s2m.runs.finished", "{run}", "Runs that ended, by status (completed, completed_with_errors, failed, cancelled).");
    public static readonly Counter<long> RunsFailed =
        Meter.CreateCounter<long>("s2m.runs.failed", "{run}", "Runs that ended failed.");
    public static readonly Histogram<double> StepDuration =
        Meter.CreateHistogram<double>("s2m.step.duration", "s", "How long one pipeline step took, by step and outcome.");
    public static readonly Histogram<double> ClipDuration =
        Meter.CreateHistogram<double>("s2m.clip.duration", "s", "How long making one scene's clip took, by provider and outcome.");
    public static readonly Histogram<double> KlingCallDuration =
        Meter.CreateHistogram<double>("s2m.kling.call.duration", "s", "Latency of one call to Kling's API, by method, product and HTTP status.");
    public static readonly Counter<long> StorageErrors =
        Meter.CreateCounter<long>("s2m.storage.errors", "{error}", "Media storage failures, by where they happened.");

    private static long _queueDepth;

    /// <summary>Runs waiting for a worker, as a worker last counted them (see the reconciler).</summary>
    public static readonly ObservableGauge<long> QueueDepth =
        Meter.CreateObservableGauge("s2m.queue.depth", () => Interlocked.Read(ref _queueDepth), "{run}", "Runs queued and not yet picked up by a worker.");

    public static void SetQueueDepth(long runs) => Interlocked.Exchange(ref _queueDepth, runs);

    /// <summary>Seconds since <paramref name="startedTimestamp"/> (from <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static double SecondsSince(long startedTimestamp) => Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds;
}
