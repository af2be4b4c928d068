using Hangfire;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// The one job entry point. Its only argument is the run's id; the state lives in our database, so a
/// duplicate or replayed job finds the run's lease taken or the run finished, and does nothing. Runs of
/// different projects proceed in parallel: the only locks are the run's lease and the work slots.
/// </summary>
public sealed class PipelineJob(RunExecutor executor)
{
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(string runId, CancellationToken ct) => executor.ExecuteAsync(runId, ct);
}

public sealed class HangfireRunQueue(IBackgroundJobClient jobs, ILogger<HangfireRunQueue> log) : IRunQueue
{
    public void Enqueue(string runId)
    {
        try { jobs.Enqueue<PipelineJob>(j => j.RunAsync(runId, CancellationToken.None)); }
        catch (Exception e)
        {
            // The run is already saved as queued: the reconciler queues it again after one lease.
            log.LogWarning(e, "Could not queue run {Run} now; the reconciler will retry", runId);
        }
    }
}

/// <summary>
/// Opens the job storage before the job server and the web server start, so its schema is created once
/// instead of racing the first request.
/// </summary>
public sealed class JobStorageWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        using var connection = services.GetRequiredService<JobStorage>().GetConnection();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
