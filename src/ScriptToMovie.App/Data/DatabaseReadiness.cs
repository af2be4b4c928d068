using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Health;

namespace ScriptToMovie.App.Data;

/// <summary>The database answers and has every migration this build expects.</summary>
public sealed class DatabaseReadiness(IServiceScopeFactory scopes) : IReadinessCheck
{
    public string Name => "database";

    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        if (!await db.Database.CanConnectAsync(ct)) return "The database is not reachable: check DATABASE_URL, the network and the TLS settings.";
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        return pending.Count == 0 ? null
            : $"The database lacks {pending.Count} migration(s) this version needs (the first is {pending[0]}): an older or newer version of the app is sharing this database; restart this one after the other has migrated it, or run ./s2m serve once to apply them.";
    }
}
