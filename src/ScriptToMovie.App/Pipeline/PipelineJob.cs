using Hangfire;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// The one job entry point. Its only argument is the run's id; the state lives in our database, so a
/// duplicate or replayed job finds the run's lease taken or the run finished, and does nothing.
/// </summary>
public sealed class PipelineJob(RunExecutor executor)
{
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    public Task RunAsync(string runId, CancellationToken ct) => executor.ExecuteAsync(runId, ct);
}

public sealed class HangfireRunQueue(IBackgroundJobClient jobs) : IRunQueue
{
    public void Enqueue(string runId) => jobs.Enqueue<PipelineJob>(j => j.RunAsync(runId, CancellationToken.None));
}
