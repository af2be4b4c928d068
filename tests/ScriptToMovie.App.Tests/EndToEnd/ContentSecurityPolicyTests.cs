using System.Collections.Concurrent;
using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

/// <summary>The built web app and the API reference run under the server's Content-Security-Policy without a single violation.</summary>
[Trait("Category", "Browser")]
public class ContentSecurityPolicyTests : IClassFixture<OfflineServer>
{
    private static readonly string[] Tabs = ["script", "scenes", "characters", "settings", "storyboard", "clips", "cost", "movie"];
    private readonly OfflineServer _server;
    public ContentSecurityPolicyTests(OfflineServer server) => _server = server;

    [Fact]
    public async Task Every_page_runs_under_the_content_security_policy_without_a_violation()
    {
        var (api, page) = await _server.SignedInAsync(enforceCsp: true);
        var violations = Watch(page);
        var id = await api.CreateProjectAsync("The Coffee Shop", Samples.CoffeeShop);
        await api.StartAsync($"/api/workflow/{id}/start");

        var csp = (await page.GotoAsync("/"))!.Headers["content-security-policy"];
        Assert.Contains("frame-ancestors 'none'", csp);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "The Coffee Shop", Exact = true })).ToBeVisibleAsync();

        await page.GotoAsync("/projects/new");
        await page.GetByLabel("Screenplay text").FillAsync(Samples.CoffeeShop);
        await Expect(page.GetByTestId("preview-scenes")).ToHaveTextAsync("1");

        await page.GotoAsync("/account");
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Signed-in devices" })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("account");

        var status = await api.WaitForRunAsync(id, TimeSpan.FromSeconds(240));
        Assert.Equal("completed", status.GetProperty("status").GetString());
        foreach (var tab in Tabs)
        {
            await page.GotoAsync($"/projects/{id}/{tab}");
            await Expect(page.GetByTestId("pipeline")).ToHaveAttributeAsync("data-status", "completed");
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Loading" })).ToHaveCountAsync(0);
            if (tab == "storyboard")
                await page.WaitForFunctionAsync("() => [...document.images].filter(i => i.alt.startsWith('Storyboard frame')).every(i => i.complete && i.naturalWidth > 0)");
            if (tab == "movie") await Expect(page.GetByTestId("movie-player")).ToBeVisibleAsync();
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('video')].every(v => v.readyState >= 1)");
        }

        await page.RunAndWaitForResponseAsync(() => page.GotoAsync("/docs/"), r => r.Url.EndsWith("/openapi/v1.json", StringComparison.Ordinal));
        await Expect(page.GetByText("Turn a screenplay into a finished movie").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(violations.IsEmpty, "Content-Security-Policy violations:\n" + string.Join("\n", violations));
    }

    /// <summary>Collects every violation the page reports, from its own event and from Chromium's console.</summary>
    private static ConcurrentQueue<string> Watch(IPage page)
    {
        var found = new ConcurrentQueue<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) found.Enqueue($"{page.Url}: {m.Text}");
        };
        page.Context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
              console.error(`Content Security Policy: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`));
            """).GetAwaiter().GetResult();
        return found;
    }
}
