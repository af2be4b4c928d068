using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Steps.Clips;

[Trait("Category", "Api")]
public class ClipListTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Each_scene_lists_its_clip_and_frame_which_the_owner_can_play_and_see()
    {
        var owner = await app.SignedInClientAsync();
        var id = await owner.CreateProjectAsync("Coffee");
        Assert.Equal(0, (await owner.GetJsonAsync($"/api/projects/{id}/clips")).GetArrayLength());

        await owner.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        await owner.WaitForRunAsync(id);
        var waiting = (await owner.GetJsonAsync($"/api/projects/{id}/clips")).EnumerateArray().Single();
        Assert.Equal("pending", waiting.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, waiting.GetProperty("clipUrl").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, waiting.GetProperty("frameUrl").ValueKind);

        await owner.StartAsync($"/api/workflow/{id}/start");
        Assert.Equal("completed", (await owner.WaitForRunAsync(id, TimeSpan.FromSeconds(240))).GetProperty("status").GetString());
        var clip = (await owner.GetJsonAsync($"/api/projects/{id}/clips")).EnumerateArray().Single();
        Assert.Equal("completed", clip.GetProperty("status").GetString());
        Assert.Equal("INT. COFFEE SHOP - MORNING", clip.GetProperty("heading").GetString());
        Assert.InRange(clip.GetProperty("duration").GetDouble(), 1, 60);

        var video = await owner.GetAsync(clip.GetProperty("clipUrl").GetString());
        Assert.Equal("video/mp4", video.Content.Headers.ContentType?.MediaType);
        Assert.True((await video.Content.ReadAsByteArrayAsync()).Length > 1000);
        var frame = await owner.GetAsync(clip.GetProperty("frameUrl").GetString());
        Assert.Equal("image/png", frame.Content.Headers.ContentType?.MediaType);

        var stranger = await app.SignedInClientAsync();
        await (await stranger.GetAsync($"/api/projects/{id}/clips")).AssertProblemAsync(404);
        await (await stranger.GetAsync(clip.GetProperty("clipUrl").GetString())).AssertProblemAsync(404);
    }
}
