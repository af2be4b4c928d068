using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

/// <summary>axe in real Chromium (which, unlike jsdom, can measure colour contrast) on every page and project tab.</summary>
[Trait("Category", "Browser")]
public class AccessibilityTests : IClassFixture<OfflineServer>
{
    private static readonly string[] Tabs = ["script", "scenes", "characters", "settings", "storyboard", "clips", "cost", "movie"];
    private readonly OfflineServer _server;
    public AccessibilityTests(OfflineServer server) => _server = server;

    [Fact]
    public async Task Every_page_and_project_tab_has_no_serious_accessibility_problems()
    {
        var visitor = await _server.NewPageAsync();
        await visitor.GotoAsync("/login");
        await Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Log in" })).ToBeVisibleAsync();
        await visitor.CheckPageAsync("login");
        await visitor.GotoAsync("/register");
        await Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Create account" })).ToBeVisibleAsync();
        await visitor.CheckPageAsync("register");

        // The movie is made in the background while the pages that don't need it are checked.
        var (api, page) = await _server.SignedInAsync();
        var id = await api.CreateProjectAsync("The Coffee Shop", Samples.CoffeeShop);
        await api.StartAsync($"/api/workflow/{id}/start");

        await page.GotoAsync("/projects/new");
        await page.GetByLabel("Screenplay text").FillAsync(Samples.CoffeeShop);
        await Expect(page.GetByTestId("preview-scenes")).ToHaveTextAsync("1");
        await page.CheckPageAsync("new-project");

        var status = await api.WaitForRunAsync(id, TimeSpan.FromSeconds(240));
        Assert.Equal("completed", status.GetProperty("status").GetString());

        // The home address itself has its own test below; "/projects" leads to the same page.
        await page.GotoAsync("/projects");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "The Coffee Shop", Exact = true })).ToBeVisibleAsync();
        await page.CheckPageAsync("projects");

        foreach (var tab in Tabs)
        {
            await page.GotoAsync($"/projects/{id}/{tab}");
            await Expect(page.GetByTestId("pipeline")).ToHaveAttributeAsync("data-status", "completed");
            await Expect(page.Locator($"#tab-{tab}")).ToBeVisibleAsync();
            // Loaded content, not a spinner, is what gets checked.
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Loading" })).ToHaveCountAsync(0);
            if (tab == "storyboard")
                await page.WaitForFunctionAsync("() => [...document.images].filter(i => i.alt.startsWith('Storyboard frame')).every(i => i.complete && i.naturalWidth > 0)");
            if (tab == "movie") await Expect(page.GetByTestId("movie-player")).ToBeVisibleAsync();
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('video')].every(v => v.readyState >= 1)");
            await page.CheckPageAsync($"project-{tab}");
        }
    }

    [Fact]
    public async Task The_home_address_opens_the_app_and_asks_a_visitor_to_log_in()
    {
        var page = await _server.NewPageAsync();
        var response = await page.GotoAsync("/");
        Assert.True(response is { Ok: true },
            $"GET / answered {response?.Status}: the web app's fallback route (Hosting/WebUi.cs) must serve index.html for the empty path too.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log in" })).ToBeVisibleAsync();
        Assert.EndsWith("/login", page.Url);
    }
}
