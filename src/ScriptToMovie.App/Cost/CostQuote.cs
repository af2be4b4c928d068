using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Cost;

/// <param name="Units">Video units of the scene's clip.</param>
/// <param name="Usd">The clip's price plus, with IMAGE_PROVIDER=kling, its storyboard picture's (<paramref name="FrameUsd"/>).</param>
public sealed record SceneQuote(int SceneId, int SceneNumber, double Duration, double Units, double Usd, double FrameUsd = 0);

/// <param name="TotalUnits">Video units of the clips.</param>
/// <param name="ImageProvider">painted (free, offline) or kling: who makes the storyboard pictures.</param>
/// <param name="FramesUsd">What the Kling storyboard pictures still to make cost (0 when they are painted).</param>
/// <param name="VideoProvider">Who makes this server's clips (animatic, mock or kling); the prices are Kling's either way,
/// so a user of the free offline clips sees what Kling would charge.</param>
/// <param name="Remakes">What a new take of each scene whose clip is made and up to date would cost.</param>
/// <param name="CastUsd">On the Kling path, the cast sheets still to make (front view, angles, element per character); in the total.</param>
public sealed record ProjectQuote(
    string Provider, string Currency, IReadOnlyList<SceneQuote> Scenes, double TotalUnits, double TotalUsd, double SpentUsd,
    string ImageProvider = ImageProviders.Painted, double FramesUsd = 0, string VideoProvider = VideoProviders.Kling,
    IReadOnlyList<SceneQuote>? Remakes = null, double CastUsd = 0);

/// <summary>
/// What the clips still to make will cost with Kling, before anything is generated: every scene without a
/// completed clip, at the scene's duration (the parse's estimate from its words and action, the voices' measured
/// length once they exist, or the user's own number: the same the Scenes tab shows and the clip will last), priced with the same table the budget uses. With IMAGE_PROVIDER=kling each of those scenes
/// without a finished Kling picture also pays for one.
/// </summary>
public sealed class CostQuote(AppDb db, KlingSettings settings, ProviderSettings providers, IMediaStorage storage)
{
    /// <summary>A scene nobody has measured yet is assumed to fit one 5 s clip.</summary>
    private const double UnknownSceneSeconds = 5;

    /// <summary>What a new scene of this length costs: its clip and, with IMAGE_PROVIDER=kling, its picture.</summary>
    public double NewSceneUsd(double seconds)
    {
        var units = settings.Prices.Units(settings.Model, settings.Mode, KlingDuration.For(seconds > 0 ? seconds : UnknownSceneSeconds));
        var frame = providers.Image == ImageProviders.Kling ? settings.ImageUsd(settings.ImageUnits) : 0;
        return settings.Prices.Usd(units) + frame;
    }

    public async Task<ProjectQuote> QuoteAsync(int projectId, CancellationToken ct)
    {
        var scenes = await db.Scenes.AsNoTracking().Where(s => s.ProjectId == projectId)
            .OrderBy(s => s.SceneNumber).ThenBy(s => s.Order)
            .Select(s => new { s.Id, s.SceneNumber, s.Duration, s.StaleParts }).ToListAsync(ct);
        var completed = (await db.GeneratedVideos.AsNoTracking()
            .Where(v => v.ProjectId == projectId && v.Status == "completed")
            .Select(v => v.SceneId).ToListAsync(ct)).ToHashSet();
        var imageProvider = providers.Image;
        var framed = imageProvider != ImageProviders.Kling ? [] : (await db.StoryboardImages.AsNoTracking()
            .Where(i => i.ProjectId == projectId && i.Kind == "scene" && i.Status == "completed" && i.Provider == ImageProviders.Kling && i.SceneId != null)
            .Select(i => i.SceneId!.Value).ToListAsync(ct)).ToHashSet();
        var framePrice = imageProvider == ImageProviders.Kling ? settings.ImageUsd(settings.ImageUnits) : 0;
        var spent = (await db.CostLedger.AsNoTracking().Where(e => e.ProjectId == projectId).Select(e => e.Usd).ToListAsync(ct)).Sum();

        // A clip an edit made stale is still to make.
        completed.ExceptWith(scenes.Where(s => Stale.Has(s.StaleParts, Stale.Clip)).Select(s => s.Id));
        framed.ExceptWith(scenes.Where(s => Stale.Has(s.StaleParts, Stale.Frame)).Select(s => s.Id));
        SceneQuote Price(int id, int number, int? duration)
        {
            var s = new { Id = id, SceneNumber = number, Duration = duration };
            // The scene's one duration (SceneLength): what the Scenes tab shows and the clip will last.
            double seconds = s.Duration is > 0 ? s.Duration.Value : UnknownSceneSeconds;
            var units = settings.Prices.Units(settings.Model, settings.Mode, KlingDuration.For(seconds));
            var frame = framed.Contains(s.Id) ? 0 : framePrice;
            return new SceneQuote(s.Id, s.SceneNumber, Math.Round(seconds, 2), units, Math.Round(settings.Prices.Usd(units) + frame, 4), frame);
        }
        var quotes = scenes.Where(s => !completed.Contains(s.Id)).Select(s => Price(s.Id, s.SceneNumber, s.Duration)).ToList();
        // A new take of a finished scene pays for its clip again (its frame only when the frame is remade too).
        var remakes = scenes.Where(s => completed.Contains(s.Id)).Select(s => Price(s.Id, s.SceneNumber, s.Duration))
            .Select(q => q with { Usd = Math.Round(q.Usd - q.FrameUsd, 4), FrameUsd = 0 }).ToList();

        var cast = await CastUsdAsync(projectId, ct);
        return new ProjectQuote("kling", "USD", quotes,
            quotes.Sum(q => q.Units), Math.Round(quotes.Sum(q => q.Usd) + cast, 2), Math.Round(spent, 2),
            imageProvider, Math.Round(quotes.Sum(q => q.FrameUsd), 2), providers.Video, remakes, Math.Round(cast, 2));
    }

    /// <summary>The parts of each present character's cast sheet not yet made (only on the Kling path).</summary>
    private async Task<double> CastUsdAsync(int projectId, CancellationToken ct)
    {
        if (providers.Image != ImageProviders.Kling && providers.Video != VideoProviders.Kling || !settings.UsesElements) return 0;
        var present = await db.SceneCharacters.AsNoTracking().Where(sc => sc.Scene!.ProjectId == projectId)
            .Select(sc => sc.CharacterId).Distinct().ToListAsync(ct);
        double usd = 0;
        foreach (var id in present)
        {
            var sheet = await CastSheet.LoadAsync(storage, projectId, id, ct);
            if (sheet?.ElementId is not null) continue;
            usd += settings.ImageUsd(settings.ElementUnits);
            if (sheet is null || !await sheet.HasPicturesAsync(storage, projectId, ct)) usd += settings.ImageUsd(settings.MultiShotUnits);
            if (!await storage.ExistsAsync(CastSheet.FrontKey(projectId, id), ct)) usd += settings.ImageUsd(settings.ImageUnits);
        }
        return usd;
    }
}
