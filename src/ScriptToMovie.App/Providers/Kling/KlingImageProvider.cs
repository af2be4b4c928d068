using System.Text.Json.Nodes;
using ScriptToMovie.Media.Processes;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ScriptToMovie.App.Data;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Storyboard pictures from Kling's image generation (IMAGE_PROVIDER=kling), fitted to the movie's frame. Paid
/// like clips and guarded the same way: the external_task_id is stored before the create is sent, a resumed
/// scene finds its task instead of creating one, the run's budget is checked first and the charge is ledgered.
/// </summary>
public sealed class KlingImageProvider(
    KlingImageClient images,
    KlingClient client,
    KlingSettings settings,
    KlingBudget budget,
    KlingLedger ledger,
    ProcessRunner runner,
    ILogger<KlingImageProvider> log) : IImageProvider
{
    public string Name => ImageProviders.Kling;

    public async Task<byte[]> MakeAsync(FrameJob job, StoryboardImage row, CancellationToken ct)
    {
        var fresh = job.Redraw || row.Provider != Name;
        var endpoint = settings.ImageModelIsOmni ? KlingClient.OmniImage : KlingClient.Images;
        row.Provider = Name;
        BudgetReservation? reservation = null;
        var download = runner.Work.File($"s2m-kling-image-{job.ProjectId}-{job.SceneNumber}-{Guid.NewGuid():N}");
        try
        {
            for (var round = 1; ; round++)
            {
                // A picture already asked for (a crash, a restart, a retry of a failed attempt) is picked up, not paid again.
                var existing = !fresh && (row.ProviderTaskId ?? row.ExternalTaskId) is { } id
                    ? await client.FindAsync(endpoint, id, ct)
                    : null;
                if (existing is { Failed: true })
                {
                    if (!job.IsUserRetry) throw new FrameFailedException(FailedSentence(job, existing.StatusMessage));
                    existing = null;
                    fresh = true;
                }
                if (existing is null)
                {
                    var externalId = row.ExternalTaskId is null || fresh ? "s2m-img-" + Guid.NewGuid().ToString("N") : row.ExternalTaskId;
                    reservation = await budget.ReserveAsync(job.ProjectId, settings.ImageUsd(settings.ImageUnits), externalId, row.ExternalTaskId, ct);
                    row.ExternalTaskId = externalId;
                    row.ProviderTaskId = null;
                    row.CostUnits = null;
                    await job.SaveRowAsync(ct);
                }
                else
                {
                    log.LogInformation("Scene {Scene}: resuming Kling image task {Task} ({Status}) instead of creating one", job.SceneNumber, existing.TaskId, existing.Status);
                }

                try
                {
                    var (prompt, extra) = References(job);
                    await images.GenerateAsync(prompt, job.NegativePrompt, job.AspectRatio, download, row.ExternalTaskId, ct, async task =>
                    {
                        // Charged once the task succeeds, whatever becomes of the download.
                        row.ProviderTaskId = task.TaskId;
                        row.CostUnits = task.UnitsCharged ?? settings.ImageUnits;
                        await ledger.RecordAsync(job.ProjectId, job.SceneId, reservation?.RunId, task.TaskId, row.CostUnits.Value, ct, settings.ImageUsd(row.CostUnits.Value));
                        await job.SaveRowAsync(ct);
                    }, extra, endpoint);
                }
                catch (KlingResultExpiredException) when (job.IsUserRetry && reservation is null && round == 1)
                {
                    // The old picture is gone (Kling keeps results for 30 days) and the user asked again: make a new one.
                    fresh = true;
                    continue;
                }

                return FrameFit.CoverPng(await File.ReadAllBytesAsync(download, ct), job.Drawing.Width, job.Drawing.Height)
                    ?? throw new FrameFailedException($"Kling's picture for scene {job.SceneNumber} could not be read as an image; retry the scene.");
            }
        }
        catch (ClipFailedException budgetStop)
        {
            throw new FrameFailedException(budgetStop.Message, budgetStop.Transient, budgetStop);
        }
        catch (KlingApiException ex) when (ex is { IsTransient: false, HttpStatus: 200, Code: 0 })
        {
            throw new FrameFailedException(FailedSentence(job, ex.KlingMessage), inner: ex);
        }
        catch (KlingApiException ex) when (!ex.IsTransient)
        {
            throw new FrameFailedException(KlingErrors.Sentence(ex, job.SceneNumber, picture: true), inner: ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new FrameFailedException(KlingErrors.ImagesOutage, transient: true, ex);
        }
        catch (Exception ex) when (ex is KlingApiException or HttpRequestException or TimeoutRejectedException or TimeoutException or IOException
                                   && !ct.IsCancellationRequested)
        {
            throw new FrameFailedException(
                $"Kling did not answer for the picture of scene {job.SceneNumber} after several tries. Your project has been saved — try again in a few minutes.",
                transient: true, ex);
        }
        catch (KlingResultExpiredException ex)
        {
            throw new FrameFailedException(
                $"The picture Kling made for scene {job.SceneNumber} can no longer be downloaded; retry the scene to make a new one.", inner: ex);
        }
        finally
        {
            reservation?.Dispose();
            File.Delete(download);
        }
    }

    /// <summary>
    /// The picture carries the cast's identity and the place's look into the clip (kling-elements.md A.3 §5): the
    /// scene's elements, as many as the model takes, and on omni-image the previous frame of the same place too
    /// (counted in the same limit, and sent first so the elements give way to it only at the very limit).
    /// </summary>
    private (string Prompt, JsonObject? Extra) References(FrameJob job)
    {
        var limit = settings.ImageElementLimit(settings.ImageModel);
        var previous = settings.ImageModelIsOmni && limit > 0 && job.PreviousFrame is { } frame ? frame : null;
        var elements = job.Elements.Take(limit - (previous is null ? 0 : 1)).ToList();
        var said = new List<string>();
        if (previous is not null) said.Add("<<<image_1>>> is the previous frame in this place: keep its setting, light and the people's looks");
        if (elements.Count > 0) said.Add(string.Join(", ", elements.Select((e, i) => $"<<<element_{i + 1}>>> is {e.Name}")));
        if (said.Count == 0) return (job.Prompt, null);
        var extra = new JsonObject();
        if (elements.Count > 0)
            extra["element_list"] = new JsonArray([.. elements.Select(e => (JsonNode)new JsonObject { ["element_id"] = e.ElementId })]);
        if (previous is not null)
            extra["image_list"] = new JsonArray(new JsonObject { ["image"] = Convert.ToBase64String(previous) });
        return (string.Join(". ", said) + ". " + job.Prompt, extra);
    }

    private static string FailedSentence(FrameJob job, string? kling) =>
        $"Kling could not make the storyboard picture for scene {job.SceneNumber}: {(kling ?? "the task failed").Trim().TrimEnd('.')}.";
}
