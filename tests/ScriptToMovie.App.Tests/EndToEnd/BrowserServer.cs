using System.Net;
using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.EndToEnd;

/// <summary>
/// The real app as a process serving the built web UI, and the system's headless Chromium driven by Playwright.
/// Playwright's own browsers are never downloaded: its Node driver ships in the build output, the browser is Debian's.
/// </summary>
public abstract class BrowserServer : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("s2m-browser-").FullName;
    private AppProcess? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; } = $"http://127.0.0.1:{AppProcess.FreePort()}";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Settings this server runs with on top of the offline defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>Starts what the app talks to (a fake Kling) before the app itself.</summary>
    protected virtual Task BeforeStartAsync() => Task.CompletedTask;

    /// <summary>Stops what <see cref="BeforeStartAsync"/> started, after the app.</summary>
    protected virtual Task AfterStopAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        await BeforeStartAsync();
        if (!File.Exists(Path.Combine(Repository.WebDist, "index.html")))
            throw new InvalidOperationException(
                $"The web UI is not built: {Repository.WebDist}/index.html is missing. Run `npm ci && npm run build` in web/ (scripts/test.sh does) before the browser tests.");

        var env = new Dictionary<string, string>
        {
            ["DATA_DIR"] = _data,
            ["WEB_DIST"] = Repository.WebDist,
            ["LOGIN_RATE_LIMIT"] = "1000",
            ["ACTION_RATE_LIMIT"] = "1000",
            // The pipeline's waits shortened, as in the crash-safety tests, so runs and live updates take seconds.
            ["PIPELINE_QUEUE_POLL_SECONDS"] = "0.2",
            ["PIPELINE_HEARTBEAT_SECONDS"] = "0.5",
            ["PIPELINE_LEASE_SECONDS"] = TestTime.SettingSeconds(2),
            ["PIPELINE_RECONCILE_SECONDS"] = "0.5",
            ["PIPELINE_EVENTS_POLL_SECONDS"] = "0.1",
            ["CLIP_RETRY_DELAY_MS"] = "10",
        };
        foreach (var (k, v) in Settings) env[k] = v;
        _app = AppProcess.Start(["serve", "--urls", BaseUrl], env);
        try { await AppProcess.WaitForHttpAsync($"{BaseUrl}/readyz", TimeSpan.FromSeconds(60)); }
        catch (TimeoutException e) { throw new TimeoutException($"{e.Message}\n{_app.Output}"); }

        // Expect(...) waits 5 s by default; like every other wait of the tests it grows with the time scale.
        Assertions.SetDefaultExpectTimeout(TestTime.Milliseconds(5_000));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) with one tab open; <paramref name="enforceCsp"/> keeps the
    /// server's content security policy in force (axe, injected as an inline script, then cannot run).</summary>
    public async Task<IPage> NewPageAsync(bool enforceCsp = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            AcceptDownloads = true,
            ViewportSize = new() { Width = 1280, Height = 900 },
            // axe-core is injected as an inline script; a content security policy must not stop the check.
            BypassCSP = !enforceCsp,
        });
        context.SetDefaultTimeout(TestTime.Milliseconds(15_000));
        return await context.NewPageAsync();
    }

    /// <summary>An API client signed in as a new user, and a browser tab carrying the same session.</summary>
    public async Task<(HttpClient Api, IPage Page)> SignedInAsync(bool enforceCsp = false)
    {
        var cookies = new CookieContainer();
        var api = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = new Uri(BaseUrl) };
        var email = $"viewer-{Guid.NewGuid():N}@example.com";
        await api.PostJsonAsync("/api/auth/register", new { email, password = "password123", name = "Robin Viewer" });
        await api.PostJsonAsync("/api/auth/login", new { email, password = "password123" });

        var page = await NewPageAsync(enforceCsp);
        await page.Context.AddCookiesAsync(cookies.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, Secure = c.Secure,
        }));
        return (api, page);
    }

    public string ServerOutput => _app?.Output ?? "";

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _app?.Dispose();
        await AfterStopAsync();
        try { Directory.Delete(_data, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The offline default: local storyboard, voices and clips, no paid service.</summary>
public sealed class OfflineServer : BrowserServer;

/// <summary>The seed's mock video service told to fail scene 2 on every attempt a run makes by itself.</summary>
public sealed class FailingSceneServer : BrowserServer
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["VIDEO_PROVIDER"] = "mock",
        ["MOCK_VIDEO_FAIL_SCENES"] = "2",
    };
}
