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
        public MockApp() => Settings["VIDEO_PROVIDER"] = "mock";
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

        // The status document is shared and may be one events poll old (decision 0070): the next poll tells.
        var status = default(System.Text.Json.JsonElement);
        await TestTime.UntilAsync(async () =>
        {
            status = await project.Client.GetJsonAsync($"/api/workflow/{project.Id}/status");
            return status.GetProperty("summary").GetString() == "2 scenes changed since the movie was made · 8 of 8 steps";
        }, 10, () => $"the status to say two scenes changed: {status}");
        Assert.Equal(2, status.GetProperty("staleScenes").GetInt32());
        var listed = (await project.Client.GetJsonAsync("/api/projects")).EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == project.Id);
        Assert.Equal("2 scenes changed since the movie was made · 8 of 8 steps", listed.GetProperty("summary").GetString());
        Assert.Equal(2, listed.GetProperty("staleScenes").GetInt32());

        await project.RunAsync($"/api/projects/{project.Id}/scenes/{await project.SceneIdAsync(2)}/regenerate");
        string? summary = null;
        await TestTime.UntilAsync(async () => (summary = await SummaryAsync(project)) == "1 scene changed since the movie was made · 8 of 8 steps",
            10, () => $"the status to say one scene changed, not \"{summary}\"");
    }

    private static async Task<string?> SummaryAsync(EditedProject project) =>
        (await project.Client.GetJsonAsync($"/api/workflow/{project.Id}/status")).GetProperty("summary").GetString();
}
