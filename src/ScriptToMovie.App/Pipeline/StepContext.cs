using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Pipeline;

/// <summary>What a step gets to do its work: its project, the database, storage and a progress reporter.</summary>
public sealed class StepContext(int projectId, string runId, AppDb db, IMediaStorage storage, IServiceProvider services, Func<int, string?, Task> report)
{
    public int ProjectId { get; } = projectId;
    public string RunId { get; } = runId;
    public AppDb Db { get; } = db;
    public IMediaStorage Storage { get; } = storage;
    public IServiceProvider Services { get; } = services;

    /// <summary>Scene ids the user asked to redo (retry one / retry failed); empty = the whole step.</summary>
    public IReadOnlySet<int> OnlyScenes { get; init; } = new HashSet<int>();

    /// <summary>True when the user explicitly asked for this retry (mock failures then succeed).</summary>
    public bool IsUserRetry { get; init; }

    /// <summary>Notes for the step's status message (e.g. a fallback that was taken).</summary>
    public List<string> Notes { get; } = [];

    private readonly SemaphoreSlim _reporting = new(1, 1);

    /// <summary>
    /// Persists the step's progress (0–100) and message and tells live viewers. One report at a time: the
    /// reporter writes through one database context, and clips made side by side report at once.
    /// </summary>
    public async Task ReportAsync(int progress, string? message = null)
    {
        await _reporting.WaitAsync();
        try
        {
            if (!_closed) await report(Math.Clamp(progress, 0, 100), message);
        }
        finally { _reporting.Release(); }
    }

    private bool _closed;

    /// <summary>The step has ended: a progress report still on its way must not make it "running" again.</summary>
    public async Task CloseAsync()
    {
        await _reporting.WaitAsync();
        _closed = true;
        _reporting.Release();
    }
}
