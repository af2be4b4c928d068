using Microsoft.Extensions.Configuration;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Providers.Anthropic;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Tests.Cli;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Hosting;

/// <summary>Staging and Production refuse a configuration that only works on one developer's machine.</summary>
public class DeployedProfileTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef0123456789abcdef";

    /// <summary>A configuration Staging and Production accept; each test breaks one thing.</summary>
    private static Dictionary<string, string?> Deployable() => new()
    {
        ["DATABASE_URL"] = "mysql://s2m:pw@db.internal:3306/script_to_movie",
        ["DATABASE_SSL_MODE"] = "verify_identity",
        ["STORAGE"] = "s3", ["S3_BUCKET"] = "s2m-media",
        ["JWT_SECRET"] = Secret,
        ["DEBUG"] = "false",
        ["CORS_ORIGINS"] = "https://movies.example.com",
    };

    private static IReadOnlyList<string> Problems(string environment, Dictionary<string, string?> values) =>
        SettingsCatalog.Problems(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), environment);

    private static IReadOnlyList<string> With(string key, string? value, string environment = "Production")
    {
        var values = Deployable();
        values[key] = value;
        return Problems(environment, values);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public void A_shared_mysql_over_tls_a_bucket_a_long_secret_and_named_origins_start(string environment) =>
        Assert.Empty(Problems(environment, Deployable()));

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    public void SQLite_is_refused(string environment) =>
        Assert.Contains($"DATABASE_URL is SQLite, which {environment} refuses: the API and the workers must share one MySQL database (mysql://user:password@host:3306/script_to_movie).",
            With("DATABASE_URL", null, environment));

    [Theory]
    [InlineData(null)]
    [InlineData("disabled")]
    [InlineData("preferred")]
    public void MySQL_without_required_tls_is_refused(string? mode) =>
        Assert.Contains(With("DATABASE_SSL_MODE", mode), p => p.StartsWith($"DATABASE_SSL_MODE is {mode ?? "unset"}, but Production sends database traffic over TLS only"));

    [Fact]
    public void A_certificate_authority_file_that_does_not_exist_is_refused() =>
        Assert.Contains("DATABASE_SSL_CA names /nowhere/rds-global-bundle.pem, which does not exist.", With("DATABASE_SSL_CA", "/nowhere/rds-global-bundle.pem"));

    [Fact]
    public void The_local_media_folder_is_refused_unless_allowed()
    {
        var local = Deployable();
        local.Remove("STORAGE");
        local.Remove("S3_BUCKET");
        Assert.Contains(Problems("Production", local), p => p.StartsWith("Media would be kept in the local folder, which Production refuses"));
        local["ALLOW_LOCAL_STORAGE"] = "true";
        Assert.Empty(Problems("Production", local));
    }

    [Fact]
    public void A_missing_or_short_session_secret_is_refused()
    {
        Assert.Contains("JWT_SECRET is not set; Production needs a random secret of at least 32 characters (openssl rand -hex 32).", With("JWT_SECRET", null));
        Assert.Contains("JWT_SECRET has 12 characters; Production needs at least 32 (openssl rand -hex 32).", With("JWT_SECRET", "short-secret"));
    }

    [Fact]
    public void Debug_is_refused() =>
        Assert.Contains("DEBUG is true, which Production refuses: it writes detailed errors to the logs. Set DEBUG=false.", With("DEBUG", "true"));

    [Fact]
    public void Empty_cors_origins_are_refused() =>
        Assert.Contains("CORS_ORIGINS is empty; Production needs the web UI's origins named, such as https://movies.example.com.", With("CORS_ORIGINS", ""));

    [Fact]
    public void Kling_or_Anthropic_chosen_without_keys_is_refused()
    {
        Assert.Contains(With("VIDEO_PROVIDER", "kling"), p => p.StartsWith("VIDEO_PROVIDER is kling, but KLING_API_KEY"));
        Assert.Contains(ClaudeAnalyzer.KeyMissing, With("ANALYZER", "anthropic"));
    }

    [Fact]
    public void Development_keeps_its_conveniences() => Assert.Empty(Problems("Development", new()));

    [Fact]
    public void The_tls_mode_reaches_the_mysql_connection()
    {
        var url = DatabaseUrl.Parse("mysql://u:p@db:3306/s2m", Path.GetTempPath(), "verify_ca", "/etc/ssl/rds.pem");
        Assert.Contains(";SslMode=VerifyCA;SslCa=/etc/ssl/rds.pem", url.ConnectionString);
        Assert.Contains(";SslMode=Required", DatabaseUrl.Parse("mysql://u:p@db:3306/s2m", Path.GetTempPath(), "required").ConnectionString);
    }

    [Fact]
    public async Task Serve_in_production_on_a_developer_configuration_exits_with_78_listing_every_problem_at_once()
    {
        var folder = Directory.CreateTempSubdirectory("s2m-profile-").FullName;
        var result = await AppCommand.RunAsync(folder, TimeSpan.FromSeconds(60),
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DEBUG"] = "true", ["CORS_ORIGINS"] = null, ["JWT_SECRET"] = null },
            "serve", "--urls", $"http://127.0.0.1:{AppProcess.FreePort()}", "--data", Path.Combine(folder, "data"));

        Assert.Equal(InvalidSettingsException.ExitCode, result.ExitCode);
        foreach (var start in new[] { "DATABASE_URL is SQLite", "Media would be kept in the local folder", "JWT_SECRET is not set", "DEBUG is true", "CORS_ORIGINS is empty" })
            Assert.Contains(start, result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.False(File.Exists(Path.Combine(folder, "data", "script_to_movie.db")), "nothing may run before the check");
    }
}
