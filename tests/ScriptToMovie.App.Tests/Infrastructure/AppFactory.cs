using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ScriptToMovie.App.Tests.Infrastructure;

/// <summary>The app in-process over a real database file (or MariaDB) and a temporary data directory.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("s2m-test-").FullName;
    public string DatabaseUrl { get; }
    public Dictionary<string, string?> Settings { get; } = new();

    public AppFactory() => DatabaseUrl = TestDatabase.NewUrl(DataDirectory);

    public static AppFactory With(IDictionary<string, string?> settings)
    {
        var f = new AppFactory();
        foreach (var (k, v) in settings) f.Settings[k] = v;
        return f;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("DATA_DIR", DataDirectory);
        builder.UseSetting("DATABASE_URL", DatabaseUrl);
        builder.UseSetting("WEB_DIST", Path.Combine(DataDirectory, "no-web"));
        // Every test client logs in from the same address; the limit itself has its own test.
        builder.UseSetting("LOGIN_RATE_LIMIT", "10000");
        // Every wait of the pipeline shortened so runs finish in seconds.
        builder.UseSetting("PIPELINE_QUEUE_POLL_SECONDS", "0.2");
        builder.UseSetting("PIPELINE_HEARTBEAT_SECONDS", "0.5");
        // A lease is a deadline: on a busy machine a live worker's heartbeat must not look like a dead one.
        builder.UseSetting("PIPELINE_LEASE_SECONDS", TestTime.SettingSeconds(3));
        builder.UseSetting("PIPELINE_RECONCILE_SECONDS", "0.5");
        builder.UseSetting("PIPELINE_EVENTS_POLL_SECONDS", "0.1");
        builder.UseSetting("CLIP_RETRY_DELAY_MS", "10");
        foreach (var (k, v) in Settings) builder.UseSetting(k, v);
    }

    /// <summary>A client with its own cookie jar, registered and logged in as a new user.</summary>
    public async Task<HttpClient> SignedInClientAsync(string? email = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        (await client.PostAsJsonAsync("/api/auth/register", new { email, password = "password123", name = "Test User" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/auth/login", new { email, password = "password123" })).EnsureSuccessStatusCode();
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(DataDirectory, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
