using ScriptToMovie.App.Data;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Accounts;

public sealed record SessionResponse(int Id, string Device, string UserAgent, string IpAddress,
    DateTime CreatedAt, DateTime LastSeenAt, DateTime ExpiresAt, bool Current);

/// <summary>Where you are signed in, and signing out one device or all of them.</summary>
public static class SessionEndpoints
{
    public static void Map(RouteGroupBuilder auth)
    {
        var sessions = auth.MapGroup("/sessions").RequireAuthorization();

        sessions.MapGet("/", async (HttpContext http, SessionStore store, CancellationToken ct) =>
        {
            var current = http.SessionTokenId();
            var rows = await store.ListAsync(http.User.Id(), ct);
            return Results.Ok(rows.Select(s => ToResponse(s, current)).ToList());
        }).Produces<List<SessionResponse>>().ProducesProblem(401)
          .WithDescription("The devices signed in to this account, most recently used first; `current` marks this one.");

        sessions.MapDelete("/{sessionId:int}", async (int sessionId, HttpContext http, SessionStore store, CancellationToken ct) =>
        {
            var userId = http.User.Id();
            var mine = (await store.ListAsync(userId, ct)).FirstOrDefault(s => s.Id == sessionId);
            if (mine is null || !await store.RevokeAsync(userId, sessionId, ct)) throw ApiProblem.NotFound("session");
            if (mine.TokenId == http.SessionTokenId()) SessionCookie.Clear(http);
            return Results.Ok(new MessageResponse("That device is signed out."));
        }).Produces<MessageResponse>().ProducesProblem(401).ProducesProblem(404);

        sessions.MapDelete("/", async (HttpContext http, SessionStore store, CancellationToken ct) =>
        {
            var ended = await store.RevokeAllAsync(http.User.Id(), ct);
            SessionCookie.Clear(http);
            return Results.Ok(new MessageResponse(ended == 1
                ? "You are signed out everywhere (1 session ended)."
                : $"You are signed out everywhere ({ended} sessions ended)."));
        }).Produces<MessageResponse>().ProducesProblem(401)
          .WithDescription("Sign out everywhere: ends every session of this account, this one included.");
    }

    private static SessionResponse ToResponse(UserSession s, string? current) =>
        new(s.Id, DeviceName.From(s.UserAgent), s.UserAgent, s.IpAddress, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.TokenId == current);
}
