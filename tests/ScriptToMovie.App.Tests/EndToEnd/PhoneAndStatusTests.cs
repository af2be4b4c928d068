using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

/// <summary>What a phone shows, and what the page says after a parse alone.</summary>
[Trait("Category", "Browser")]
public class PhoneAndStatusTests : IClassFixture<OfflineServer>
{
    private static readonly string[] Tabs = ["script", "scenes", "characters", "settings", "storyboard", "clips", "cost", "movie"];
    private readonly OfflineServer _server;
    public PhoneAndStatusTests(OfflineServer server) => _server = server;

    [Fact]
    public async Task After_a_parse_alone_the_project_says_parsed_one_of_seven_and_later_buttons_say_why_they_wait()
    {
        var (api, page) = await _server.SignedInAsync();
        var id = await api.CreateProjectAsync("The Coffee Shop");
        await api.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        await api.WaitForRunAsync(id);

        await page.GotoAsync($"/projects/{id}");
        await Expect(page.GetByTestId("pipeline-summary")).ToContainTextAsync("Parsed · 1 of 8 steps");
        Assert.NotEqual("completed", await page.GetByTestId("pipeline").GetAttributeAsync("data-status"));
        await Expect(page.GetByTestId("phase-script-to-trailer")).Not.ToHaveAttributeAsync("data-status", "completed");
        var assemble = page.GetByRole(AriaRole.Button, new() { Name = "Assemble movie" });
        await Expect(assemble).ToBeDisabledAsync();
        await Expect(assemble).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("first"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Make trailer" })).ToBeEnabledAsync();
        await page.CheckPageAsync("project-parsed-only");

        await page.GotoAsync("/");
        await Expect(page.GetByTestId("project-summary").First).ToHaveTextAsync("Parsed · 1 of 8 steps");
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(360, 780)]
    public async Task A_phone_never_scrolls_sideways_has_a_menu_and_a_tab_strip_that_shows_it_scrolls(int width, int height)
    {
        var (api, page) = await _server.SignedInAsync();
        var id = await api.CreateProjectAsync("The Coffee Shop");
        await api.StartAsync($"/api/workflow/{id}/start");
        await api.WaitForRunAsync(id, TimeSpan.FromSeconds(180));
        await page.SetViewportSizeAsync(width, height);

        foreach (var tab in Tabs)
        {
            await page.GotoAsync($"/projects/{id}/{tab}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).Last).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
            if (scroll > client) await page.SaveScreenshotAsync($"phone-{width}-{tab}-overflow");
            Assert.True(scroll <= client, $"At {width} px the {tab} tab is {scroll} px wide: {await WidestAsync(page, client)}");
            if (width == 390) await page.CheckPageAsync($"phone-{width}-{tab}");
        }

        // The strip is wider than the phone: the edge with more tabs says so, and scrolling reveals the other edge.
        await page.GotoAsync($"/projects/{id}/script");
        var strip = page.GetByTestId("project-tabs");
        await Expect(strip).ToHaveAttributeAsync("data-more-right", "true");
        await page.GotoAsync($"/projects/{id}/movie");
        await Expect(strip).ToHaveAttributeAsync("data-more-left", "true");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Movie", Exact = true })).ToBeInViewportAsync();

        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await menu.ClickAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Expect(nav.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
        await page.CheckPageAsync($"phone-{width}-menu");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Projects" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your projects" })).ToBeVisibleAsync();
        await Expect(nav).ToHaveCountAsync(0);
    }

    /// <summary>The elements sticking out past the right edge (not those clipped by a scroller), so a failure names what to fix.</summary>
    private static Task<string> WidestAsync(IPage page, int client) => page.EvaluateAsync<string>("""
        limit => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > limit + 1)
          .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return false; return true; })
          .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 3).join('.')} right=${Math.round(e.getBoundingClientRect().right)}`)
          .join('; ')
        """, client);
}
