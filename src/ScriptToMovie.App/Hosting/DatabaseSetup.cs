using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Hosting;

public static class DatabaseSetup
{
    /// <summary>Registers AppDb as the SQLite or MySQL flavour chosen by DATABASE_URL.</summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<AppSettings>();
            return DatabaseUrl.Parse(settings.DatabaseUrl, settings.DataDirectory, settings.DatabaseSslMode, settings.DatabaseSslCa, settings.DatabasePassword);
        });
        services.AddScoped<AppDb>(sp => Create(sp.GetRequiredService<DatabaseUrl>()));
        return services;
    }

    public static AppDb Create(DatabaseUrl url)
    {
        if (url.IsMySql)
        {
            var o = new DbContextOptionsBuilder<MySqlAppDb>()
                .UseMySql(url.ConnectionString, new MariaDbServerVersion(new Version(10, 11)), m => m.EnableRetryOnFailure(3))
                .Options;
            return new MySqlAppDb(o);
        }
        var s = new DbContextOptionsBuilder<SqliteAppDb>().UseSqlite(url.ConnectionString).Options;
        return new SqliteAppDb(s);
    }

    /// <summary>Creates the database if needed and applies pending migrations.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        await db.Database.MigrateAsync(ct);
        if (db is SqliteAppDb)
            // WAL lets the web process read while a worker process writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}
