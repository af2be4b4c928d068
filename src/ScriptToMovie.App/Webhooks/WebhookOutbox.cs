using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Webhooks;

public sealed record WebhookLinks(string Run, string Media, string Project);
public sealed record WebhookRunData(string RunId, int ProjectId, string? ExternalRef, string Status, string? Message, WebhookLinks Links);
public sealed record WebhookSceneData(string RunId, int ProjectId, string? ExternalRef, int SceneId, int SceneNumber, string Status, string? Message, WebhookLinks Links);
public sealed record WebhookPayload<T>(string Type, DateTime Timestamp, T Data);

/// <summary>
/// Writes events into the outbox on the caller's context, together with one delivery per endpoint that asked for
/// them. Nothing is saved here: the caller's SaveChanges commits the state change and its events as one, so an event
/// exists exactly when the change does, whatever crashes afterwards.
/// </summary>
public static class WebhookOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Links are paths on this server (resolve them against its address); the run API is the source of truth.</summary>
    public static WebhookLinks Links(string runId, int projectId) => new($"/api/v1/runs/{runId}", $"/api/v1/runs/{runId}/media", $"/projects/{projectId}");

    public static Task AddRunEventAsync(AppDb db, string type, Project project, PipelineRun run, DateTime now, CancellationToken ct) =>
        AddAsync(db, type, project.UserId, project.Id, run.RunId, now,
            new WebhookRunData(run.RunId, project.Id, project.ExternalRef, run.Status, run.Message, Links(run.RunId, project.Id)), ct);

    public static Task AddSceneFailedAsync(AppDb db, Project project, PipelineRun run, int sceneId, int sceneNumber, string? message, DateTime now, CancellationToken ct) =>
        AddAsync(db, WebhookEventTypes.SceneFailed, project.UserId, project.Id, run.RunId, now,
            new WebhookSceneData(run.RunId, project.Id, project.ExternalRef, sceneId, sceneNumber, "failed", message, Links(run.RunId, project.Id)), ct);

    /// <summary>A webhook.test event for one endpoint, whatever events it asked for.</summary>
    public static WebhookDelivery AddTest(AppDb db, WebhookEndpoint endpoint, DateTime now)
    {
        var e = NewEvent(WebhookEventTypes.Test, endpoint.UserId, null, null, now,
            new { message = "This is a test event from Script-to-Movie. Your endpoint received and verified it." });
        db.WebhookEvents.Add(e);
        var delivery = NewDelivery(e, endpoint.Id, now);
        db.WebhookDeliveries.Add(delivery);
        return delivery;
    }

    private static async Task AddAsync<T>(AppDb db, string type, int userId, int projectId, string runId, DateTime now, T data, CancellationToken ct)
    {
        var endpoints = await db.WebhookEndpoints.AsNoTracking()
            .Where(w => w.UserId == userId && w.Enabled && (w.ProjectId == null || w.ProjectId == projectId))
            .Select(w => new { w.Id, w.Events }).ToListAsync(ct);
        var listening = endpoints.Where(w => w.Events.Split(' ').Contains(type)).ToList();
        var e = NewEvent(type, userId, projectId, runId, now, data);
        db.WebhookEvents.Add(e);
        foreach (var w in listening) db.WebhookDeliveries.Add(NewDelivery(e, w.Id, now));
    }

    private static WebhookEvent NewEvent<T>(string type, int userId, int? projectId, string? runId, DateTime now, T data) => new()
    {
        MessageId = "msg_" + Guid.NewGuid().ToString("N"),
        UserId = userId, ProjectId = projectId, RunId = runId, Type = type, CreatedAt = now,
        Body = JsonSerializer.Serialize(new WebhookPayload<T>(type, DateTime.SpecifyKind(now, DateTimeKind.Utc), data), Json),
    };

    private static WebhookDelivery NewDelivery(WebhookEvent e, int endpointId, DateTime now) => new()
    {
        Event = e, EndpointId = endpointId, Status = WebhookDeliveryStatus.Pending, NextAttemptAt = now, CreatedAt = now,
    };
}
