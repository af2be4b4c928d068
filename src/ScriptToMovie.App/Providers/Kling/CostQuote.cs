using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Providers.Kling;

public sealed record SceneQuote(int SceneId, int SceneNumber, double Duration, double Units, double Usd);

public sealed record ProjectQuote(
    string Provider, string Currency, IReadOnlyList<SceneQuote> Scenes, double TotalUnits, double TotalUsd, double SpentUsd);

/// <summary>
/// What the clips still to make will cost with Kling, before anything is generated: every scene without a
/// completed clip, at the length its speech needs (voices' measured length, else the prompt's, else the
/// parser's estimate), priced with the same table the budget uses.
/// </summary>
public sealed class CostQuote(AppDb db, KlingSettings settings)
{
    /// <summary>A scene nobody has measured yet is assumed to fit one 5 s clip.</summary>
    private const double UnknownSceneSeconds = 5;

    public async Task<ProjectQuote> QuoteAsync(int projectId, CancellationToken ct)
    {
        var scenes = await db.Scenes.AsNoTracking().Where(s => s.ProjectId == projectId)
            .OrderBy(s => s.SceneNumber).ThenBy(s => s.Order)
            .Select(s => new { s.Id, s.SceneNumber, s.Duration }).ToListAsync(ct);
        var completed = (await db.GeneratedVideos.AsNoTracking()
            .Where(v => v.ProjectId == projectId && v.Status == "completed")
            .Select(v => v.SceneId).ToListAsync(ct)).ToHashSet();
        var speech = (await db.SceneAudio.AsNoTracking()
                .Where(a => a.ProjectId == projectId && a.Status == "completed" && a.Duration > 0)
                .Select(a => new { a.SceneId, a.Duration }).ToListAsync(ct))
            .GroupBy(a => a.SceneId).ToDictionary(g => g.Key, g => g.Max(a => a.Duration));
        var prompted = (await db.VideoPrompts.AsNoTracking()
                .Where(p => p.ProjectId == projectId && p.Duration > 0)
                .Select(p => new { p.SceneId, p.Duration }).ToListAsync(ct))
            .GroupBy(p => p.SceneId).ToDictionary(g => g.Key, g => (double)g.Max(p => p.Duration));
        var spent = (await db.CostLedger.AsNoTracking().Where(e => e.ProjectId == projectId).Select(e => e.Usd).ToListAsync(ct)).Sum();

        var quotes = scenes.Where(s => !completed.Contains(s.Id)).Select(s =>
        {
            var seconds = speech.TryGetValue(s.Id, out var a) ? a
                : prompted.TryGetValue(s.Id, out var p) ? p
                : s.Duration is > 0 ? s.Duration.Value : UnknownSceneSeconds;
            var units = settings.Prices.Units(settings.Model, settings.Mode, KlingDuration.For(seconds));
            return new SceneQuote(s.Id, s.SceneNumber, Math.Round(seconds, 2), units, settings.Prices.Usd(units));
        }).ToList();

        return new ProjectQuote("kling", "USD", quotes,
            quotes.Sum(q => q.Units), Math.Round(quotes.Sum(q => q.Usd), 2), Math.Round(spent, 2));
    }
}
