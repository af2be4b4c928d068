using System.Net.Http.Json;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Editing;

/// <summary>Editing a finished scene and remaking only what the edit made out of date, with Kling (faked at HTTP) counting every clip it is asked for.</summary>
[Trait("Category", "Api")]
public sealed class RegenerateSceneTests
{
    private static AppFactory KlingApp(FakeKlingServer kling) => AppFactory.With(new Dictionary<string, string?>
    {
        ["VIDEO_PROVIDER"] = "kling",
        ["KLING_BASE_URL"] = kling.BaseUrl,
        ["KLING_API_KEY"] = kling.Options.AccessKey,
        ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
        ["KLING_POLL_SECONDS"] = "0.05",
        ["KLING_RETRY_DELAY_SECONDS"] = "0.01",
    });

    [Fact]
    public async Task Editing_a_finished_scenes_prompt_remakes_only_its_clip_and_the_movie_changes_at_that_chapter_only_and_the_earlier_take_can_go_back_in()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        using var app = KlingApp(kling);
        var project = await EditedProject.MadeAsync(app, RunControlTests.ThreeScenes);
        Assert.Equal(3, kling.Tasks.Count);
        var garden = await project.SceneIdAsync(2);
        var clipsBefore = await project.ClipsAsync();
        var chaptersBefore = await project.ChaptersAsync();

        var edit = await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}/scenes/{garden}/prompt", new { prompt = "Tom flicks his cigarette into the dark garden, lit by the kitchen window." });
        Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync());
        Assert.Equal(["clip"], await project.StaleAsync(2));
        Assert.Empty(await project.StaleAsync(1));
        Assert.Empty(await project.StaleAsync(3));
        var quote = await project.Client.GetJsonAsync($"/api/projects/{project.Id}/quote");
        Assert.Equal([garden], quote.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("sceneId").GetInt32()));

        await project.RunAsync($"/api/projects/{project.Id}/scenes/{garden}/regenerate");

        Assert.Equal(4, kling.Tasks.Count);
        Assert.StartsWith("Tom flicks his cigarette", kling.Tasks[^1].Prompt);
        Assert.Empty(await project.StaleAsync(2));
        var clipsAfter = await project.ClipsAsync();
        foreach (var (scene, clip) in clipsBefore.Where(c => c.Key != garden)) Assert.Equal(clip, clipsAfter[scene]);
        Assert.NotEqual(clipsBefore[garden].Key, clipsAfter[garden].Key);
        var chaptersAfter = await project.ChaptersAsync();
        Assert.Equal(chaptersBefore[0], chaptersAfter[0]);
        Assert.Equal(chaptersBefore[2].End - chaptersBefore[2].Start, chaptersAfter[2].End - chaptersAfter[2].Start, 3);

        var takes = (await project.Client.GetJsonAsync($"/api/projects/{project.Id}/scenes/{garden}/takes")).EnumerateArray().ToList();
        Assert.Equal([1, 2], takes.Select(t => t.GetProperty("number").GetInt32()));
        Assert.Equal([false, true], takes.Select(t => t.GetProperty("inMovie").GetBoolean()));
        Assert.All(takes, t => Assert.Equal("kling", t.GetProperty("clipProvider").GetString()));
        Assert.All(takes, t => Assert.True(t.GetProperty("costUsd").GetDouble() > 0, "A Kling take shows what it cost."));

        await project.RunAsync($"/api/projects/{project.Id}/scenes/{garden}/takes/{takes[0].GetProperty("id").GetInt32()}/use");

        Assert.Equal(4, kling.Tasks.Count);
        var picked = await project.ClipsAsync();
        Assert.Equal(clipsBefore, picked);
        var chaptersPicked = await project.ChaptersAsync();
        Assert.Equal(chaptersBefore, chaptersPicked);
        takes = (await project.Client.GetJsonAsync($"/api/projects/{project.Id}/scenes/{garden}/takes")).EnumerateArray().ToList();
        Assert.Equal([true, false], takes.Select(t => t.GetProperty("inMovie").GetBoolean()));
    }

    [Fact]
    public async Task Regenerating_a_scene_nobody_edited_makes_a_new_take_of_its_clip_alone()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        using var app = KlingApp(kling);
        var project = await EditedProject.MadeAsync(app, RunControlTests.ThreeScenes);
        var kitchen = await project.SceneIdAsync(1);
        var quote = await project.Client.GetJsonAsync($"/api/projects/{project.Id}/quote");
        Assert.Empty(quote.GetProperty("scenes").EnumerateArray());
        Assert.Contains(quote.GetProperty("remakes").EnumerateArray(), r => r.GetProperty("sceneId").GetInt32() == kitchen && r.GetProperty("usd").GetDouble() > 0);

        await project.RunAsync($"/api/projects/{project.Id}/scenes/{kitchen}/regenerate");

        Assert.Equal(4, kling.Tasks.Count);
        var takes = (await project.Client.GetJsonAsync($"/api/projects/{project.Id}/scenes/{kitchen}/takes")).EnumerateArray().ToList();
        Assert.Equal(2, takes.Count);
        Assert.NotEqual(takes[0].GetProperty("clipUrl").GetString(), takes[1].GetProperty("clipUrl").GetString());
    }
}
