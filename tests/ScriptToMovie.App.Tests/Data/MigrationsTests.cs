using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Tests.Data;

/// <summary>
/// Every change to the model ships with a migration for each provider: otherwise a deployed database silently lacks
/// a column the code reads. Two branches that each add a migration also prove here that the merged snapshot is whole.
/// </summary>
public class MigrationsTests
{
    [Fact]
    public void The_sqlite_migrations_describe_the_whole_model()
    {
        using var db = new SqliteDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no SQLite migration describes: run dotnet ef migrations add for SqliteAppDb.");
    }

    [Fact]
    public void The_mysql_migrations_describe_the_whole_model()
    {
        using var db = new MySqlDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no MySQL migration describes: run dotnet ef migrations add for MySqlAppDb.");
    }
}
