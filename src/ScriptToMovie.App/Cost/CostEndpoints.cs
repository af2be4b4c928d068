using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Projects;

namespace ScriptToMovie.App.Cost;

/// <param name="Kind">clip or picture (a storyboard picture made with IMAGE_PROVIDER=kling).</param>
public sealed record LedgerEntryResponse(
    int Id, int? SceneId, int? SceneNumber, string? RunId, string Provider, string Kind, string? ProviderTaskId,
    double Units, double Usd, DateTime CreatedAt);

public sealed record LedgerResponse(string Currency, double TotalUsd, IReadOnlyList<LedgerEntryResponse> Entries);

public static class CostEndpoints
{
    public static void MapCost(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/projects/{id:int}/quote", async (int id, HttpContext http, AppDb db, CostQuote quote, CancellationToken ct) =>
            {
                await db.FindOwnedAsync(id, http.User.Id(), ct);
                return Results.Ok(await quote.QuoteAsync(id, ct));
            })
            .RequireAuthorization()
            .WithTags("Cost")
            .WithSummary("What the clips not yet made would cost with Kling, per scene and in total, and what was spent so far.")
            .Produces<ProjectQuote>().ProducesProblem(404);

        app.MapGet("/api/projects/{id:int}/ledger", async (int id, HttpContext http, AppDb db, CancellationToken ct) =>
            {
                await db.FindOwnedAsync(id, http.User.Id(), ct);
                var rows = await (from e in db.CostLedger.AsNoTracking()
                                  where e.ProjectId == id
                                  join s in db.Scenes on e.SceneId equals s.Id into sj
                                  from s in sj.DefaultIfEmpty()
                                  orderby e.CreatedAt, e.Id
                                  select new { e, Number = (int?)s.SceneNumber }).ToListAsync(ct);
                var pictureTasks = (await db.StoryboardImages.AsNoTracking()
                    .Where(i => i.ProjectId == id && i.ProviderTaskId != null)
                    .Select(i => i.ProviderTaskId!).ToListAsync(ct)).ToHashSet();
                var entries = rows.Select(r => new LedgerEntryResponse(
                    r.e.Id, r.e.SceneId, r.Number, r.e.RunId, r.e.Provider,
                    r.e.ProviderTaskId is { } task && pictureTasks.Contains(task) ? "picture" : "clip",
                    r.e.ProviderTaskId, r.e.Units, r.e.Usd, r.e.CreatedAt)).ToList();
                return Results.Ok(new LedgerResponse("USD", Math.Round(entries.Sum(e => e.Usd), 2), entries));
            })
            .RequireAuthorization()
            .WithTags("Cost")
            .WithSummary("Every charge a paid provider made for this project (what Kling reported as final_unit_deduction), oldest first.")
            .Produces<LedgerResponse>().ProducesProblem(404);
    }
}
