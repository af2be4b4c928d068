using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ScriptToMovie.App.Data;

// Used only by `dotnet ef migrations add`; no database is contacted.
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteAppDb>
{
    public SqliteAppDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class MySqlDesignFactory : IDesignTimeDbContextFactory<MySqlAppDb>
{
    public MySqlAppDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MySqlAppDb>()
            .UseMySql("Server=localhost;Database=design", new MariaDbServerVersion(new Version(10, 11))).Options);
}
