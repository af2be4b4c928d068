using System.Text.Json.Nodes;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// A character's cast sheet on Kling (kling-elements.md A.3 §1–4): a full-body front view (text-to-image), three angles
/// from it (ai-multi-shot; when that is refused, subject-reference image generations), and an element registered from
/// the four (advanced-custom-elements). Each paid call is quoted against the run's budget, its external id stored in
/// the sheet before it is sent, and its charge ledgered once; the pictures are downloaded at once (Kling purges them).
/// </summary>
public sealed class KlingCastMaker(
    KlingImageClient images,
    KlingGeneralTasks general,
    KlingClient client,
    KlingSettings settings,
    KlingBudget budget,
    KlingLedger ledger,
    IMediaStorage storage,
    ProcessRunner runner,
    ILogger<KlingCastMaker> log) : ICastSheetMaker
{
    private static readonly string[] FallbackViews = ["left side view", "back view"];

    public double SheetUsd => settings.SheetUsd;

    public bool Enabled => settings.UsesElements;

    public async Task MakeAsync(int projectId, string? runId, CastSheet sheet, string appearance, CancellationToken ct)
    {
        try
        {
            var front = CastSheet.FrontKey(projectId, sheet.CharacterId);
            if (!await storage.ExistsAsync(front, ct)) await FrontAsync(projectId, runId, sheet, appearance, front, ct);
            if (!await sheet.HasPicturesAsync(storage, projectId, ct)) await AnglesAsync(projectId, runId, sheet, ct);
            if (sheet.ElementId is null) await ElementAsync(projectId, runId, sheet, appearance, ct);
        }
        catch (KlingApiException ex) when (!ex.IsTransient)
        {
            throw new ClipFailedException($"Kling could not make the cast sheet of {sheet.Name}: {ex.KlingMessage.Trim().TrimEnd('.')}.", inner: ex);
        }
        catch (Exception ex) when (ex is KlingApiException or BrokenCircuitException or HttpRequestException or TimeoutRejectedException or TimeoutException or IOException
                                   && !ct.IsCancellationRequested)
        {
            throw new ClipFailedException(
                $"Kling did not answer for the cast sheet of {sheet.Name} after several tries. Your project has been saved — try again in a few minutes.", transient: true, ex);
        }
    }

    private async Task FrontAsync(int projectId, string? runId, CastSheet sheet, string appearance, string key, CancellationToken ct)
    {
        sheet.FrontExternalId ??= NewId("front");
        await sheet.SaveAsync(storage, projectId, ct);
        var prompt = $"Character reference, full-body front view, neutral A-pose, plain light background, even light, realistic film still. {sheet.Name}: {appearance}";
        await ImageAsync(projectId, runId, prompt, sheet.FrontExternalId, key, null, task => sheet.FrontTaskId = task.TaskId, sheet, ct);
    }

    private async Task AnglesAsync(int projectId, string? runId, CastSheet sheet, CancellationToken ct)
    {
        var frontal = Convert.ToBase64String(await ReadAsync(CastSheet.FrontKey(projectId, sheet.CharacterId), ct));
        if (!sheet.AnglesByFallback)
        {
            if (sheet.AngleExternalIds.Count == 0) sheet.AngleExternalIds.Add(NewId("angles"));
            await sheet.SaveAsync(storage, projectId, ct);
            var externalId = sheet.AngleExternalIds[0];
            using var reservation = await budget.ReserveAsync(projectId, settings.ImageUsd(settings.MultiShotUnits), externalId, null, ct);
            try
            {
                var task = await general.RunAsync(KlingClient.MultiShot, new JsonObject { ["element_frontal_image"] = frontal }, externalId, ct);
                await ChargeAsync(projectId, runId ?? reservation.RunId, task, settings.MultiShotUnits, ct);
                sheet.AngleTaskIds = [task.TaskId];
                var n = 0;
                foreach (var url in task.ResultUrls.Take(3)) await DownloadAsync(url, CastSheet.AngleKey(projectId, sheet.CharacterId, ++n), ct);
                if (n == 0) throw new KlingApiException(200, 0, "ai-multi-shot returned no angles");
                sheet.AngleCount = n;
                await sheet.SaveAsync(storage, projectId, ct);
                return;
            }
            catch (KlingApiException ex) when (!ex.IsTransient && !ex.IsOutage && !ex.IsAuthentication)
            {
                log.LogWarning("ai-multi-shot refused for {Character} ({Error}); making the angles by subject reference", sheet.Name, ex.Message);
                sheet.AnglesByFallback = true;
                sheet.AngleExternalIds = [];
            }
        }

        // The documented fallback: the front view as a subject reference, one picture per view.
        for (var i = 0; i < FallbackViews.Length; i++)
        {
            if (sheet.AngleExternalIds.Count <= i) sheet.AngleExternalIds.Add(NewId($"angle{i + 1}"));
            await sheet.SaveAsync(storage, projectId, ct);
            var extra = new JsonObject
            {
                ["model_name"] = settings.ReferenceImageModel,
                ["image"] = frontal,
                ["image_reference"] = "subject",
                ["image_fidelity"] = 0.8,
                ["human_fidelity"] = 0.9,
            };
            var n = i + 1;
            await ImageAsync(projectId, runId, $"The same character, {FallbackViews[i]}, same outfit, plain light background.",
                sheet.AngleExternalIds[i], CastSheet.AngleKey(projectId, sheet.CharacterId, n), extra,
                task => { if (!sheet.AngleTaskIds.Contains(task.TaskId)) sheet.AngleTaskIds.Add(task.TaskId); }, sheet, ct);
        }
        sheet.AngleCount = FallbackViews.Length;
        await sheet.SaveAsync(storage, projectId, ct);
    }

    private async Task ElementAsync(int projectId, string? runId, CastSheet sheet, string appearance, CancellationToken ct)
    {
        sheet.ElementExternalId ??= NewId("element");
        await sheet.SaveAsync(storage, projectId, ct);
        var refer = new JsonArray();
        for (var n = 1; n <= Math.Min(3, sheet.AngleCount); n++)
            refer.Add(new JsonObject { ["image_url"] = Convert.ToBase64String(await ReadAsync(CastSheet.AngleKey(projectId, sheet.CharacterId, n), ct)) });
        var body = new JsonObject
        {
            ["element_name"] = ElementName(sheet),
            ["element_description"] = appearance.Length <= 100 ? appearance : appearance[..97] + "...",
            ["reference_type"] = "image_refer",
            ["element_image_list"] = new JsonObject
            {
                ["frontal_image"] = Convert.ToBase64String(await ReadAsync(CastSheet.FrontKey(projectId, sheet.CharacterId), ct)),
                ["refer_images"] = refer,
            },
            ["tag_list"] = new JsonArray(new JsonObject { ["tag_id"] = "o_102" }),
        };
        using var reservation = await budget.ReserveAsync(projectId, settings.ImageUsd(settings.ElementUnits), sheet.ElementExternalId, null, ct);
        var task = await general.RunAsync(KlingClient.Elements, body, sheet.ElementExternalId, ct);
        await ChargeAsync(projectId, runId ?? reservation.RunId, task, settings.ElementUnits, ct);
        sheet.ElementTaskId = task.TaskId;
        sheet.ElementId = task.ElementId ?? throw new KlingApiException(200, 0, "the element task finished without an element");
        sheet.ElementAccount = settings.AccessKey ?? "api-token";
        await sheet.SaveAsync(storage, projectId, ct);
    }

    /// <summary>≤ 20 characters, unique, and never a substring of another sheet's name (the "#id." ends it).</summary>
    private static string ElementName(CastSheet sheet)
    {
        var tail = $"#{sheet.CharacterId}.";
        var name = new string(sheet.Name.Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()).Trim();
        return (name.Length > 20 - tail.Length ? name[..(20 - tail.Length)] : name) + tail;
    }

    private async Task ImageAsync(int projectId, string? runId, string prompt, string externalId, string key, JsonObject? extra,
        Action<KlingTask> made, CastSheet sheet, CancellationToken ct)
    {
        using var reservation = await budget.ReserveAsync(projectId, settings.ImageUsd(settings.ImageUnits), externalId, null, ct);
        var download = runner.Work.File($"s2m-kling-cast-{projectId}-{sheet.CharacterId}-{Guid.NewGuid():N}.png");
        try
        {
            await images.GenerateAsync(prompt, "text, captions, watermark, several people", "2:3", download, externalId, ct, async task =>
            {
                made(task);
                await ChargeAsync(projectId, runId ?? reservation.RunId, task, settings.ImageUnits, ct);
                await sheet.SaveAsync(storage, projectId, ct);
            }, extra, settings.ImageModelIsOmni && extra is null ? KlingClient.OmniImage : KlingClient.Images);
            await storage.PutFileAsync(key, download, ct);
        }
        finally
        {
            File.Delete(download);
        }
    }

    private Task ChargeAsync(int projectId, string? runId, KlingTask task, double expectedUnits, CancellationToken ct)
    {
        var units = task.UnitsCharged ?? expectedUnits;
        return ledger.RecordAsync(projectId, null, runId, task.TaskId, units, ct, settings.ImageUsd(units));
    }

    private async Task DownloadAsync(string url, string key, CancellationToken ct)
    {
        var download = runner.Work.File($"s2m-kling-angle-{Guid.NewGuid():N}.png");
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

    private async Task<byte[]> ReadAsync(string key, CancellationToken ct) => await File.ReadAllBytesAsync(await storage.GetLocalPathAsync(key, ct), ct);

    private static string NewId(string what) => $"s2m-cast-{what}-{Guid.NewGuid():N}";
}
