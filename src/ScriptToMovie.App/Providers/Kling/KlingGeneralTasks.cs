using System.Text.Json.Nodes;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Kling's general tasks (ai-multi-shot, advanced-custom-elements) run to the end with the clips' rule against paying
/// twice: a task is first looked up by its external id, only created when Kling has none, and an unanswered create is
/// resolved by querying that id before anything is re-sent.
/// </summary>
public sealed class KlingGeneralTasks(KlingClient client, KlingSettings settings)
{
    /// <param name="body">The create's fields; external_task_id is added.</param>
    public async Task<KlingTask> RunAsync(string product, JsonObject body, string externalTaskId, CancellationToken ct)
    {
        var task = await client.FindAsync(product, externalTaskId, ct);
        if (task is null)
        {
            body["external_task_id"] = externalTaskId;
            try
            {
                task = await client.CreateAsync(product, body, ct);
            }
            catch (Exception ex) when (ex is HttpRequestException or KlingApiException { IsOutage: true } or KlingApiException { IsDuplicateExternalId: true })
            {
                task = await client.FindAsync(product, externalTaskId, ct);
                if (task is null) throw;
            }
        }

        var deadline = DateTimeOffset.UtcNow + settings.TaskDeadline;
        while (!task.IsFinished)
        {
            if (DateTimeOffset.UtcNow >= deadline)
                throw new TimeoutException($"Kling has not finished task {task.TaskId} after {settings.TaskDeadline.TotalMinutes:0.#} minutes.");
            await Task.Delay(settings.PollInterval, ct);
            task = await client.FindAsync(product, task.TaskId, ct) ?? throw new InvalidOperationException("Kling no longer knows the task.");
        }
        if (task.Failed) throw new KlingApiException(200, 0, task.StatusMessage ?? "the task failed");
        return task;
    }
}
