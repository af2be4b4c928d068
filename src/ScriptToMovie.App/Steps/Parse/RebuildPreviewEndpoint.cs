using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.Analysis;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Cost;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Projects;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Steps.Parse;

public sealed record RebuildPreviewRequest(string? ScriptContent);

/// <param name="Summary">"3 scenes changed, 2 new, 1 removed: $1.40".</param>
/// <param name="Usd">What the changed and new scenes' clips (and Kling pictures) would cost with Kling.</param>
/// <param name="KeptTakes">Takes of removed scenes: they stay with the project, nothing made is deleted.</param>
public sealed record RebuildPreviewResponse(int Unchanged, int Changed, int Added, int Removed, double Usd, int KeptTakes, string Summary);

/// <summary>
/// What re-parsing a script would rebuild, before it runs: scenes are matched by content, so only the changed and
/// new ones are made again (an incremental rebuild).
/// </summary>
public static class RebuildPreviewEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/projects/{id:int}/rebuild-preview", async (int id, RebuildPreviewRequest body, HttpContext http, AppDb db, CostQuote quote, CancellationToken ct) =>
        {
            var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
            var doc = ScreenplayReader.ReadText(body.ScriptContent ?? project.ScriptContent);
            if (!doc.Scenes.Any(ScriptBreakdown.IsComplete)) throw ApiProblem.BadRequest(ParseStep.NoCompleteScene);
            var outlines = ScriptBreakdown.From(doc).Scenes;
            var stored = await db.Scenes.AsNoTracking().Where(s => s.ProjectId == id).ToListAsync(ct);
            var (unchanged, changed, added, removed) = SceneMatch.Compare(stored, outlines);
            var usd = Math.Round(changed.Concat(added).Sum(o => quote.NewSceneUsd(o.Duration)), 2);
            var matched = SceneMatch.Match(stored, outlines).Values.Select(s => s.Id).ToHashSet();
            var gone = stored.Where(s => !matched.Contains(s.Id)).Select(s => s.Id).ToList();
            var keptTakes = await db.SceneTakes.CountAsync(t => t.SceneId != null && gone.Contains(t.SceneId.Value), ct);
            return Results.Ok(new RebuildPreviewResponse(unchanged, changed.Count, added.Count, removed, usd, keptTakes,
                Summary(unchanged, changed.Count, added.Count, removed, usd)));
        })
        .RequireAuthorization()
        .WithTags("Projects")
        .WithSummary("What re-parsing this script (or the saved one) would rebuild and what it would cost, before it runs.")
        .Produces<RebuildPreviewResponse>().ProducesProblem(400).ProducesProblem(404);

    public static string Summary(int unchanged, int changed, int added, int removed, double usd)
    {
        var parts = new List<string>();
        if (changed > 0) parts.Add($"{changed} scene{(changed == 1 ? "" : "s")} changed");
        if (added > 0) parts.Add(parts.Count == 0 ? $"{added} new scene{(added == 1 ? "" : "s")}" : $"{added} new");
        if (removed > 0) parts.Add(parts.Count == 0 ? $"{removed} scene{(removed == 1 ? "" : "s")} removed" : $"{removed} removed");
        if (parts.Count == 0) return $"No scene changed; all {unchanged} are kept.";
        return $"{string.Join(", ", parts)}: {usd.ToString("$0.00", CultureInfo.InvariantCulture)}";
    }
}
