using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

[Trait("Category", "Browser")]
public class LookAndChooseTests : IClassFixture<OfflineServer>
{
    private readonly OfflineServer _server;
    public LookAndChooseTests(OfflineServer server) => _server = server;

    [Fact]
    public async Task A_person_plays_a_clip_reads_a_frame_large_with_its_scene_and_jumps_the_movie_from_the_filmstrip()
    {
        var (api, page) = await _server.SignedInAsync();
        var id = await api.CreateProjectAsync("Dinner", RunControlTests.ThreeScenes);
        await api.StartAsync($"/api/workflow/{id}/start");
        Assert.Equal("completed", (await api.WaitForRunAsync(id, TimeSpan.FromSeconds(240))).GetProperty("status").GetString());

        // Clips: the frame is the thumbnail; pressing it plays the clip in place, through the owner-only media route.
        await page.GotoAsync($"/projects/{id}/clips");
        var garden = page.GetByTestId("clip-scene-2");
        await Expect(garden.GetByRole(AriaRole.Link, new() { Name = "Download clip 2" })).ToHaveAttributeAsync("download", "scene-2.mp4");
        await garden.GetByRole(AriaRole.Button, new() { Name = "Play the clip of scene 2" }).PressAsync("Enter");
        var video = garden.GetByTestId("clip-video");
        await Expect(video).ToBeFocusedAsync();
        var length = await video.EvaluateAsync<double>("v => new Promise(done => v.readyState >= 1 ? done(v.duration) : v.addEventListener('loadedmetadata', () => done(v.duration)))");
        Assert.InRange(length, 1, 60);
        await page.CheckPageAsync("project-clips-playing");

        // Storyboard: a frame opens large beside its scene's text; arrows move, Escape closes back onto the frame shown.
        await page.GotoAsync($"/projects/{id}/storyboard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the frame of Scene 1 — INT. KITCHEN - NIGHT larger" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToHaveAccessibleNameAsync("Scene 1 — INT. KITCHEN - NIGHT");
        await Expect(dialog).ToContainTextAsync("Dinner's nearly ready.");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Close" })).ToBeFocusedAsync();
        await page.CheckPageAsync("project-storyboard-lightbox");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(dialog).ToHaveAccessibleNameAsync("Scene 2 — EXT. GARDEN - NIGHT");
        await Expect(dialog).ToContainTextAsync("I'll be in soon.");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Open the frame of Scene 2 — EXT. GARDEN - NIGHT larger" })).ToBeFocusedAsync();

        // Movie: the filmstrip seeks to a scene's chapter and marks the scene playing.
        await page.GotoAsync($"/projects/{id}/movie");
        var strip = page.GetByRole(AriaRole.Navigation, new() { Name = "Filmstrip" });
        var third = strip.GetByTestId("filmstrip-scene-3");
        await Expect(strip.GetByTestId("filmstrip-scene-1")).ToHaveAttributeAsync("aria-current", "true");
        await third.ClickAsync();
        await Expect(third).ToHaveAttributeAsync("aria-current", "true");
        var manifest = await api.GetJsonAsync((await api.GetJsonAsync($"/api/projects/{id}/movie")).GetProperty("manifestUrl").GetString()!);
        var start = manifest.GetProperty("scenes")[2].GetProperty("start").GetDouble();
        var at = await page.GetByTestId("movie-player").EvaluateAsync<double>("v => v.currentTime");
        Assert.InRange(at, start, start + 5);
        await page.CheckPageAsync("project-movie-filmstrip");

        // On a phone the strip scrolls inside itself rather than widening the page.
        await page.SetViewportSizeAsync(390, 844);
        await Expect(strip).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The movie tab scrolls sideways at 390 px.");
    }
}
