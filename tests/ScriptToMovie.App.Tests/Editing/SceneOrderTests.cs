using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;

namespace ScriptToMovie.App.Tests.Editing;

/// <summary>Reordering and deleting scenes: the script and the movie's chapters follow, nothing is remade.</summary>
[Trait("Category", "Api")]
public sealed class SceneOrderTests : IClassFixture<StaleMarkingTests.MockApp>
{
    private readonly StaleMarkingTests.MockApp _app;
    public SceneOrderTests(StaleMarkingTests.MockApp app) => _app = app;

    [Fact]
    public async Task Swapping_two_scenes_makes_the_chapters_follow_without_remaking_a_clip_and_a_reparse_keeps_the_new_order()
    {
        var project = await EditedProject.MadeAsync(_app, RunControlTests.ThreeScenes);
        int kitchen = await project.SceneIdAsync(1), garden = await project.SceneIdAsync(2), later = await project.SceneIdAsync(3);
        var clips = await project.ClipsAsync();
        var lengths = (await project.ChaptersAsync()).ToDictionary(c => c.SceneId, c => c.End - c.Start);

        var r = await project.Client.PutAsJsonAsync($"/api/projects/{project.Id}/scenes/order", new { sceneIds = new[] { garden, kitchen, later } });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        var script = (await project.Client.GetJsonAsync($"/api/projects/{project.Id}")).GetProperty("scriptContent").GetString()!;
        Assert.True(script.IndexOf("EXT. GARDEN - NIGHT", StringComparison.Ordinal) < script.IndexOf("INT. KITCHEN - NIGHT", StringComparison.Ordinal), script);
        var headings = (await project.Client.GetJsonAsync($"/api/projects/{project.Id}/scenes")).EnumerateArray()
            .Select(s => (s.GetProperty("sceneNumber").GetInt32(), s.GetProperty("startLine").GetInt32())).ToList();
        foreach (var (number, start) in headings)
            Assert.StartsWith(number == 1 ? "EXT. GARDEN" : number == 2 ? "INT. KITCHEN - NIGHT" : "INT. KITCHEN - LATER", script.Split('\n')[start - 1]);

        await project.RunAsync($"/api/phases/storyboard-to-movie/{project.Id}/assemble");

        var chapters = await project.ChaptersAsync();
        Assert.Equal([garden, kitchen, later], chapters.Select(c => c.SceneId));
        Assert.Equal(0, chapters[0].Start);
        foreach (var c in chapters) Assert.Equal(lengths[c.SceneId], c.End - c.Start, 3);
        Assert.Equal(clips, await project.ClipsAsync());

        await project.RunAsync($"/api/phases/script-to-trailer/{project.Id}/parse");
        Assert.Equal(garden, await project.SceneIdAsync(1));
        Assert.Equal(kitchen, await project.SceneIdAsync(2));
        for (var n = 1; n <= 3; n++) Assert.Empty(await project.StaleAsync(n));
    }

    [Fact]
    public async Task Deleting_a_scene_takes_it_out_of_the_script_and_the_movie_but_keeps_its_clip_as_a_take()
    {
        var project = await EditedProject.MadeAsync(_app, RunControlTests.ThreeScenes);
        var later = await project.SceneIdAsync(3);

        var r = await project.Client.DeleteAsync($"/api/projects/{project.Id}/scenes/{later}");
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        Assert.Equal(2, (await project.Client.GetJsonAsync($"/api/projects/{project.Id}/scenes")).GetArrayLength());
        Assert.DoesNotContain("It's cold again.", (await project.Client.GetJsonAsync($"/api/projects/{project.Id}")).GetProperty("scriptContent").GetString());

        await project.RunAsync($"/api/phases/storyboard-to-movie/{project.Id}/assemble");
        Assert.Equal(2, (await project.ChaptersAsync()).Count);
        Assert.DoesNotContain("It's cold again.", await project.SubtitlesAsync());
        using var scope = _app.Services.CreateScope();
        var takes = await scope.ServiceProvider.GetRequiredService<AppDb>().SceneTakes.AsNoTracking().Where(t => t.ProjectId == project.Id && t.SceneId == null).ToListAsync();
        Assert.Single(takes);
        Assert.True(await scope.ServiceProvider.GetRequiredService<ScriptToMovie.App.Storage.IMediaStorage>().ExistsAsync(takes[0].ClipKey), "The deleted scene's clip file is kept.");
    }
}
