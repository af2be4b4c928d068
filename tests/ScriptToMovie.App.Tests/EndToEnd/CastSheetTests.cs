using Microsoft.Playwright;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Steps.Cast;
using ScriptToMovie.Fakes.Kling;
using ScriptToMovie.Media.Frames;
using static Microsoft.Playwright.Assertions;

namespace ScriptToMovie.App.Tests.EndToEnd;

/// <summary>The app on the Kling path, Kling faked at HTTP in the test process.</summary>
public sealed class KlingCastServer : BrowserServer
{
    private FakeKlingServer? _kling;
    private readonly Dictionary<string, string> _settings = [];

    protected override IReadOnlyDictionary<string, string> Settings => _settings;

    protected override async Task BeforeStartAsync()
    {
        _kling = await FakeKlingServer.StartAsync();
        foreach (var (k, v) in CastSheetApiTests.KlingSettings(_kling)) _settings[k] = v!;
    }

    protected override async Task AfterStopAsync()
    {
        if (_kling is not null) await _kling.DisposeAsync();
    }
}

[Trait("Category", "Browser")]
public class CastSheetTests : IClassFixture<KlingCastServer>
{
    private readonly KlingCastServer _server;
    public CastSheetTests(KlingCastServer server) => _server = server;

    [Fact]
    public async Task A_person_sees_each_characters_cast_sheet_approves_one_and_replaces_a_front_view_with_their_own_picture()
    {
        var (api, page) = await _server.SignedInAsync();
        var id = await api.CreateProjectAsync("Cast sheets", CastSheetApiTests.KitchenAndGarden);
        foreach (var phase in new[] { "script-to-trailer/{0}/parse", "script-to-trailer/{0}/generate-trailer", "trailer-to-storyboard/{0}/generate" })
        {
            await api.StartAsync("/api/phases/" + string.Format(System.Globalization.CultureInfo.InvariantCulture, phase, id));
            await api.WaitForRunAsync(id, TimeSpan.FromSeconds(120));
        }
        var ben = (await api.GetJsonAsync($"/api/projects/{id}/characters/sheets")).EnumerateArray().Single(s => s.GetProperty("name").GetString() == "BEN").GetProperty("characterId").GetInt32();

        await page.GotoAsync($"/projects/{id}/characters");
        var sheet = page.GetByTestId($"cast-sheet-{ben}");
        await Expect(sheet).ToHaveAttributeAsync("data-state", "draft");
        await Expect(sheet.GetByRole(AriaRole.Img)).ToHaveCountAsync(4);
        await Expect(sheet.GetByRole(AriaRole.Img, new() { Name = "BEN, front view" })).ToBeVisibleAsync();
        await Expect(sheet).ToContainTextAsync("Clips will use this sheet as it is");

        await sheet.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(sheet).ToHaveAttributeAsync("data-state", "approved");
        await Expect(sheet.GetByRole(AriaRole.Button, new() { Name = "Undo approval" })).ToBeVisibleAsync();
        await page.CheckPageAsync("project-characters-cast-sheets");

        var picture = Path.Combine(Path.GetTempPath(), $"s2m-ben-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(picture, FrameFit.CoverPng(await FakeKlingMedia.ImageAsync(), 400, 600)!);
        try
        {
            await sheet.GetByTestId($"cast-sheet-file-{ben}").SetInputFilesAsync(picture);
            await Expect(sheet).ToContainTextAsync("Front view: your picture", new() { Timeout = TestTime.Milliseconds(60_000) });
            await Expect(sheet).ToHaveAttributeAsync("data-state", "draft");
            await Expect(sheet.GetByRole(AriaRole.Img)).ToHaveCountAsync(4, new() { Timeout = TestTime.Milliseconds(60_000) });
            await Expect(sheet.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToBeEnabledAsync(new() { Timeout = TestTime.Milliseconds(60_000) });
            await page.CheckPageAsync("project-characters-cast-sheet-replaced");
        }
        finally
        {
            File.Delete(picture);
        }
    }
}
