using System.Net.Http.Json;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;

namespace ScriptToMovie.App.Tests.Editing;

/// <summary>Each edit marks exactly what it makes out of date; regenerating remakes those and nothing else.</summary>
[Trait("Category", "Api")]
public sealed class StaleMarkingTests : IClassFixture<StaleMarkingTests.MockApp>
{
    public sealed class MockApp : AppFactory
    {
        public MockApp() => Settings["VIDEO_PROVIDER"] = "mock";
    }

    private readonly MockApp _app;
    public StaleMarkingTests(MockApp app) => _app = app;

    [Fact]
    public async Task Changing_what_bob_says_stales_his_voice_and_clip_and_regenerating_puts_the_new_line_in_the_movie()
    {
        var project = await EditedProject.MadeAsync(_app, Samples.CoffeeShop, "The Coffee Shop");
        var scene = await project.SceneAsync(1);
        var id = scene.GetProperty("id").GetInt32();
        var lines = scene.GetProperty("lines").EnumerateArray()
            .Select(l => new { speaker = l.GetProperty("speaker").GetString(), text = l.GetProperty("text").GetString() }).ToList();
        Assert.Equal(["ALICE", "BOB"], lines.Select(l => l.speaker));
        var clipBefore = (await project.ClipsAsync())[id];

        lines[1] = lines[1] with { text = "Sorry. I stopped to buy you flowers." };
        var r = await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}/scenes/{id}", new { lines });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        Assert.Equal(["voice", "clip"], await project.StaleAsync(1));

        await project.RunAsync($"/api/projects/{project.Id}/scenes/{id}/regenerate");

        Assert.Empty(await project.StaleAsync(1));
        Assert.NotEqual(clipBefore, (await project.ClipsAsync())[id]);
        var srt = await project.SubtitlesAsync();
        Assert.Contains("I stopped to buy you flowers.", srt);
        Assert.DoesNotContain("Traffic was terrible", srt);
        Assert.Contains("I have been waiting for hours.", srt);
    }

    [Fact]
    public async Task A_description_stales_frame_prompt_and_clip_a_look_stales_the_scenes_the_character_is_in_and_a_voice_the_scenes_they_speak_in()
    {
        var project = await EditedProject.MadeAsync(_app, RunControlTests.ThreeScenes);
        var garden = await project.SceneIdAsync(2);

        var r = await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}/scenes/{garden}", new { description = "Tom leans on the fence under a full moon." });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        Assert.Equal(["frame", "prompt", "clip"], await project.StaleAsync(2));
        Assert.Empty(await project.StaleAsync(1));
        // Saving the same words again changes nothing.
        await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}/scenes/{await project.SceneIdAsync(1)}", new { description = (await project.SceneAsync(1)).GetProperty("description").GetString() });
        Assert.Empty(await project.StaleAsync(1));

        var characters = (await project.Client.GetJsonAsync($"/api/projects/{project.Id}/characters")).EnumerateArray().ToList();
        var mara = characters.Single(c => c.GetProperty("name").GetString() == "MARA");
        var withMara = new List<int>();
        for (var n = 1; n <= 3; n++)
            if ((await project.SceneAsync(n)).GetProperty("characters").EnumerateArray().Any(c => c.GetProperty("name").GetString() == "MARA")) withMara.Add(n);
        Assert.Contains(1, withMara);
        Assert.Contains(3, withMara);

        r = await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}/characters/{mara.GetProperty("id").GetInt32()}", new { voice = "espeak:en-gb+f2:p40:s150" });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        Assert.Equal(["voice", "clip"], await project.StaleAsync(1));
        Assert.Equal(["voice", "clip"], await project.StaleAsync(3));

        r = await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}/characters/{mara.GetProperty("id").GetInt32()}", new { visualDescription = "A woman in her forties in a red raincoat." });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        foreach (var n in withMara) Assert.Equal(["frame", "prompt", "voice", "clip"], await project.StaleAsync(n));

        var quote = await project.Client.GetJsonAsync($"/api/projects/{project.Id}/quote");
        Assert.Equal(3, quote.GetProperty("scenes").GetArrayLength());
    }
}
