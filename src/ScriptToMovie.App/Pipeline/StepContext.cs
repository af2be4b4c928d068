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

    /// <summary>Persists the step's progress (0–100) and message and tells live viewers.</summary>
    public Task ReportAsync(int progress, string? message = null) => report(Math.Clamp(progress, 0, 100), message);
}
