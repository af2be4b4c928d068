using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Accounts;

public sealed record CreateApiTokenRequest(string? Name, IReadOnlyList<string>? Scopes, double? ExpiresInDays);
public sealed record ApiTokenJson(int Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? LastUsedAt, DateTime? RevokedAt);
/// <summary>The only answer that ever carries the token itself.</summary>
public sealed record CreatedApiTokenJson(string Token, ApiTokenJson Details);

/// <summary>
/// Create, list and revoke API tokens. These routes need a browser session (they name no scope), so a leaked
/// token can never make itself another.
/// </summary>
public static class ApiTokenEndpoints
{
    public static void MapApiTokens(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/tokens").WithTags("API tokens").RequireAuthorization();

        tokens.MapPost("/", async (CreateApiTokenRequest body, HttpContext http, AppDb db, TimeProvider clock, CancellationToken ct) =>
        {
            var userId = http.User.Id();
            var name = (body.Name ?? "").Trim();
            if (name.Length is 0 or > 100) throw ApiProblem.BadRequest("Give the token a name of 1 to 100 characters, e.g. the app that will use it.");
            var scopes = (body.Scopes ?? []).Select(s => s.Trim()).Distinct().ToList();
            if (scopes.Count == 0) throw ApiProblem.BadRequest($"Choose at least one scope: {string.Join(", ", ApiScopes.All)}.");
            if (scopes.FirstOrDefault(s => !ApiScopes.All.Contains(s)) is { } unknown)
                throw ApiProblem.BadRequest($"\"{unknown}\" is not a scope. The scopes are {string.Join(", ", ApiScopes.All)}.");
            if (body.ExpiresInDays is <= 0 or > 3650) throw ApiProblem.BadRequest("A token can expire in 1 day to 10 years; leave the expiry out for a token that never expires.");
            if (await db.ApiTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null, ct) >= 50)
                throw ApiProblem.Conflict("You have 50 tokens already. Revoke one you no longer use first.");

            var now = clock.GetUtcNow().UtcDateTime;
            var text = ApiTokenText.New();
            var token = new ApiToken
            {
                UserId = userId, Name = name, TokenHash = ApiTokenText.Hash(text), Prefix = ApiTokenText.Shown(text),
                Scopes = string.Join(' ', scopes), CreatedAt = now,
                ExpiresAt = body.ExpiresInDays is { } days ? now.AddDays(days) : null,
            };
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/tokens/{token.Id}", new CreatedApiTokenJson(text, Json(token)));
        }).Produces<CreatedApiTokenJson>(201).ProducesProblem(400).ProducesProblem(409)
          .WithDescription("Creates a token and answers with it once: only its hash is kept. Scopes: runs:write, runs:read, media:read, webhooks:write.");

        tokens.MapGet("/", async (HttpContext http, AppDb db, CancellationToken ct) =>
        {
            var userId = http.User.Id();
            var list = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);
            return Results.Ok(list.Select(Json).ToList());
        }).Produces<List<ApiTokenJson>>();

        tokens.MapDelete("/{tokenId:int}", async (int tokenId, HttpContext http, AppDb db, TimeProvider clock, CancellationToken ct) =>
        {
            var userId = http.User.Id();
            var now = clock.GetUtcNow().UtcDateTime;
            if (!await db.ApiTokens.AnyAsync(t => t.Id == tokenId && t.UserId == userId, ct)) throw ApiProblem.NotFound("token");
            await db.ApiTokens.Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(t => t.RevokedAt, now), ct);
            return Results.NoContent();
        }).Produces(204).ProducesProblem(404).WithDescription("Revokes the token: its next request is refused.");
    }

    private static ApiTokenJson Json(ApiToken t) => new(t.Id, t.Name, t.Prefix,
        t.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt);
}
