using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Steps;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Steps.Storyboard;

/// <summary>
/// Phase 2: one validated frame per scene (the right size, not blank) from the chosen image provider. A scene
/// the trailer already drew reuses that frame once it passes the same check, instead of painting it twice.
/// A scene whose picture fails is stored as failed with a sentence and the others go on.
/// </summary>
public sealed class StoryboardStep(ProviderSettings providers, FrameSettings frameSettings, ILogger<StoryboardStep> log) : IPipelineStep
{
    private enum Outcome { Made, Reused, Failed }

    public StepDefinition Definition => PipelineOrder.Storyboard;

    public async Task RunAsync(StepContext context, CancellationToken ct)
    {
        var providerName = providers.Image;
        if (context.Services.GetKeyedService<IImageProvider>(providerName) is null)
            throw new StepFailedException($"The image provider \"{providerName}\" is not available. Set IMAGE_PROVIDER to painted or kling.");

        var db = context.Db;
        var scenes = await db.Scenes.AsNoTracking()
            .Where(s => s.ProjectId == context.ProjectId)
            .OrderBy(s => s.Order).ThenBy(s => s.SceneNumber)
            .ToListAsync(ct);
        if (scenes.Count == 0) throw new StepFailedException("There are no scenes to draw. Parse the script first.");

        var images = await db.StoryboardImages.AsNoTracking()
            .Where(i => i.ProjectId == context.ProjectId && i.Kind == "scene").ToListAsync(ct);
        // A retry names its scenes; only those whose frame is missing or failed are made again (a finished
        // picture, perhaps a paid one, is kept). A painted frame is replaced by the configured paid provider's
        // picture while its scene has no clip yet: that is what the quote priced, and no clip is built on it.
        var clipped = (await db.GeneratedVideos.AsNoTracking()
            .Where(v => v.ProjectId == context.ProjectId && v.Status == "completed")
            .Select(v => v.SceneId).ToListAsync(ct)).ToHashSet();
        var todo = new List<Scene>();
        foreach (var scene in scenes.Where(s => context.OnlyScenes.Count == 0 || context.OnlyScenes.Contains(s.Id)))
        {
            var row = images.Where(i => i.SceneId == scene.Id).MaxBy(i => i.Id);
            var upgrade = providerName != ImageProviders.Painted && row is { Provider: ImageProviders.Painted }
                          && !clipped.Contains(scene.Id);
            if (upgrade || Stale.Has(scene.StaleParts, Stale.Frame)
                || row is not { Status: "completed", StorageKey: { } stored } || !await context.Storage.ExistsAsync(stored, ct))
                todo.Add(scene);
        }

        // Read once for every scene to draw; each scene then only writes its own row.
        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == context.ProjectId, ct);
        var requests = await SceneFrames.RequestsAsync(db, project, todo, ct);
        var places = await db.Settings.AsNoTracking().Where(st => st.ProjectId == context.ProjectId)
            .ToDictionaryAsync(st => st.Id, st => st.VisualDescription, ct);

        var settings = frameSettings;
        int done = scenes.Count - todo.Count, reused = 0, failed = 0;
        using var reportGate = new SemaphoreSlim(1);
        await context.ReportAsync(done * 100 / scenes.Count,
            done == 0 ? $"Drawing {scenes.Count} frames" : $"{done} of {scenes.Count} frames already drawn; drawing {todo.Count}");

        // A Kling picture may reference the previous frame of the same place (decision 0102), so a place's scenes are
        // drawn in story order, one after another; different places overlap. The painter draws scene by scene.
        var previousInPlace = new Dictionary<int, int>();
        foreach (var place in scenes.Where(s => s.SettingId is not null).GroupBy(s => s.SettingId))
            foreach (var (earlier, later) in place.Zip(place.Skip(1)))
                previousInPlace[later.Id] = earlier.Id;
        var chains = providerName == ImageProviders.Painted
            ? todo.Select(s => new List<Scene> { s }).ToList()
            : todo.GroupBy(s => s.SettingId ?? -s.Id).Select(g => g.ToList()).ToList();

