using System.Net.Http.Headers;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

/// <summary>The Integrations page in real Chromium: a token made there works at once, and stops at once when revoked.</summary>
[Trait("Category", "Browser")]
public class IntegrationsPageTests : IClassFixture<OfflineServer>
{
    private readonly OfflineServer _server;
    public IntegrationsPageTests(OfflineServer server) => _server = server;

    [Fact]
    public async Task A_token_made_on_the_page_is_shown_once_works_for_another_app_and_stops_when_revoked()
    {
        var (_, page) = await _server.SignedInAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Integrations" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Integrations", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("No tokens yet")).ToBeVisibleAsync();
        await page.CheckPageAsync("integrations");

        await page.GetByLabel("Name").FillAsync("Decode Shorts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var shown = page.GetByLabel("New token");
        await Expect(shown).ToContainTextAsync("s2m_");
        var token = (await shown.TextContentAsync())!.Trim();
        await page.CheckPageAsync("integrations-token-shown");

        using var partner = new HttpClient { BaseAddress = new Uri(_server.BaseUrl) };
        partner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(200, (int)(await partner.GetAsync("/api/v1/runs")).StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();
        await Expect(page.GetByLabel("New token")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke Decode Shorts" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "API tokens" }).GetByText("Revoked")).ToBeVisibleAsync();
        Assert.Equal(401, (int)(await partner.GetAsync("/api/v1/runs")).StatusCode);
    }
}
