using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Telemetry;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Steps.Clips;

/// <summary>
/// One clip per scene from the chosen provider, up to VIDEO_CONCURRENCY scenes at once. A scene that still
/// fails after the run's own attempts is stored as failed with a sentence, and the step goes on: assembly
/// puts the scene's animatic in its place.
/// </summary>
public sealed class ClipsStep(ProviderSettings providers, ClipSettings clipSettings, PipelineSettings pipeline, ProcessRunner runner, ILogger<ClipsStep> log) : IPipelineStep
{
    public const string GenericFailure = "The clip for this scene could not be made. You can retry the scene.";

    public StepDefinition Definition => PipelineOrder.Clips;

    public async Task RunAsync(StepContext context, CancellationToken ct)
    {
        var providerName = providers.Video;
        if (context.Services.GetKeyedService<IVideoProvider>(providerName) is not { } chosen)
            throw new StepFailedException($"The video provider \"{providerName}\" is not available. Set VIDEO_PROVIDER to animatic, mock or kling.");

        var scenes = await context.Db.Scenes.AsNoTracking()
            .Where(s => s.ProjectId == context.ProjectId)
            .OrderBy(s => s.Order).ThenBy(s => s.SceneNumber)
            .Select(s => new { s.Id, s.SceneNumber, s.StaleParts })
            .ToListAsync(ct);
        if (scenes.Count == 0) throw new StepFailedException("There are no scenes to make clips for. Parse the script first.");

        var completed = (await context.Db.GeneratedVideos.AsNoTracking()
            .Where(v => v.ProjectId == context.ProjectId && v.Status == ClipStatus.Completed)
            .Select(v => v.SceneId).ToListAsync(ct)).ToHashSet();
        completed.ExceptWith(await StaleFreeClipsAsync(context.Db, context.ProjectId, ct));
        var todo = scenes
            .Where(s => context.OnlyScenes.Count > 0 ? context.OnlyScenes.Contains(s.Id) : !completed.Contains(s.Id) || Stale.Has(s.StaleParts, Stale.Clip))
            .ToList();

        var settings = clipSettings;
        // Across worker processes the pipeline's slots cap clip work at VIDEO_CONCURRENCY; without them
        // (a step run on its own) the local parallelism is the only limit.
        var slots = context.Services.GetService<WorkSlots>();
        var meter = new ClipsProgress(context, scenes.Count, scenes.Count - todo.Count);
        await meter.StartAsync($"Making {todo.Count} clip{(todo.Count == 1 ? "" : "s")} with the {providerName} provider");

        // A remote provider holds its slot only while the service works, so twice as many scenes are under way:
        // the next tasks run while earlier results download and fit.
        var remote = chosen.HoldsItsOwnSlot;
        var parallel = providerName == VideoProviders.Animatic ? Math.Min(settings.AnimaticConcurrency, pipeline.VideoConcurrency)
            : remote ? 2 * pipeline.VideoConcurrency : pipeline.VideoConcurrency;
        await Parallel.ForEachAsync(
            todo,
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (scene, token) =>
            {
                var share = meter.For(scene.SceneNumber);
                if (slots is null || remote) await ProcessSceneAsync(context, scene.Id, token, share);
                else await slots.RunAsync(WorkSlots.ClipsPool, held => ProcessSceneAsync(context, scene.Id, held, share), token);
                await meter.FinishedAsync(scene.SceneNumber);
            });
        await meter.FlushAsync();

        var failed = await context.Db.GeneratedVideos.AsNoTracking()
            .Where(v => v.ProjectId == context.ProjectId && v.Status == ClipStatus.Failed)
            .CountAsync(ct);
        if (failed > 0)
            context.Notes.Add($"{failed} of {scenes.Count} scenes failed to generate. You can retry failed scenes or continue with the completed clips.");
        if (providerName == VideoProviders.Kling && todo.Count > 0
            && await SceneCast.UnapprovedAsync(context.Db, context.Storage, context.ProjectId, todo.Select(s => s.Id).ToList(), ct) is { Count: > 0 } unapproved)
            context.Notes.Add($"Made with cast sheets nobody approved yet: {string.Join(", ", unapproved)}. Check them in the Characters tab.");
    }

