using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Editing;
using ScriptToMovie.App.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

/// <summary>Issue 14's browser tests for the script editor's incremental rebuild and the scene order.</summary>
[Trait("Category", "Browser")]
public class ScriptAndOrderEditingTests : IClassFixture<OfflineServer>
{
    private readonly OfflineServer _server;
    public ScriptAndOrderEditingTests(OfflineServer server) => _server = server;

    [Fact]
    public async Task Editing_one_scene_of_six_in_the_script_remakes_it_alone_and_moving_a_scene_makes_the_chapters_follow()
    {
        var (api, page) = await _server.SignedInAsync();
        var id = await api.CreateProjectAsync("Six scenes", EditedProject.SixScenes);
        await api.StartAsync($"/api/workflow/{id}/start");
        await api.WaitForRunAsync(id, TimeSpan.FromSeconds(240));
        var before = await ClipHashesAsync(api, id);
        Assert.Equal(6, before.Count);
        var scenes = (await api.GetJsonAsync($"/api/projects/{id}/scenes")).EnumerateArray()
            .OrderBy(s => s.GetProperty("sceneNumber").GetInt32()).Select(s => s.GetProperty("id").GetInt32()).ToArray();

        await page.GotoAsync($"/projects/{id}/script");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit script" }).ClickAsync();
        var text = page.GetByLabel("Screenplay text");
        var script = await text.InputValueAsync();
        await text.FillAsync(script.Replace("Next time I will bring flowers.", "Next time I will bring tulips."));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check what changes" }).ClickAsync();
        await Expect(page.GetByTestId("rebuild-summary")).ToContainTextAsync("1 scene changed");
        await Expect(page.GetByTestId("rebuild-summary")).ToContainTextAsync("The other 5 scenes keep their frames, voices and clips.");
        await page.CheckPageAsync("project-script-rebuild-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and rebuild" }).ClickAsync();
        var pipeline = page.GetByTestId("pipeline");
        await Expect(pipeline).ToHaveAttributeAsync("data-status", "running", new() { Timeout = TestTime.Milliseconds(30_000) });
        await Expect(pipeline).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = TestTime.Milliseconds(240_000) });

        var after = await ClipHashesAsync(api, id);
        var park = scenes[4];
        Assert.NotEqual(before[park], after[park]);
        Assert.All(scenes.Where(s => s != park), s => Assert.Equal(before[s], after[s]));

        // Moving scene 1 down puts the street first in the movie, without remaking a clip.
        await page.GetByRole(AriaRole.Link, new() { Name = "Scenes", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Move scene 1 down" }).ClickAsync();
        await TestTime.UntilAsync(async () => (await ChapterScenesAsync(api, id)).Take(2).SequenceEqual([scenes[1], scenes[0]]), 120,
            () => "the movie's first two chapters to be the street, then the coffee shop");
        await Expect(pipeline).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = TestTime.Milliseconds(60_000) });
        Assert.Equal(after, await ClipHashesAsync(api, id));
        await page.CheckPageAsync("project-scenes-reordered");
    }

    /// <summary>Each scene's clip (the file the Clips tab offers) by its SHA-256.</summary>
    private static async Task<Dictionary<int, string>> ClipHashesAsync(HttpClient api, int id)
    {
        var result = new Dictionary<int, string>();
        foreach (var clip in (await api.GetJsonAsync($"/api/projects/{id}/clips")).EnumerateArray())
        {
            var url = clip.GetProperty("clipUrl").GetString()!;
            result[clip.GetProperty("sceneId").GetInt32()] = Convert.ToHexString(SHA256.HashData(await api.GetByteArrayAsync(url)));
        }
        return result;
    }

    private static async Task<int[]> ChapterScenesAsync(HttpClient api, int id)
    {
        var movie = await api.GetJsonAsync($"/api/projects/{id}/movie");
        if (movie.GetProperty("manifestUrl").ValueKind != JsonValueKind.String) return [];
        var manifest = await api.GetJsonAsync(movie.GetProperty("manifestUrl").GetString()!);
        return manifest.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("sceneId").GetInt32()).ToArray();
    }
}
