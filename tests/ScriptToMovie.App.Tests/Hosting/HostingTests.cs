using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Tests.Hosting;

public class HostingTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public HostingTests(AppFactory app) => _app = app;

    [Fact]
    public async Task Health_and_readiness_answer()
    {
        var client = _app.CreateClient();
        Assert.Equal("ok", (await client.GetJsonAsync("/healthz")).GetProperty("status").GetString());
        Assert.Equal("ready", (await client.GetJsonAsync("/readyz")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_openapi_document_lists_the_seed_endpoints_and_docs_render()
    {
        var client = _app.CreateClient();
        var doc = await client.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/auth/register", "/api/auth/login", "/api/auth/logout", "/api/auth/me", "/api/projects", "/api/projects/{id}", "/api/projects/{id}/scenes", "/api/projects/{id}/movie" })
            Assert.Contains(expected, paths);
        var docs = await client.GetAsync("/docs");
        docs.EnsureSuccessStatusCode();
        Assert.Contains("text/html", docs.Content.Headers.ContentType!.ToString());
    }

    [Theory]
    [InlineData("mysql+aiomysql://root:@localhost:3306/script_to_movie", true, "Server=localhost;Port=3306;Database=script_to_movie;User=root;Password=;")]
    [InlineData("mysql://app:s%40cret@db.internal:3307/movies", true, "Server=db.internal;Port=3307;Database=movies;User=app;Password=s@cret;")]
    public void The_seeds_database_url_forms_are_understood(string url, bool mysql, string expectedPrefix)
    {
        var parsed = DatabaseUrl.Parse(url, Path.GetTempPath());
        Assert.Equal(mysql, parsed.IsMySql);
        Assert.StartsWith(expectedPrefix, parsed.ConnectionString);
    }

    [Fact]
    public void A_sqlite_url_names_a_file_and_no_url_means_sqlite_in_the_data_directory()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        Assert.Contains(Path.Combine(dir, "script_to_movie.db"), DatabaseUrl.Parse(null, dir).ConnectionString);
        Assert.Contains("Data Source=/tmp/x/y.db", DatabaseUrl.Parse("sqlite:////tmp/x/y.db", dir).ConnectionString);
    }

    [Fact]
    public void Production_without_a_jwt_secret_refuses_to_start_with_a_clear_message()
    {
        var settings = new AppSettings { DataDirectory = Path.GetTempPath(), IsProduction = true };
        var e = Assert.Throws<InvalidOperationException>(() => ScriptToMovie.App.Accounts.JwtSecretSource.SigningKey(settings));
        Assert.Contains("JWT_SECRET", e.Message);
    }
}