    /// <summary>
    /// Scenes whose clip was made locally (animatic, mock) before their voices were remade, e.g. after a
    /// character's voice was changed: those clips carry the old voices and cost nothing to make again. A paid
    /// provider's clip is never remade without the user asking.
    /// </summary>
    private static async Task<IEnumerable<int>> StaleFreeClipsAsync(AppDb db, int projectId, CancellationToken ct)
    {
        var clips = await db.GeneratedVideos.AsNoTracking()
            .Where(v => v.ProjectId == projectId && v.Status == ClipStatus.Completed && (v.Provider == VideoProviders.Animatic || v.Provider == VideoProviders.Mock))
            .Select(v => new { v.SceneId, v.UpdatedAt }).ToListAsync(ct);
        var voiced = (await db.SceneAudio.AsNoTracking()
            .Where(a => a.ProjectId == projectId && a.Status == "completed")
            .Select(a => new { a.SceneId, a.CreatedAt }).ToListAsync(ct))
            .GroupBy(a => a.SceneId).ToDictionary(g => g.Key, g => g.Max(a => a.CreatedAt));
        return clips.Where(c => voiced.TryGetValue(c.SceneId, out var at) && at > c.UpdatedAt).Select(c => c.SceneId);
    }

    /// <summary>
    /// Makes, stores and records one scene's clip, with the run's own retries. Uses its own database context,
    /// so several scenes can run at once; never throws for a failed clip (the row says so), only for cancellation.
    /// </summary>
    public async Task ProcessSceneAsync(StepContext context, int sceneId, CancellationToken ct, IProgress<double>? progress = null)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var providerName = providers.Video;
        var provider = scope.ServiceProvider.GetRequiredKeyedService<IVideoProvider>(providerName);
        var settings = clipSettings;

        var scene = await db.Scenes.AsNoTracking().FirstAsync(s => s.Id == sceneId, ct);
        var aspect = await db.Projects.Where(p => p.Id == scene.ProjectId).Select(p => p.AspectRatio).FirstAsync(ct);
        var profile = EncodingProfile.ForAspect(aspect);

