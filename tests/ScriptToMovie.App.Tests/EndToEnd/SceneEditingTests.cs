using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

[Trait("Category", "Browser")]
public class SceneEditingTests : IClassFixture<OfflineServer>
{
    private readonly OfflineServer _server;
    public SceneEditingTests(OfflineServer server) => _server = server;

    [Fact]
    public async Task A_person_changes_what_bob_says_and_gets_a_new_movie_in_which_only_that_scene_was_remade_then_puts_the_first_take_back()
    {
        var (api, page) = await _server.SignedInAsync();
        var id = await api.CreateProjectAsync("The Coffee Shop", Samples.CoffeeShop);
        await page.GotoAsync($"/projects/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start workflow" }).ClickAsync();
        var pipeline = page.GetByTestId("pipeline");
        await Expect(pipeline).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = TestTime.Milliseconds(240_000) });

        await page.GetByRole(AriaRole.Link, new() { Name = "Scenes", Exact = true }).ClickAsync();
        var editor = page.GetByTestId("scene-editor-1");
        var bobsLine = editor.GetByLabel("Line 2", new() { Exact = true });
        await Expect(bobsLine).ToHaveValueAsync("Sorry I am late. Traffic was terrible.");
        await Expect(editor.GetByLabel("Speaker of line 2")).ToHaveValueAsync("BOB");
        await bobsLine.FillAsync("Sorry. I stopped to buy you flowers.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save dialogue" }).ClickAsync();

        var remake = page.GetByTestId("remake-scene-1");
        await Expect(remake).ToHaveAttributeAsync("data-stale", "voice,clip");
        await Expect(remake).ToContainTextAsync("its voices and clip will be remade");
        await Expect(remake).ToContainTextAsync("Kling would charge $");
        await page.CheckPageAsync("project-scenes-edited");

        await remake.GetByRole(AriaRole.Button, new() { Name = "Regenerate scene 1" }).ClickAsync();
        await Expect(pipeline).ToHaveAttributeAsync("data-status", "running", new() { Timeout = TestTime.Milliseconds(30_000) });
        await Expect(pipeline).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = TestTime.Milliseconds(180_000) });
        await Expect(remake).ToHaveAttributeAsync("data-stale", "");
        var takes = page.GetByRole(AriaRole.List, new() { Name = "Takes of scene 1" });
        await Expect(takes.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("take-2")).ToHaveAttributeAsync("data-in-movie", "true");
        await Expect(page.GetByTestId("take-1")).ToContainTextAsync("clip by animatic");
        await page.CheckPageAsync("project-scenes-takes");
        var movie = await api.GetJsonAsync($"/api/projects/{id}/movie");
        var srt = await api.GetStringAsync(movie.GetProperty("srtUrl").GetString()!);
        Assert.Contains("I stopped to buy you flowers.", srt);
        Assert.Contains("I have been waiting for hours.", srt);

        await page.GetByRole(AriaRole.Button, new() { Name = "Use take 1 in the movie" }).ClickAsync();
        await Expect(page.GetByTestId("take-1")).ToHaveAttributeAsync("data-in-movie", "true", new() { Timeout = TestTime.Milliseconds(60_000) });
        await Expect(pipeline).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = TestTime.Milliseconds(60_000) });
    }

    [Fact]
    public async Task A_190_scene_script_shows_as_a_list_that_scrolls_searches_and_jumps()
    {
        var (api, page) = await _server.SignedInAsync();
        var script = await File.ReadAllTextAsync(Path.Combine(Samples.SharedFolder(), "parser-fixtures", "nyousefi-Fountain", "FountainTests", "Big Fish.fountain"));
        var id = await api.CreateProjectAsync("Big Fish", script);
        await api.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        await api.WaitForRunAsync(id, TimeSpan.FromSeconds(180));
        var count = (await api.GetJsonAsync($"/api/projects/{id}/scenes")).GetArrayLength();
        Assert.True(count >= 150, $"Big Fish parsed into {count} scenes.");

        await page.GotoAsync($"/projects/{id}/scenes");
        var list = page.GetByRole(AriaRole.List, new() { Name = "Scenes" });
        await Expect(page.GetByText($"{count} scenes.")).ToBeVisibleAsync();
        Assert.True(await list.GetByRole(AriaRole.Listitem).CountAsync() < 40, "Only the rows in view are in the page.");
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight") < 4000, "The page does not grow with the script.");

        // Scrolling to the end brings the last scene's row, and the frames stay smooth: every frame within 50 ms.
        var slowest = await page.GetByTestId("scene-list").EvaluateAsync<double>(@"async box => {
            let last = performance.now(), worst = 0;
            for (let i = 0; i < 60; i++) {
                box.scrollTop += box.scrollHeight / 60;
                await new Promise(r => requestAnimationFrame(r));
                const now = performance.now(); worst = Math.max(worst, now - last); last = now;
            }
            return worst; }");
        Assert.True(slowest < TestTime.Milliseconds(150), $"A scroll frame took {slowest:0} ms.");
        await Expect(page.GetByTestId($"scene-row-{count}")).ToBeVisibleAsync();

        await page.GetByLabel("Go to scene").FillAsync("120");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("scene-editor-120")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("scene-row-120")).ToBeInViewportAsync();

        await page.GetByLabel("Search scenes").FillAsync("EDWARD");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "scenes match" })).ToContainTextAsync($"of {count} scenes match.");
        await page.CheckPageAsync("project-scenes-190");
    }
}
