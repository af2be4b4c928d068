using System.Net.Http.Json;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;

namespace ScriptToMovie.App.Tests.Editing;

/// <summary>Adding, splitting and merging scenes edit the script; the next parse keeps every scene whose words stayed.</summary>
[Trait("Category", "Api")]
public sealed class SceneTextTests : IClassFixture<StaleMarkingTests.MockApp>
{
    private readonly StaleMarkingTests.MockApp _app;
    public SceneTextTests(StaleMarkingTests.MockApp app) => _app = app;

    [Fact]
    public async Task A_scene_added_after_the_first_merged_and_split_again_reaches_the_script_and_the_parse_keeps_the_untouched_scenes()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Shaping", RunControlTests.ThreeScenes);
        var project = new EditedProject(_app, client, id);
        await project.RunAsync($"/api/phases/script-to-trailer/{id}/parse");
        int kitchen = await project.SceneIdAsync(1), garden = await project.SceneIdAsync(2), later = await project.SceneIdAsync(3);

        var added = await client.PostJsonAsync($"/api/projects/{id}/scenes", new { heading = "ext. street - night", action = "A fox crosses the empty road.", afterSceneId = kitchen });
        Assert.Contains("EXT. STREET - NIGHT\n\nA fox crosses the empty road.", added.GetProperty("scriptContent").GetString());
        var preview = await client.PostJsonAsync($"/api/projects/{id}/rebuild-preview", new { scriptContent = (string?)null });
        Assert.Matches(@"^1 new scene: \$\d+\.\d\d$", preview.GetProperty("summary").GetString());
        await project.RunAsync($"/api/phases/script-to-trailer/{id}/parse");
        Assert.Equal("EXT. STREET - NIGHT", (await project.SceneAsync(2)).GetProperty("heading").GetString());
        Assert.Equal([kitchen, garden, later], [await project.SceneIdAsync(1), await project.SceneIdAsync(3), await project.SceneIdAsync(4)]);

        var street = await project.SceneIdAsync(2);
        (await client.PostAsync($"/api/projects/{id}/scenes/{street}/merge", null)).EnsureSuccessStatusCode();
        await project.RunAsync($"/api/phases/script-to-trailer/{id}/parse");
        Assert.Equal(3, (await client.GetJsonAsync($"/api/projects/{id}/scenes")).GetArrayLength());
        var merged = await project.SceneAsync(2);
        Assert.Equal("EXT. STREET - NIGHT", merged.GetProperty("heading").GetString());
        Assert.Contains(merged.GetProperty("lines").EnumerateArray(), l => l.GetProperty("text").GetString() == "I'll be in soon.");
        Assert.Equal(kitchen, await project.SceneIdAsync(1));
        Assert.Equal(later, await project.SceneIdAsync(3));

        var r = await client.PostAsJsonAsync($"/api/projects/{id}/scenes/{merged.GetProperty("id").GetInt32()}/split", new { afterParagraph = 1, heading = "EXT. GARDEN - NIGHT" });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        await project.RunAsync($"/api/phases/script-to-trailer/{id}/parse");
        Assert.Equal(["INT. KITCHEN - NIGHT", "EXT. STREET - NIGHT", "EXT. GARDEN - NIGHT", "INT. KITCHEN - LATER"],
            (await client.GetJsonAsync($"/api/projects/{id}/scenes")).EnumerateArray().Select(s => s.GetProperty("heading").GetString()));

        var refused = await client.PostAsJsonAsync($"/api/projects/{id}/scenes", new { heading = "The fox again", action = "It looks back." });
        Assert.Contains("INT. or EXT.", await refused.AssertProblemAsync(400));
    }
}
