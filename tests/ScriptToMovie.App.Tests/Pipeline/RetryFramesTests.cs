using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Pipeline;

public sealed class RetryFramesTests
{
    [Fact]
    public async Task A_storyboard_picture_kling_refused_is_drawn_again_by_retry_failed_without_paying_for_the_others()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { FailWhenPromptContains = "smokes by the fence" });
        using var app = AppFactory.With(new Dictionary<string, string?>
        {
            ["IMAGE_PROVIDER"] = "kling",
            ["KLING_BASE_URL"] = kling.BaseUrl,
            ["KLING_API_KEY"] = kling.Options.AccessKey,
            ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
            ["KLING_POLL_SECONDS"] = "0.05",
            ["FRAME_RETRY_DELAY_MS"] = "1",
        });
        var client = await app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Garden refused", RunControlTests.ThreeScenes);
        await client.StartAsync($"/api/workflow/{id}/start");
        var first = await client.WaitForRunAsync(id);
        var garden = first.GetProperty("scenes").EnumerateArray().Single(s => s.GetProperty("sceneNumber").GetInt32() == 2);
        Assert.Equal("failed", garden.GetProperty("storyboard").GetString());
        Assert.Equal("completed_with_errors", first.GetProperty("status").GetString());
        Assert.Equal("1 of 3 storyboard pictures failed, so those scenes were made without one. You can retry failed scenes or continue with the completed clips.",
            first.GetProperty("message").GetString());
        Assert.Contains("Kling could not make the storyboard picture for scene 2", garden.GetProperty("errorMessage").GetString());
        Assert.Equal(3, kling.Tasks.Count);

        kling.Options.FailWhenPromptContains = "[fail]";
        await client.StartAsync($"/api/workflow/{id}/retry-failed");
        var second = await client.WaitForRunAsync(id);

        Assert.Equal("completed", second.GetProperty("status").GetString());
        Assert.All(second.GetProperty("scenes").EnumerateArray(), s => Assert.Equal("completed", s.GetProperty("storyboard").GetString()));
        Assert.Equal(4, kling.Tasks.Count);
        Assert.All(kling.CreatesPerExternalId.Values, creates => Assert.Equal(1, creates));
        using var scope = app.Services.CreateScope();
        var frames = await scope.ServiceProvider.GetRequiredService<AppDb>().StoryboardImages.AsNoTracking()
            .Where(i => i.ProjectId == id && i.Kind == "scene").ToListAsync();
        Assert.Equal(3, frames.Count(f => f.Status == "completed" && f.Provider == "kling"));
    }
}
