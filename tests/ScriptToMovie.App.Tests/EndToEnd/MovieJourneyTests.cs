using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

[Trait("Category", "Browser")]
public class MovieJourneyTests : IClassFixture<OfflineServer>
{
    private static readonly string[] Steps = ["parse", "trailer", "cast", "storyboard", "prompts", "voices", "clips", "assemble"];
    private readonly OfflineServer _server;
    public MovieJourneyTests(OfflineServer server) => _server = server;

    [Fact]
    public async Task A_new_user_turns_the_coffee_shop_script_into_a_movie_they_can_play_and_download()
    {
        var page = await _server.NewPageAsync();

        await page.GotoAsync("/register");
        await page.GetByLabel("Name").FillAsync("Alice Writer");
        await page.GetByLabel("Email").FillAsync($"alice-{Guid.NewGuid():N}@example.com");
        await page.GetByLabel("Password").FillAsync("password123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your projects" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "New project" }).First.ClickAsync();
        await page.GetByLabel("Title").FillAsync("The Coffee Shop");
        await page.GetByLabel("Screenplay text").FillAsync(Samples.CoffeeShop);
        // The preview reads the script before anything is saved: one scene, Alice and Bob.
        await Expect(page.GetByTestId("preview-scenes")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("preview-characters")).ToHaveTextAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/projects/\d+$"));

        // A reload would drop this marker: the steps below must turn green from the live stream alone.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start workflow" }).ClickAsync();
        var assemble = page.GetByTestId("step-assemble");
        foreach (var step in Steps)
        {
            await Expect(page.GetByTestId($"step-{step}")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = TestTime.Milliseconds(180_000) });
            if (step == "parse")
            {
                Assert.NotEqual("completed", await assemble.GetAttributeAsync("data-status"));
                await page.SaveScreenshotAsync("project-pipeline-running");
            }
        }
        await Expect(page.GetByTestId("pipeline")).ToHaveAttributeAsync("data-status", "completed");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The page reloaded while the pipeline ran.");
        await page.SaveScreenshotAsync("project-pipeline-completed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Storyboard", Exact = true }).ClickAsync();
        var frames = page.GetByRole(AriaRole.List, new() { Name = "Scene frames" }).Locator("img");
        await Expect(frames).ToHaveCountAsync(1);
        foreach (var frame in await frames.AllAsync())
        {
            await frame.ScrollIntoViewIfNeededAsync();
            await frame.EvaluateAsync("img => img.decode()");
            Assert.True(await frame.EvaluateAsync<int>("img => img.naturalWidth") > 0, "A storyboard frame did not load.");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Movie", Exact = true }).ClickAsync();
        var player = page.GetByTestId("movie-player");
        await Expect(player.Locator("track[kind=subtitles][default]")).ToHaveCountAsync(1);
        await player.EvaluateAsync("v => { v.muted = true; return v.play(); }");
        await page.WaitForFunctionAsync("() => { const v = document.querySelector('[data-testid=movie-player]'); return v.duration > 0 && v.currentTime > 0; }");
        var played = await player.EvaluateAsync<double>("v => v.currentTime");
        Assert.True(await player.EvaluateAsync<double>("v => v.duration") > 1, "The movie should last more than a second.");
        await page.WaitForFunctionAsync($"() => document.querySelector('[data-testid=movie-player]').currentTime > {played.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download SRT" }).ClickAsync());
        var srt = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("ALICE", srt);
        Assert.Contains("I have been waiting for hours.", srt);
        Assert.EndsWith(".srt", download.SuggestedFilename);
    }
}
