using Hangfire;
using ScriptToMovie.App.Health;

namespace ScriptToMovie.App.Pipeline;

/// <summary>The job queue (Redis, or SQLite beside the database) answers: without it no run starts.</summary>
public sealed class JobStorageReadiness(JobStorage jobs) : IReadinessCheck
{
    public string Name => "job storage";

    public Task<string?> ProblemAsync(CancellationToken ct) => Task.Run<string?>(() =>
    {
        try
        {
            // A read that reaches the store; Hangfire's API is synchronous.
            _ = jobs.GetMonitoringApi().Servers();
            return null;
        }
        catch (Exception e)
        {
            return $"The job queue is not reachable ({e.Message}): check REDIS_URL.";
        }
    }, ct);
}
