using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

[Trait("Category", "Browser")]
public class FailingSceneTests : IClassFixture<FailingSceneServer>
{
    private readonly FailingSceneServer _server;
    public FailingSceneTests(FailingSceneServer server) => _server = server;

    [Fact]
    public async Task A_scene_the_video_service_fails_is_explained_and_comes_back_with_a_retry()
    {
        var (api, page) = await _server.SignedInAsync();
        var id = await api.CreateProjectAsync("Dinner", RunControlTests.ThreeScenes);

        await page.GotoAsync($"/projects/{id}/clips");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start workflow" }).ClickAsync();
        var pipeline = page.GetByTestId("pipeline");
        await Expect(pipeline).ToHaveAttributeAsync("data-status", "completed_with_errors", new() { Timeout = TestTime.Milliseconds(240_000) });
        var notice = pipeline.GetByRole(AriaRole.Status).Filter(new() { HasText = "Some scenes failed" });
        await Expect(notice).ToContainTextAsync("1 of 3 scenes failed to generate. You can retry failed scenes or continue with the completed clips.");
        await Expect(notice.GetByRole(AriaRole.Button, new() { Name = "Retry failed scenes" })).ToBeVisibleAsync();
        await Expect(notice.GetByRole(AriaRole.Button, new() { Name = "Continue with completed clips" })).ToBeVisibleAsync();
        var failed = page.GetByTestId("clip-scene-2");
        await Expect(failed).ToHaveAttributeAsync("data-status", "failed");
        await Expect(failed).ToContainTextAsync("MOCK_VIDEO_FAIL_SCENES");
        await Expect(page.GetByTestId("clip-scene-1")).ToHaveAttributeAsync("data-status", "completed");
        await page.CheckPageAsync("project-clips-scene-failed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Retry scene 2" }).ClickAsync();
        await Expect(failed).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = TestTime.Milliseconds(90_000) });
        await Expect(pipeline).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = TestTime.Milliseconds(60_000) });
        await Expect(notice).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("project-clips-after-retry");
    }
}
