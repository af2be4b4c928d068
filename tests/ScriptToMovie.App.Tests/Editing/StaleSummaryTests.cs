using System.Net.Http.Json;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;

namespace ScriptToMovie.App.Tests.Editing;

/// <summary>A finished movie whose scenes were edited since is not "Completed": the status and the projects list say what changed.</summary>
[Trait("Category", "Api")]
public sealed class StaleSummaryTests : IClassFixture<StaleSummaryTests.MockApp>
{
    public sealed class MockApp : AppFactory
    {
        public MockApp()
        {
            Settings["VIDEO_PROVIDER"] = "mock";
            // A poll far longer than the test: only an edit's own notice can make the shared status document show it.
            Settings["PIPELINE_EVENTS_POLL_SECONDS"] = "60";
        }
    }

    private readonly MockApp _app;
    public StaleSummaryTests(MockApp app) => _app = app;

    [Fact]
    public async Task Editing_two_finished_scenes_makes_the_project_say_two_scenes_changed_until_they_are_regenerated()
    {
        var project = await EditedProject.MadeAsync(_app, RunControlTests.ThreeScenes);
        Assert.Equal("Completed · 8 of 8 steps", await SummaryAsync(project));

        foreach (var n in new[] { 2, 3 })
        {
            var r = await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}/scenes/{await project.SceneIdAsync(n)}",
                new { description = $"Scene {n} now happens in the rain." });
            Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        }

        // The status document is shared (decision 0070), but an edit renews it: the very next read shows the edit.
        var status = await project.Client.GetJsonAsync($"/api/workflow/{project.Id}/status");
        Assert.Equal("2 scenes changed since the movie was made · 8 of 8 steps", status.GetProperty("summary").GetString());
        Assert.Equal(2, status.GetProperty("staleScenes").GetInt32());
        var listed = (await project.Client.GetJsonAsync("/api/projects")).EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == project.Id);
        Assert.Equal("2 scenes changed since the movie was made · 8 of 8 steps", listed.GetProperty("summary").GetString());
        Assert.Equal(2, listed.GetProperty("staleScenes").GetInt32());

        await project.RunAsync($"/api/projects/{project.Id}/scenes/{await project.SceneIdAsync(2)}/regenerate");
        Assert.Equal("1 scene changed since the movie was made · 8 of 8 steps", await SummaryAsync(project));

        // Every kind of edit renews it: a duration, a reorder.
        var first = await project.SceneIdAsync(1);
        (await project.Client.PatchAsJsonAsync($"/api/projects/{project.Id}/scenes/{first}", new { duration = 8 })).EnsureSuccessStatusCode();
        Assert.Equal("2 scenes changed since the movie was made · 8 of 8 steps", await SummaryAsync(project));
        var events = await project.Client.GetJsonAsync($"/api/workflow/{project.Id}/status");
        var order = events.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("sceneId").GetInt32()).Reverse().ToArray();
        (await project.Client.PutAsJsonAsync($"/api/projects/{project.Id}/scenes/order", new { sceneIds = order })).EnsureSuccessStatusCode();
        var reordered = await project.Client.GetJsonAsync($"/api/workflow/{project.Id}/status");
        Assert.Equal(order, reordered.GetProperty("scenes").EnumerateArray().Select(s => s.GetProperty("sceneId").GetInt32()));
    }

    private static async Task<string?> SummaryAsync(EditedProject project) =>
        (await project.Client.GetJsonAsync($"/api/workflow/{project.Id}/status")).GetProperty("summary").GetString();
}
