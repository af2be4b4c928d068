using System.Text.Json.Nodes;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Makes a scene's clip with Kling: image-to-video from the storyboard frame (text-to-video without one),
/// polled to the end, downloaded at once into our storage and re-encoded to the movie's profile over the
/// scene's speech. It never pays twice: the external_task_id is stored before the create is sent, a resumed
/// row finds its task before anything new is created, and an unanswered create is resolved by querying.
/// </summary>
public sealed class KlingVideoProvider(
    KlingClient client,
    KlingSettings settings,
    KlingBudget budget,
    KlingLedger ledger,
    KlingInFlight inFlight,
    IMediaStorage storage,
    ProcessRunner runner,
    ILogger<KlingVideoProvider> log) : IVideoProvider
{
    /// <summary>How many times an unanswered create is resolved by query and re-sent (with the same external id).</summary>
    private const int CreateRounds = 4;

    public string Name => VideoProviders.Kling;

    public bool HoldsItsOwnSlot => true;

    public async Task GenerateAsync(ClipRequest request, GeneratedVideo row, CancellationToken ct)
    {
        BudgetReservation? reservation = null;
        try
        {
            row.Provider = Name;
            var route = KlingClipRoute.For(request, settings);
            var product = route.Product;
            KlingTask task;
            // The slots are held only while Kling works on the task: downloading and fitting happen after.
            await using (await HoldAsync(request, ct))
            {
                var (resumed, foundIn) = await ResumeAsync(row, product, ct);
                if (resumed is not null) product = foundIn;

                if (resumed is { Failed: true } && !request.IsUserRetry)
                    throw new ClipFailedException(FailedSentence(request, resumed));
                if (resumed is null || resumed.Failed)
                    (task, reservation) = await SubmitAsync(request, row, route, freshId: resumed is not null, ct);
                else
                    task = resumed;

                task = await WaitAsync(request, row, product, task, ct);
            }
            try
            {
                await FinishAsync(request, row, task, reservation?.RunId, ct);
            }
            catch (KlingResultExpiredException) when (request.IsUserRetry && reservation is null)
            {
                // The old result is gone (Kling keeps results for 30 days) and the user asked again: make a new one.
                await using (await HoldAsync(request, ct))
                {
                    (task, reservation) = await SubmitAsync(request, row, route, freshId: true, ct);
                    task = await WaitAsync(request, row, product, task, ct);
                }
                await FinishAsync(request, row, task, reservation.RunId, ct);
            }
        }
        catch (KlingApiException ex) when (!ex.IsTransient)
        {
            throw new ClipFailedException(KlingErrors.Sentence(ex, request.SceneNumber), transient: false, ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new ClipFailedException(KlingErrors.Outage, transient: true, ex);
        }
        catch (Exception ex) when (IsTransient(ex) && !ct.IsCancellationRequested)
        {
            throw new ClipFailedException(
                $"Kling did not answer for scene {request.SceneNumber} after several tries. Your project has been saved — try again in a few minutes.",
                transient: true, ex);
        }
        catch (KlingResultExpiredException ex)
        {
            throw new ClipFailedException(
                $"The clip Kling made for scene {request.SceneNumber} can no longer be downloaded (Kling keeps results for 30 days); retry the scene to make a new one.",
                transient: false, ex);
        }
        finally
        {
            reservation?.Dispose();
        }
    }

    /// <summary>This process's in-flight place, then the clip slot across workers (when the pipeline hands one).</summary>
    private async Task<IAsyncDisposable> HoldAsync(ClipRequest request, CancellationToken ct)
    {
        var local = await inFlight.EnterAsync(ct);
        try
        {
            var shared = request.HoldSlotAsync is null ? null : await request.HoldSlotAsync(ct);
            return new Holds(local, shared);
        }
        catch
        {
            local.Dispose();
            throw;
        }
    }

    private sealed class Holds(IDisposable local, IAsyncDisposable? shared) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try { if (shared is not null) await shared.DisposeAsync(); }
            finally { local.Dispose(); }
        }
    }

    /// <summary>The row's task on Kling, by task id or else by external id, in any video product.</summary>
    private async Task<(KlingTask? Task, string Product)> ResumeAsync(GeneratedVideo row, string product, CancellationToken ct)
    {
        var id = row.ProviderTaskId ?? row.ExternalTaskId;
        if (id is null) return (null, product);
        foreach (var p in new[] { product }.Concat(new[] { KlingClient.Image2Video, KlingClient.Text2Video, KlingClient.OmniVideo }.Where(p => p != product)))
            if (await client.FindAsync(p, id, ct) is { } found)
            {
                log.LogInformation("Scene row {Row}: resuming Kling task {Task} ({Status}) instead of creating one", row.Id, found.TaskId, found.Status);
                return (found, p);
            }
        return (null, product);
    }

    private async Task<(KlingTask, BudgetReservation)> SubmitAsync(
        ClipRequest request, GeneratedVideo row, KlingClipRoute route, bool freshId, CancellationToken ct)
    {
        var product = route.Product;
        var duration = KlingDuration.For(request.Duration);
        var units = settings.Prices.Units(route.Model, settings.Mode, duration);
        // A row whose external id never reached Kling keeps it: re-sending the same id can never create a
        // second task (Kling refuses a duplicate with 1201). A finished task needs an id of its own.
        var externalId = row.ExternalTaskId is null || freshId ? "s2m-" + Guid.NewGuid().ToString("N") : row.ExternalTaskId;
        var reservation = await budget.ReserveAsync(request.ProjectId, settings.Prices.Usd(units), externalId, row.ExternalTaskId, ct);
        try
        {
            row.ExternalTaskId = externalId;
            row.ProviderTaskId = null;
            row.CostUnits = null;
            await request.SaveRowAsync(ct);

            var body = await BodyAsync(request, route, duration, row.ExternalTaskId, ct);
            var task = await CreateOnceAsync(product, body, row.ExternalTaskId, ct);
            row.ProviderTaskId = task.TaskId;
            await request.SaveRowAsync(ct);
            return (task, reservation);
        }
        catch
        {
            reservation.Dispose();
            throw;
        }
    }

    private async Task<KlingTask> CreateOnceAsync(string product, JsonObject body, string externalId, CancellationToken ct)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                return await client.CreateAsync(product, body, ct);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && IsAmbiguous(ex))
            {
                // The create may have landed: ask Kling before doing anything else.
                log.LogWarning("Kling create for {External} ended with {Error}; querying before any re-send", externalId, ex.Message);
                if (await client.FindAsync(product, externalId, ct) is { } created) return created;
                if (ex is KlingApiException { IsDuplicateExternalId: true } || round >= CreateRounds) throw;
            }
        }
    }

    private static bool IsAmbiguous(Exception ex) => ex switch
    {
        KlingApiException k => k.IsDuplicateExternalId || k.IsOutage || (k.IsTransient && !k.IsRefusedBeforeCreating),
        HttpRequestException or TimeoutRejectedException => true,
        _ => false,
    };

    private static bool IsTransient(Exception ex) => ex switch
    {
        KlingApiException k => k.IsTransient,
        HttpRequestException or TimeoutRejectedException or IOException => true,
        _ => false,
    };

    private async Task<JsonObject> BodyAsync(ClipRequest request, KlingClipRoute route, string duration, string externalId, CancellationToken ct)
    {
        var product = route.Product;
        var body = new JsonObject
        {
            ["model_name"] = route.Model,
            ["prompt"] = KlingPrompt.Fit(route.Prompt(request.Prompt)),
            ["mode"] = settings.Mode,
            ["duration"] = duration,
            ["external_task_id"] = externalId,
        };
        if (KlingPrompt.FitNegative(request.NegativePrompt) is { } negative) body["negative_prompt"] = negative;
        if (route.Elements.Count > 0)
            body["element_list"] = new JsonArray([.. route.Elements.Select(e => (JsonNode)new JsonObject { ["element_id"] = e.ElementId })]);
        if (product == KlingClient.OmniVideo)
            body["image_list"] = new JsonArray(new JsonObject
            {
                ["image_url"] = Convert.ToBase64String(await File.ReadAllBytesAsync(request.FramePath!, ct)),
                ["type"] = "first_frame",
            });
        else if (product == KlingClient.Image2Video)
            // Raw Base64: Kling's docs forbid a data: prefix. The output's shape follows the frame's.
            body["image"] = Convert.ToBase64String(await File.ReadAllBytesAsync(request.FramePath!, ct));
        else
            body["aspect_ratio"] = request.AspectRatio is "9:16" or "1:1" ? request.AspectRatio : "16:9";
        return body;
    }

    private async Task<KlingTask> WaitAsync(ClipRequest request, GeneratedVideo row, string product, KlingTask task, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + settings.TaskDeadline;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!task.IsFinished)
        {
            if (DateTimeOffset.UtcNow >= deadline)
                throw new ClipFailedException(
                    $"Kling has not finished scene {request.SceneNumber} after {settings.TaskDeadline.TotalMinutes:0.#} minutes. Your project has been saved — try again later and the clip will be picked up where it is.",
                    transient: true);
            await Task.Delay(settings.NextPoll(waited.Elapsed), ct);
            try
            {
                task = await client.FindAsync(product, task.TaskId, ct)
                    ?? throw new ClipFailedException($"Kling no longer knows the task for scene {request.SceneNumber}; retry the scene.");
            }
            catch (Exception ex) when (ex is not BrokenCircuitException && IsTransient(ex) && !ct.IsCancellationRequested)
            {
                // The task keeps running on Kling while we cannot reach it; keep polling until the deadline.
                log.LogWarning("Polling Kling task {Task} failed ({Error}); will poll again", task.TaskId, ex.Message);
            }
        }
        if (task.Failed) throw new ClipFailedException(FailedSentence(request, task));
        if (row.ProviderTaskId != task.TaskId)
        {
            row.ProviderTaskId = task.TaskId;
            await request.SaveRowAsync(ct);
        }
        return task;
    }

    private async Task FinishAsync(ClipRequest request, GeneratedVideo row, KlingTask task, string? runId, CancellationToken ct)
    {
        // Charged once the task succeeded, whatever becomes of the download (the ledger is idempotent by task id).
        var units = task.UnitsCharged ?? settings.Prices.Units(settings.Model, settings.Mode, KlingDuration.For(request.Duration));
        row.CostUnits = units;
        await ledger.RecordAsync(request.ProjectId, request.SceneId, runId, task.TaskId, units, ct);

        var url = task.ResultUrls.FirstOrDefault()
            ?? throw new ClipFailedException($"Kling finished scene {request.SceneNumber} without a video; retry the scene.");
        // Kling deletes results after 30 days: our copy is kept under the task id, so a re-fit never re-downloads.
        var key = StorageKey.For(request.ProjectId, "kling", $"{task.TaskId}.mp4");
        if (!await storage.ExistsAsync(key, ct))
        {
            var download = runner.Work.File($"s2m-kling-{task.TaskId}-{Guid.NewGuid():N}.mp4");
            try
            {
                await client.DownloadAsync(url, download, ct);
                await storage.PutFileAsync(key, download, ct);
            }
            finally
            {
                File.Delete(download);
            }
        }

        var source = await storage.GetLocalPathAsync(key, ct);
        var profile = new EncodingProfile(request.Width, request.Height);
        var length = await new FitClip(source, request.AudioPath, TimeSpan.FromSeconds(request.Duration))
            .RunAsync(runner, profile, request.OutputPath, $"making the clip for scene {request.SceneNumber}", request.Progress, ct);
        row.Duration = length.TotalSeconds;
        await request.SaveRowAsync(ct);
    }

    private static string FailedSentence(ClipRequest request, KlingTask task) =>
        $"Kling could not make the clip for scene {request.SceneNumber}: {(task.StatusMessage ?? "the task failed").Trim().TrimEnd('.')}.";
}

/// <summary>
/// At most VIDEO_CONCURRENCY Kling tasks in flight in this process: defence in depth behind the clips step's
/// own limit, because going over the account's pack answers 1303 and wastes retries.
/// </summary>
public sealed class KlingInFlight(KlingSettings settings)
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, settings.MaxInFlight));

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        return new Slot(_slots);
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) slots.Release();
        }
    }
}
