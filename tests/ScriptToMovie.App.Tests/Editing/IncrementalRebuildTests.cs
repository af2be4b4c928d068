using System.Net.Http.Json;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Editing;

/// <summary>Editing the script text and rebuilding keeps everything made for the scenes whose words did not change.</summary>
[Trait("Category", "Api")]
public sealed class IncrementalRebuildTests : IClassFixture<StaleMarkingTests.MockApp>
{
    private readonly StaleMarkingTests.MockApp _app;
    public IncrementalRebuildTests(StaleMarkingTests.MockApp app) => _app = app;

    [Fact]
    public async Task Changing_one_scene_of_six_in_the_script_rebuilds_that_scene_alone_and_leaves_the_other_five_clip_files_untouched()
    {
        var project = await EditedProject.MadeAsync(_app, EditedProject.SixScenes, "Six scenes");
        var ids = new List<int>();
        for (var n = 1; n <= 6; n++) ids.Add(await project.SceneIdAsync(n));
        var before = await project.ClipsAsync();
        var edited = EditedProject.SixScenes.Replace("You could have called.", "You could have texted me, at least.");

        var preview = await project.Client.PostJsonAsync($"/api/projects/{project.Id}/rebuild-preview", new { scriptContent = edited });
        Assert.Equal(1, preview.GetProperty("changed").GetInt32());
        Assert.Equal(5, preview.GetProperty("unchanged").GetInt32());
        Assert.Matches(@"^1 scene changed: \$\d+\.\d\d$", preview.GetProperty("summary").GetString());

        var r = await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}", new { scriptContent = edited });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        await project.RunAsync($"/api/workflow/{project.Id}/start");

        for (var n = 1; n <= 6; n++) Assert.Equal(ids[n - 1], await project.SceneIdAsync(n));
        var after = await project.ClipsAsync();
        foreach (var n in new[] { 1, 2, 3, 5, 6 }) Assert.Equal(before[ids[n - 1]], after[ids[n - 1]]);
        Assert.NotEqual(before[ids[3]].Hash, after[ids[3]].Hash);
        Assert.Contains("You could have texted me, at least.", await project.SubtitlesAsync());
        var takes = await project.Client.GetJsonAsync($"/api/projects/{project.Id}/scenes/{ids[3]}/takes");
        Assert.Equal(2, takes.GetArrayLength());
    }

    [Fact]
    public async Task The_preview_matches_scenes_by_their_words_so_a_moved_scene_is_not_new_and_says_what_changed_was_added_and_removed()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Preview", EditedProject.SixScenes);
        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        await client.WaitForRunAsync(id);
        var blocks = SceneBlocks(EditedProject.SixScenes);
        Assert.Equal(6, blocks.Count);
        // The park scene moves first, the flat at night goes, the street scene changes and a new scene ends it.
        var reshaped = string.Join("\n\n", new[] { blocks[4], blocks[0], blocks[1].Replace("Late again.", "Late, late, late."), blocks[2], blocks[3],
            "EXT. ROOFTOP - NIGHT\n\nALICE watches the city lights.\n\nALICE\nWhat a day." });

        var preview = await client.PostJsonAsync($"/api/projects/{id}/rebuild-preview", new { scriptContent = reshaped });

        Assert.Equal(4, preview.GetProperty("unchanged").GetInt32());
        Assert.Matches(@"^1 scene changed, 1 new, 1 removed: \$\d+\.\d\d$", preview.GetProperty("summary").GetString());
        var nothing = await client.PostJsonAsync($"/api/projects/{id}/rebuild-preview", new { scriptContent = (string?)null });
        Assert.Equal("No scene changed; all 6 are kept.", nothing.GetProperty("summary").GetString());
    }

    /// <summary>The script's scenes as text, each from its heading to the next.</summary>
    private static List<string> SceneBlocks(string script)
    {
        var lines = script.Split('\n');
        var blocks = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if ((line.StartsWith("INT.") || line.StartsWith("EXT.")) && current.Count > 0)
            {
                blocks.Add(string.Join('\n', current).Trim());
                current.Clear();
            }
            current.Add(line);
        }
        blocks.Add(string.Join('\n', current).Trim());
        return blocks;
    }
}
