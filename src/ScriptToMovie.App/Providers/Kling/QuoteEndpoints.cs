using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Projects;

namespace ScriptToMovie.App.Providers.Kling;

public static class QuoteEndpoints
{
    public static void MapQuote(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/projects/{id:int}/quote", async (int id, HttpContext http, AppDb db, CostQuote quote, CancellationToken ct) =>
            {
                await db.FindOwnedAsync(id, http.User.Id(), ct);
                return Results.Ok(await quote.QuoteAsync(id, ct));
            })
            .RequireAuthorization()
            .WithTags("Cost")
            .WithSummary("What the clips not yet made would cost with Kling, per scene and in total, and what was spent so far.");
}