        await Parallel.ForEachAsync(
            chains,
            // The painter is quick and uses a core; a remote model is slow and waits, so its pictures overlap.
            new ParallelOptions { MaxDegreeOfParallelism = providerName == ImageProviders.Painted ? 1 : settings.Concurrency, CancellationToken = ct },
            async (chain, token) =>
            {
                foreach (var scene in chain)
                {
                    var place = scene.SettingId is { } settingId ? places.GetValueOrDefault(settingId) : null;
                    var outcome = await ProcessSceneAsync(context, scene, requests[scene.Id], place, project.AspectRatio, providerName, settings,
                        previousInPlace.TryGetValue(scene.Id, out var previous) ? previous : null, token);
                    if (outcome == Outcome.Reused) Interlocked.Increment(ref reused);
                    if (outcome == Outcome.Failed) Interlocked.Increment(ref failed);
                    var finished = Interlocked.Increment(ref done);
                    // The reporter writes to the run's database context; one report at a time.
                    await reportGate.WaitAsync(token);
                    try { await context.ReportAsync(finished * 100 / scenes.Count, $"Frame {finished} of {scenes.Count} ready (scene {scene.SceneNumber})"); }
                    finally { reportGate.Release(); }
                }
            });

        if (failed > 0 && failed == todo.Count && todo.Count == scenes.Count) throw new StepFailedException("No storyboard frame passed its check, so there is nothing to animate.");
        if (reused > 0) context.Notes.Add($"Reused {reused} trailer frame{(reused == 1 ? "" : "s")}.");
        if (failed > 0) context.Notes.Add($"{failed} of {scenes.Count} frames failed their check.");
    }

    /// <summary>Makes, checks and stores one scene's frame in a database context of its own, so scenes can overlap.</summary>
    private async Task<Outcome> ProcessSceneAsync(
        StepContext context, Scene scene, FrameRequest request, string? settingDescription, string aspectRatio,
        string providerName, FrameSettings settings, int? previousSceneId, CancellationToken ct)
    {
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var provider = scope.ServiceProvider.GetRequiredKeyedService<IImageProvider>(providerName);

        var row = await db.StoryboardImages
            .Where(i => i.ProjectId == scene.ProjectId && i.SceneId == scene.Id && i.Kind == "scene")
            .OrderByDescending(i => i.Id).FirstOrDefaultAsync(ct);
        // A finished picture being replaced (its file is gone, or a paid provider replaces a painted frame): a new
        // picture, not a resumed task.
        var redraw = row is { Status: "completed" };

        // The trailer paints with the same painter, so its frame is this scene's picture already.
        // An edited scene's trailer frame shows what the scene was before the edit.
        var png = provider.Name != ImageProviders.Painted || Stale.Has(scene.StaleParts, Stale.Frame) ? null : await ValidTrailerFrameAsync(db, context.Storage, scene, request, ct);
        var outcome = png is null ? Outcome.Made : Outcome.Reused;

        if (row is null)
        {
            row = new StoryboardImage { ProjectId = scene.ProjectId, SceneId = scene.Id, Kind = "scene", CreatedAt = DateTime.UtcNow };
            db.StoryboardImages.Add(row);
        }
        row.Width = request.Width;
        row.Height = request.Height;
        row.ErrorMessage = null;
        string? failure = null;
        try
        {
            if (png is null)
            {
                row.Status = "generating";
                await db.SaveChangesAsync(ct);
                var job = new FrameJob(scene.ProjectId, scene.Id, scene.SceneNumber, request,
                    FramePromptText.Build(request, settingDescription), FramePromptText.NegativePrompt, aspectRatio,
                    context.IsUserRetry, redraw, token => db.SaveChangesAsync(token))
                {
                    Elements = provider.Name == ImageProviders.Kling ? await SceneCast.ElementsAsync(db, context.Storage, scene, ct) : [],
                    PreviousFrame = provider.Name == ImageProviders.Kling && previousSceneId is { } previous ? await FrameOfAsync(db, context.Storage, previous, ct) : null,
                };
                (png, failure) = await MakeWithRetriesAsync(provider, job, row, db, settings, ct);
            }
            else
            {
                row.Provider = ImageProviders.Painted;
            }

            var check = png is null
                ? FrameValidation.Invalid(failure ?? $"The frame for scene {scene.SceneNumber} could not be drawn.")
                : FrameValidator.Validate(png, request.Width, request.Height);
            if (check.Ok)
            {
                var key = await SceneFiles.FreshKeyAsync(context.Storage, scene.ProjectId, "storyboard", scene.SceneNumber, "png", ct);
                await context.Storage.PutBytesAsync(key, png!, ct);
                row.StorageKey = key;
                row.ImageUrl = StorageKey.Url(key);
                row.Status = "completed";
            }
            else
            {
                row.Status = "failed";
                row.ErrorMessage = check.Problem;
                outcome = Outcome.Failed;
            }
            await db.SaveChangesAsync(ct);
            if (check.Ok) await SceneFiles.ClearStaleAsync(db, scene.Id, Stale.Frame, ct);
            return outcome;
        }
        catch (StorageFailedException)
        {
            // The media folder refused the picture: left to make again, and the step stops with the storage sentence.
            row.Status = "pending";
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Not finished, so a resumed run picks it up (a paid picture by its stored task id).
            row.Status = "pending";
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    /// <returns>The picture, or null and the sentence the user reads.</returns>
    private async Task<(byte[]? Png, string? Failure)> MakeWithRetriesAsync(
        IImageProvider provider, FrameJob job, StoryboardImage row, AppDb db, FrameSettings settings, CancellationToken ct)
    {
        string? failure = null;
        for (var attempt = 1; attempt <= settings.Attempts; attempt++)
        {
            row.Attempt++;
            await db.SaveChangesAsync(ct);
            try
            {
                return (await provider.MakeAsync(job, row, ct), null);
            }
            catch (ProviderFailedException e) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(e, "Frame for scene {Scene} failed on attempt {Attempt}", job.SceneNumber, attempt);
                failure = e.Message;
                if (!e.Transient) return (null, failure);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Frame for scene {Scene} failed on attempt {Attempt}", job.SceneNumber, attempt);
                failure = $"The frame for scene {job.SceneNumber} could not be made. You can retry the scene.";
            }
            if (attempt < settings.Attempts)
                await Task.Delay(settings.RetryDelay * attempt, ct);
        }
        return (null, failure);
    }

    /// <summary>The scene's finished storyboard frame, or null when it has none (yet).</summary>
    private static async Task<byte[]?> FrameOfAsync(AppDb db, IMediaStorage storage, int sceneId, CancellationToken ct)
    {
        var key = await db.StoryboardImages.AsNoTracking()
            .Where(i => i.SceneId == sceneId && i.Kind == "scene" && i.Status == "completed" && i.StorageKey != null)
            .OrderByDescending(i => i.Id).Select(i => i.StorageKey).FirstOrDefaultAsync(ct);
        if (key is null) return null;
        await using var stream = await storage.OpenReadAsync(key, ct);
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>The trailer's frame of the scene, if it is stored, drawn at this size and not blank.</summary>
    private static async Task<byte[]?> ValidTrailerFrameAsync(AppDb db, IMediaStorage storage, Scene scene, FrameRequest request, CancellationToken ct)
    {
        var key = await db.StoryboardImages.AsNoTracking()
            .Where(i => i.SceneId == scene.Id && i.Kind == "trailer" && i.Status == "completed" && i.StorageKey != null)
            .OrderByDescending(i => i.Id).Select(i => i.StorageKey).FirstOrDefaultAsync(ct);
        if (key is null) return null;
        await using var stream = await storage.OpenReadAsync(key, ct);
        if (stream is null) return null;
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        var png = buffer.ToArray();
        return FrameValidator.Validate(png, request.Width, request.Height).Ok ? png : null;
    }
}
