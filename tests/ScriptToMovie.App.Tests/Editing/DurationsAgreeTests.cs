using System.Net.Http.Json;
using System.Text.Json;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Editing;

/// <summary>One duration per scene: the Scenes tab, the quote and the movie's chapters say the same (decision 0092).</summary>
[Trait("Category", "Api")]
public sealed class DurationsAgreeTests : IClassFixture<StaleMarkingTests.MockApp>
{
    private readonly StaleMarkingTests.MockApp _app;
    public DurationsAgreeTests(StaleMarkingTests.MockApp app) => _app = app;

    [Fact]
    public async Task Before_the_voices_the_scenes_tab_and_the_quote_show_the_same_estimate_and_a_duration_the_user_set()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Durations before voices", EditedProject.SixScenes);
        var project = new EditedProject(_app, client, id);
        await project.RunAsync($"/api/phases/script-to-trailer/{id}/parse");

        var scenes = await DurationsAsync(project);
        Assert.Equal(6, scenes.Count);
        // A line or two and a sentence of action: a few seconds, not a minute-per-page guess.
        Assert.All(scenes.Values, d => Assert.InRange(d, 3, 6));
        Assert.Equal(scenes, await QuotedAsync(project));

        var street = await project.SceneIdAsync(2);
        (await client.PatchAsJsonAsync($"/api/projects/{id}/scenes/{street}", new { duration = 9 })).EnsureSuccessStatusCode();
        scenes = await DurationsAsync(project);
        Assert.Equal(9, scenes[street]);
        Assert.Equal(scenes, await QuotedAsync(project));
    }

    [Fact]
    public async Task After_a_full_run_every_scene_lasts_in_the_movie_what_the_scenes_tab_and_the_quote_say_also_after_the_user_sets_one()
    {
        var project = await EditedProject.MadeAsync(_app, EditedProject.SixScenes, "Durations after voices");
        await AssertAgreeAsync(project);

        // The user's own number wins over the measurement, in all three places, once the scene is made again.
        var park = await project.SceneIdAsync(5);
        (await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}/scenes/{park}", new { duration = 7 })).EnsureSuccessStatusCode();
        await project.RunAsync($"/api/projects/{project.Id}/scenes/{park}/regenerate");
        var chapters = await AssertAgreeAsync(project);
        Assert.Equal(7, chapters[park], 0.1);
    }

    /// <summary>The scenes' durations, the quote's (every scene is made, so its remakes) and the chapters' lengths, per scene.</summary>
    private static async Task<Dictionary<int, double>> AssertAgreeAsync(EditedProject project)
    {
        var scenes = await DurationsAsync(project);
        var quoted = await QuotedAsync(project);
        var chapters = (await project.ChaptersAsync()).ToDictionary(c => c.SceneId, c => c.End - c.Start);
        Assert.Equal(6, scenes.Count);
        Assert.Equal(scenes.Keys.Order(), quoted.Keys.Order());
        Assert.Equal(scenes.Keys.Order(), chapters.Keys.Order());
        foreach (var (scene, seconds) in scenes)
        {
            Assert.Equal(seconds, quoted[scene], 0.1);
            Assert.True(Math.Abs(seconds - chapters[scene]) <= 0.1, $"scene {scene}: the Scenes tab says {seconds} s, the movie's chapter lasts {chapters[scene]:0.###} s");
        }
        return chapters;
    }

    private static async Task<Dictionary<int, double>> DurationsAsync(EditedProject project) =>
        (await project.Client.GetJsonAsync($"/api/projects/{project.Id}/scenes")).EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetInt32(), s => s.GetProperty("duration").GetDouble());

    /// <summary>The quote's seconds per scene: scenes still to make and new takes of the made ones.</summary>
    private static async Task<Dictionary<int, double>> QuotedAsync(EditedProject project)
    {
        var quote = await project.Client.GetJsonAsync($"/api/projects/{project.Id}/quote");
        IEnumerable<JsonElement> Of(string name) =>
            quote.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];
        return Of("scenes").Concat(Of("remakes"))
            .ToDictionary(s => s.GetProperty("sceneId").GetInt32(), s => s.GetProperty("duration").GetDouble());
    }
}
