using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Pipeline;

/// <summary>A project's status JSON, built once and shared by every reader until it changes.</summary>
public sealed record StatusDocument(WorkflowStatus Status, string Json, string Stamp, DateTime BuiltAt, int OwnerId);

/// <summary>
/// One cached, change-stamped status document per project, shared by the status read, the phase status and
/// every event-stream listener. The stamp is the project row's status, progress, message and update time,
/// which the executor moves on every progress report; a document is rebuilt when its stamp moves, when this
/// process changes the run (<see cref="Changed"/>), or when it is older than the events poll (scene rows a
/// worker elsewhere wrote without a progress report), never per request.
/// </summary>
public sealed class RunStatusDocuments(IServiceScopeFactory scopes, RunStatusJson builder, PipelineSettings settings, TimeProvider clock)
    : Projects.IProjectChanges
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConcurrentDictionary<int, StatusDocument> _documents = new();
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _building = new();
    /// <summary>Moved by every <see cref="Changed"/>: a document built from reads older than the change is not kept.</summary>
    private readonly ConcurrentDictionary<int, long> _changes = new();

    /// <summary>
    /// The project's document if <paramref name="userId"/> owns it (else 404): no query while the shared document
    /// is fresh (a project's owner never changes), else one small query.
    /// </summary>
    public async Task<StatusDocument> ForOwnerAsync(AppDb db, int projectId, int userId, CancellationToken ct)
    {
        if (_documents.TryGetValue(projectId, out var fresh) && Fresh(fresh))
            return fresh.OwnerId == userId ? fresh : throw ApiProblem.NotFound();
        var project = await StampRowAsync(db, projectId, ct);
        if (project is null || project.UserId != userId) throw ApiProblem.NotFound();
        return await CurrentAsync(db, project, ct);
    }

    /// <summary>For a listener that has already been checked: no query at all while the document is fresh.</summary>
    public async Task<StatusDocument> ForListenerAsync(int projectId, CancellationToken ct)
    {
        if (_documents.TryGetValue(projectId, out var doc) && Fresh(doc)) return doc;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var project = await StampRowAsync(db, projectId, ct) ?? throw ApiProblem.NotFound();
        return await CurrentAsync(db, project, ct);
    }

    /// <summary>This process changed the project's run, or a user edited its scenes: the next read rebuilds.</summary>
    public void Changed(int projectId)
    {
        _changes.AddOrUpdate(projectId, 1, (_, n) => n + 1);
        _documents.TryRemove(projectId, out _);
    }

    private async Task<StatusDocument> CurrentAsync(AppDb db, Project project, CancellationToken ct)
    {
        var stamp = StampOf(project);
        if (_documents.TryGetValue(project.Id, out var doc) && doc.Stamp == stamp && Fresh(doc)) return doc;
        // Many readers of one stale document wait for one rebuild instead of each making their own.
        var gate = _building.GetOrAdd(project.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (_documents.TryGetValue(project.Id, out doc) && doc.Stamp == stamp && Fresh(doc)) return doc;
            var built = clock.GetUtcNow().UtcDateTime;
            var generation = _changes.GetValueOrDefault(project.Id);
            var status = await builder.BuildAsync(db, project, ct);
            doc = new StatusDocument(status, JsonSerializer.Serialize(status, Json), stamp, built, project.UserId);
            // An edit while this was built may not be in it: hand it to this reader, keep it for nobody else.
            if (_changes.GetValueOrDefault(project.Id) == generation) _documents[project.Id] = doc;
            if (_documents.Count > 4096) Sweep();
            return doc;
        }
        finally { gate.Release(); }
    }

    private bool Fresh(StatusDocument doc) => clock.GetUtcNow().UtcDateTime - doc.BuiltAt < settings.EventsPoll;

    private void Sweep()
    {
        var old = clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(1);
        foreach (var (id, doc) in _documents)
            if (doc.BuiltAt < old && _documents.TryRemove(id, out _)) _changes.TryRemove(id, out _);
    }

    /// <summary>The project's columns the status needs, without the screenplay text.</summary>
    private static Task<Project?> StampRowAsync(AppDb db, int projectId, CancellationToken ct) =>
        db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new Project { Id = p.Id, UserId = p.UserId, Status = p.Status, Progress = p.Progress, Message = p.Message, UpdatedAt = p.UpdatedAt })
            .FirstOrDefaultAsync(ct);

    private static string StampOf(Project p) => $"{p.Status}|{p.Progress}|{p.UpdatedAt.Ticks}|{p.Message}";
}
