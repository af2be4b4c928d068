using System.Collections.Concurrent;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// The runs this process is driving. A cancel that reaches the process driving the run stops it at once; a run
/// driven by another worker process notices pipelineRuns.cancelRequested at its next heartbeat.
/// </summary>
public sealed class RunCancellations
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new();

    public IDisposable Track(string runId, CancellationTokenSource cancel)
    {
        _running[runId] = cancel;
        return new Tracked(this, runId, cancel);
    }

    /// <returns>True when this process was driving the run and has stopped it.</returns>
    public bool Cancel(string runId)
    {
        if (!_running.TryGetValue(runId, out var cancel)) return false;
        try { cancel.Cancel(); }
        catch (ObjectDisposedException) { return false; }
        return true;
    }

    private sealed class Tracked(RunCancellations owner, string runId, CancellationTokenSource cancel) : IDisposable
    {
        public void Dispose() => owner._running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(runId, cancel));
    }
}