        var row = await db.GeneratedVideos
            .Where(v => v.ProjectId == scene.ProjectId && v.SceneId == sceneId)
            .OrderByDescending(v => v.Id).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            row = new GeneratedVideo { ProjectId = scene.ProjectId, SceneId = sceneId, CreatedAt = DateTime.UtcNow };
            db.GeneratedVideos.Add(row);
        }
        await ClipTakes.StartNewTakeAsync(db, row, ct);
        row.Status = ClipStatus.Generating;
        row.Provider = provider.Name;
        row.ErrorMessage = null;
        row.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);

        var inputs = await SceneClipInputs.LoadAsync(db, context.Storage, scene, ct);
        var output = runner.Work.File($"s2m-clip-{scene.ProjectId}-{scene.SceneNumber}-{Guid.NewGuid():N}.mp4");
        var request = new ClipRequest(
            scene.ProjectId, scene.Id, scene.SceneNumber, scene.Heading,
            inputs.Prompt, inputs.NegativePrompt,
            ClipLength.For(scene, inputs.SpeechSeconds, profile),
            inputs.FramePath, inputs.AudioPath,
            profile.Width, profile.Height, aspect, output,
            context.IsUserRetry,
            token => db.SaveChangesAsync(token),
            HoldSlotAsync: HoldSlot(context))
        {
            Progress = progress,
            // Only a provider that takes elements reads them; reading the sheets costs a few small files per scene.
            Elements = provider.Name == VideoProviders.Kling ? await SceneCast.ElementsAsync(db, context.Storage, scene, ct) : [],
        };

        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            string? failure;
            using (var activity = AppTelemetry.Source.StartActivity("clip"))
            {
                activity?.SetTag("s2m.provider", provider.Name);
                activity?.SetTag("s2m.scene", request.SceneNumber);
                failure = await GenerateWithRetriesAsync(provider, request, row, db, settings, ct);
                activity?.SetTag("s2m.outcome", failure is null ? "completed" : "failed");
            }
            AppTelemetry.ClipDuration.Record(AppTelemetry.SecondsSince(started),
                new("provider", provider.Name), new("outcome", failure is null ? "completed" : "failed"));
            var info = failure is null ? await new Probe(runner).ReadAsync(output, ct) : null;
            if (info is { Video: null }) failure = "The video service returned a clip without a picture.";
            if (failure is null && info is not null)
            {
                var key = await SceneFiles.FreshKeyAsync(context.Storage, scene.ProjectId, "clips", scene.SceneNumber, "mp4", ct);
                await context.Storage.PutFileAsync(key, output, ct);
                row.Status = ClipStatus.Completed;
                row.StorageKey = key;
                row.VideoUrl = StorageKey.Url(key);
                // The picture's length, not the container's: AAC padding must not push the next scene late.
                row.Duration = Math.Round((info.Video?.Duration ?? info.Duration).TotalSeconds, 3);
            }
            else
            {
                row.Status = ClipStatus.Failed;
                row.ErrorMessage = failure;
            }
            row.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
            if (row.Status == ClipStatus.Completed)
            {
                await ClipTakes.RecordAsync(db, row, ct);
                await SceneFiles.ClearStaleAsync(db, sceneId, Stale.Clip, ct);
            }
        }
        catch (StorageFailedException)
        {
            // The folder, not the scene, is at fault: the clip is left to make again and the step stops with the sentence.
            row.Status = ClipStatus.Pending;
            row.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Storing or checking the clip failed: the scene fails with a sentence, the other scenes go on.
            log.LogError(e, "Clip for scene {Scene} could not be stored", scene.SceneNumber);
            row.Status = ClipStatus.Failed;
            row.ErrorMessage = e is MediaProcessException m ? m.UserMessage : GenericFailure;
            row.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Not completed, so a resumed run makes it again; "generating" would claim work nobody is doing.
            row.Status = ClipStatus.Pending;
            row.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>A clip slot across workers, or this step's own parallelism alone when the step runs outside the pipeline.</summary>
    private Func<CancellationToken, Task<IAsyncDisposable>>? HoldSlot(StepContext context) =>
        context.Services.GetService<WorkSlots>() is { } slots
            ? async token => await slots.AcquireAsync(WorkSlots.ClipsPool, pipeline.VideoConcurrency, token)
            : null;

    /// <returns>Null on success, else the sentence the user reads.</returns>
    private async Task<string?> GenerateWithRetriesAsync(
        IVideoProvider provider, ClipRequest request, GeneratedVideo row, AppDb db, ClipSettings settings, CancellationToken ct)
    {
        string? failure = null;
        for (var attempt = 1; attempt <= settings.Attempts; attempt++)
        {
            row.Attempt++;
            row.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(ct);
            try
            {
                await provider.GenerateAsync(request, row, ct);
                if (File.Exists(request.OutputPath) && new FileInfo(request.OutputPath).Length > 0) return null;
                failure = GenericFailure;
            }
            catch (ClipFailedException e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(e, "Clip for scene {Scene} failed on attempt {Attempt}", request.SceneNumber, attempt);
                failure = e.Message;
                if (!e.Transient) return failure;
            }
            catch (MediaProcessException e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(e, "Clip for scene {Scene} failed on attempt {Attempt}", request.SceneNumber, attempt);
                failure = e.UserMessage;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Clip for scene {Scene} failed on attempt {Attempt}", request.SceneNumber, attempt);
                failure = GenericFailure;
            }
            if (attempt < settings.Attempts)
                await Task.Delay(settings.RetryDelay * attempt, ct);
        }
        return failure;
    }
}

/// <summary>The values of generatedVideos.status.</summary>
public static class ClipStatus
{
    public const string Pending = "pending";
    public const string Generating = "generating";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
