using System.Data.Common;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Data;

/// <summary>The seed guide's "Check what's in the database" and "Reset a project" SQL, run unchanged.</summary>
[Trait("Category", "Api")]
public class SeedSqlTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public SeedSqlTests(AppFactory app) => _app = app;

    private DbConnection Open()
    {
        var url = DatabaseUrl.Parse(_app.DatabaseUrl, _app.DataDirectory);
        DbConnection c = url.IsMySql ? new MySqlConnection(url.ConnectionString) : new SqliteConnection(url.ConnectionString);
        c.Open();
        return c;
    }

    private static List<object?[]> Query(DbConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (r.Read()) { var row = new object?[r.FieldCount]; r.GetValues(row!); rows.Add(row); }
        return rows;
    }

    [Fact]
    public async Task The_seeds_queries_return_the_created_project_and_its_rows()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("SQL Movie");
        using var c = Open();

        var projects = Query(c, "SELECT id, title, status, progress FROM projects;");
        var mine = Assert.Single(projects, p => Convert.ToInt32(p[0]) == id);
        Assert.Equal("SQL Movie", mine[1]);
        Assert.Equal("draft", mine[2]);
        Assert.Equal(0, Convert.ToInt32(mine[3]));

        Assert.DoesNotContain(Query(c, "SELECT id, projectId, sceneNumber, title FROM scenes ORDER BY projectId, `order`;"), r => Convert.ToInt32(r[1]) == id);
        Query(c, "SELECT id, sceneId, status FROM generatedVideos;");
        Query(c, "SELECT id, projectId, status, movieUrl FROM finalMovies;");
        var coverage = Query(c, @"SELECT
    p.id,
    p.title,
    (SELECT COUNT(*) FROM scenes WHERE projectId = p.id) AS scenes,
    (SELECT COUNT(*) FROM generatedVideos WHERE projectId = p.id AND status = 'completed') AS videos
  FROM projects p;");
        Assert.Contains(coverage, r => Convert.ToInt32(r[0]) == id && Convert.ToInt32(r[2]) == 0);
    }

    [Fact]
    public async Task The_seeds_reset_sql_puts_a_project_back_to_draft()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Reset Movie");
        using var c = Open();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = $@"
  DELETE FROM finalMovies WHERE projectId = {id};
  DELETE FROM generatedVideos WHERE projectId = {id};
  DELETE FROM videoPrompts WHERE projectId = {id};
  DELETE FROM storyboardImages WHERE projectId = {id};
  DELETE FROM scenes WHERE projectId = {id};
  UPDATE projects SET status = 'draft', progress = 0 WHERE id = {id};";
            cmd.ExecuteNonQuery();
        }
        var p = await client.GetJsonAsync($"/api/projects/{id}");
        Assert.Equal("draft", p.GetProperty("status").GetString());
    }
}
