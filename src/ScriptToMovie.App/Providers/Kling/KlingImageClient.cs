using System.Text.Json.Nodes;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>A storyboard frame made by Kling's image generation (IMAGE_PROVIDER=kling).</summary>
public sealed record KlingImageResult(string TaskId, string ExternalTaskId, string Path, double? UnitsCharged);

/// <summary>
/// Kling image generation (/v1/images/generations): one image per call, created with an external id of its
/// own, polled to the end and saved. Passing the external id of an earlier call resumes that task instead of
/// paying for a new one.
/// </summary>
public sealed class KlingImageClient(KlingClient client, KlingSettings settings)
{
    public static readonly string[] AspectRatios = ["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9"];

    /// <param name="succeeded">Called once the task has succeeded, before the download: what Kling charged is
    /// recorded even when the download then fails.</param>
    public async Task<KlingImageResult> GenerateAsync(
        string prompt, string? negativePrompt, string aspectRatio, string outputPath,
        string? externalTaskId = null, CancellationToken ct = default, Func<KlingTask, Task>? succeeded = null, JsonObject? extra = null,
        string endpoint = KlingClient.Images)
    {
        var task = externalTaskId is null ? null : await client.FindAsync(endpoint, externalTaskId, ct);
        externalTaskId ??= "s2m-img-" + Guid.NewGuid().ToString("N");
        if (task is null)
        {
            var body = new JsonObject
            {
                ["model_name"] = settings.ImageModel,
                ["prompt"] = KlingPrompt.Fit(prompt),
                ["n"] = 1,
                ["aspect_ratio"] = AspectRatios.Contains(aspectRatio) ? aspectRatio : "16:9",
                ["external_task_id"] = externalTaskId,
            };
            // Omni-image documents no negative prompt.
            if (endpoint == KlingClient.Images && KlingPrompt.FitNegative(negativePrompt) is { } negative) body["negative_prompt"] = negative;
            // Reference pictures, subject references, elements: the caller's fields win.
            foreach (var (key, value) in extra ?? []) body[key] = value?.DeepClone();
            try
            {
                task = await client.CreateAsync(endpoint, body, ct);
            }
            catch (Exception ex) when (ex is HttpRequestException or KlingApiException { IsOutage: true } or KlingApiException { IsDuplicateExternalId: true })
            {
                // The create may have landed: find it rather than paying again.
                var found = await client.FindAsync(endpoint, externalTaskId, ct);
                if (found is null) throw;
                task = found;
            }
        }

        var deadline = DateTimeOffset.UtcNow + settings.TaskDeadline;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!task.IsFinished)
        {
            if (DateTimeOffset.UtcNow >= deadline)
                throw new TimeoutException($"Kling has not finished the image after {settings.TaskDeadline.TotalMinutes:0.#} minutes.");
            await Task.Delay(settings.NextPoll(waited.Elapsed), ct);
            task = await client.FindAsync(endpoint, task.TaskId, ct)
                ?? throw new InvalidOperationException("Kling no longer knows the image task.");
        }
        if (task.Failed)
            throw new KlingApiException(200, 0, task.StatusMessage ?? "the image task failed");

        if (succeeded is not null) await succeeded(task);
        var url = task.ResultUrls.FirstOrDefault() ?? throw new InvalidOperationException("Kling finished the image task without an image.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        await client.DownloadAsync(url, outputPath, ct);
        return new KlingImageResult(task.TaskId, externalTaskId, outputPath, task.UnitsCharged);
    }
}
