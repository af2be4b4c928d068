using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Tests.Editing;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Fakes.Kling;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Tests.Steps.Cast;

/// <summary>The cast sheet in the Characters tab, through the API, with Kling faked at HTTP making pictures, elements and clips.</summary>
[Trait("Category", "Api")]
public sealed class CastSheetApiTests
{
    /// <summary>Two characters; the kitchen comes back in scene 3, so its picture can lean on scene 1's.</summary>
    public const string KitchenAndGarden = """
        INT. KITCHEN - DAY

        ANNA, a small woman with red curls, makes tea. BEN, a lanky man in a blue cardigan, reads.

        ANNA
        Sugar?

        BEN
        Two.

        EXT. GARDEN - DAY

        BEN digs by the fence.

        BEN
        Roots everywhere.

        INT. KITCHEN - NIGHT

        ANNA
        Still up?

        BEN
        Can't sleep.
        """;

    public static Dictionary<string, string?> KlingSettings(FakeKlingServer kling) => new()
    {
        ["VIDEO_PROVIDER"] = "kling",
        ["IMAGE_PROVIDER"] = "kling",
        ["KLING_MODEL"] = "kling-v3",
        ["KLING_IMAGE_MODEL"] = "kling-v3-omni",
        ["KLING_BASE_URL"] = kling.BaseUrl,
        ["KLING_API_KEY"] = kling.Options.AccessKey,
        ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
        ["KLING_POLL_SECONDS"] = "0.05",
        ["KLING_RETRY_DELAY_SECONDS"] = "0.01",
        ["KLING_BREAKER_MINIMUM_CALLS"] = "100000",
    };

    [Fact]
    public async Task Storyboard_pictures_reference_the_scenes_elements_and_the_previous_frame_of_the_same_place()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        using var app = AppFactory.With(KlingSettings(kling));
        var project = await EditedProject.MadeAsync(app, KitchenAndGarden, "Cast pictures");
        var sheets = await SheetsAsync(app, project.Id);

        var pictures = kling.PictureTasks.Where(t => t.ExternalTaskId!.StartsWith("s2m-img-", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pictures.Count);
        Assert.All(pictures, p => Assert.Equal("omni-image", p.Product));
        var frames = await FramesAsync(app, project.Id);
        var byScene = pictures.ToDictionary(p => frames.Single(f => f.TaskId == p.TaskId).Number);
        Assert.Equal(new[] { sheets["ANNA"].ElementId!, sheets["BEN"].ElementId! }.Order(), byScene[1].ElementIds.Order());
        Assert.Equal([sheets["BEN"].ElementId!], byScene[2].ElementIds);
        Assert.Empty(byScene[1].ReferencedImages);
        Assert.Empty(byScene[2].ReferencedImages);
        // The kitchen at night is drawn from the kitchen by day.
        Assert.Equal([frames.Single(f => f.Number == 1).Sha256], byScene[3].ReferencedImages);
        Assert.Contains("<<<image_1>>>", byScene[3].Prompt);
        Assert.Contains("<<<element_2>>>", byScene[3].Prompt);
    }

    [Fact]
    public async Task A_replaced_picture_becomes_the_front_view_re_registers_the_element_and_the_next_clip_of_the_scene_sends_the_new_element()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        using var app = AppFactory.With(KlingSettings(kling));
        var project = await EditedProject.MadeAsync(app, KitchenAndGarden, "Cast replace");
        var client = project.Client;
        var list = await client.GetJsonAsync($"/api/projects/{project.Id}/characters/sheets");
        Assert.Equal(["ANNA", "BEN"], list.EnumerateArray().Select(s => s.GetProperty("name").GetString()).Order());
        var anna = list.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "ANNA");
        var annaId = anna.GetProperty("characterId").GetInt32();
        Assert.Equal("draft", anna.GetProperty("state").GetString());
        Assert.Equal(3, anna.GetProperty("angleUrls").GetArrayLength());
        Assert.True(anna.GetProperty("elementRegistered").GetBoolean());
        var front = await client.GetAsync(anna.GetProperty("frontUrl").GetString());
        Assert.Equal("image/png", front.Content.Headers.ContentType?.MediaType);
        var oldElement = (await SheetsAsync(app, project.Id))["ANNA"].ElementId;

        // Not a picture, and a picture too small for Kling: each refused with a sentence, nothing changed.
        var text = await client.PostAsync($"/api/projects/{project.Id}/characters/{annaId}/sheet/front", Picture("notes.txt", "hello"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("not a picture", (await text.ReadJsonAsync()).GetProperty("message").GetString());
        var tiny = await client.PostAsync($"/api/projects/{project.Id}/characters/{annaId}/sheet/front", Picture("tiny.png", FrameFit.CoverPng(await FakeKlingMedia.ImageAsync(), 200, 200)!));
        Assert.Equal(HttpStatusCode.BadRequest, tiny.StatusCode);
        Assert.Contains("at least 300 pixels", (await tiny.ReadJsonAsync()).GetProperty("message").GetString());
        Assert.Equal(oldElement, (await SheetsAsync(app, project.Id))["ANNA"].ElementId);

        var upload = FrameFit.CoverPng(await FakeKlingMedia.ImageAsync(), 400, 600)!;
        var replaced = await client.PostAsync($"/api/projects/{project.Id}/characters/{annaId}/sheet/front", Picture("anna.png", upload));
        Assert.Equal(HttpStatusCode.Accepted, replaced.StatusCode);
        await client.WaitForRunAsync(project.Id, TimeSpan.FromSeconds(120));

        var sheet = (await SheetsAsync(app, project.Id))["ANNA"];
        Assert.True(sheet.FrontUploaded);
        Assert.NotNull(sheet.ElementId);
        Assert.NotEqual(oldElement, sheet.ElementId);
        Assert.Equal(3, kling.ElementTasks.Count);
        Assert.Equal(1, kling.Tasks.Count(t => IsFrontView(t, "ANNA")));
        // Every scene with Anna is to be drawn and animated again; the garden, without her, is not.
        Assert.Equal(["clip", "frame", "prompt"], (await project.StaleAsync(1)).Order());
        Assert.Equal(["clip", "frame", "prompt"], (await project.StaleAsync(3)).Order());
        Assert.Empty(await project.StaleAsync(2));
        var shown = (await client.GetJsonAsync($"/api/projects/{project.Id}/characters/sheets")).EnumerateArray().Single(s => s.GetProperty("characterId").GetInt32() == annaId);
        Assert.True(shown.GetProperty("frontUploaded").GetBoolean());
        Assert.NotEqual(anna.GetProperty("frontUrl").GetString(), shown.GetProperty("frontUrl").GetString());

        var clipsBefore = kling.ClipTasks.Count;
        await project.RunAsync($"/api/projects/{project.Id}/scenes/{await project.SceneIdAsync(1)}/regenerate");
        var clip = kling.ClipTasks[^1];
        Assert.Equal(clipsBefore + 1, kling.ClipTasks.Count);
        Assert.Contains(sheet.ElementId, clip.ElementIds);
        Assert.DoesNotContain(oldElement, clip.ElementIds);
        var picture = kling.PictureTasks[^1];
        Assert.Contains(sheet.ElementId, picture.ElementIds);
    }

    [Fact]
    public async Task Approval_round_trips_and_a_regenerated_sheet_is_a_draft_paid_and_ledgered_once_even_when_its_run_is_stopped_and_resumed()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions { ProcessingFor = TestTime.Seconds(0.6) });
        using var app = AppFactory.With(KlingSettings(kling));
        var project = await EditedProject.MadeAsync(app, KitchenAndGarden, "Cast regenerate");
        var client = project.Client;
        var ben = (await SheetsAsync(app, project.Id))["BEN"];

        var approved = await client.PatchAsJsonAsync($"/api/projects/{project.Id}/characters/{ben.CharacterId}/sheet", new { approved = true });
        Assert.Equal("approved", (await approved.ReadJsonAsync()).GetProperty("state").GetString());
        var read = (await client.GetJsonAsync($"/api/projects/{project.Id}/characters/sheets")).EnumerateArray().Single(s => s.GetProperty("characterId").GetInt32() == ben.CharacterId);
        Assert.Equal("approved", read.GetProperty("state").GetString());

        var before = kling.Tasks.Count;
        await client.StartAsync($"/api/projects/{project.Id}/characters/{ben.CharacterId}/sheet/regenerate");
        // Stopped while Kling draws the new front view, then the storyboard phase resumes it.
        await TestTime.UntilAsync(() => kling.Tasks.Count > before, 60, () => "a new cast task on Kling");
        var cancel = await client.PostAsync($"/api/workflow/{project.Id}/cancel", null);
        Assert.True(cancel.IsSuccessStatusCode, await cancel.Content.ReadAsStringAsync());
        await client.WaitForRunAsync(project.Id);
        await project.RunAsync($"/api/phases/trailer-to-storyboard/{project.Id}/generate");

        var after = (await SheetsAsync(app, project.Id))["BEN"];
        Assert.False(after.Approved);
        Assert.NotEqual(ben.ElementId, after.ElementId);
        Assert.All(kling.CreatesPerExternalId.Values, count => Assert.Equal(1, count));
        Assert.Equal(2, kling.Tasks.Count(t => IsFrontView(t, "BEN")));
        Assert.Equal(3, kling.Tasks.Count(t => t.Product == "ai-multi-shot"));
        Assert.Equal(3, kling.ElementTasks.Count);
        using var scope = app.Services.CreateScope();
        var ledger = await scope.ServiceProvider.GetRequiredService<AppDb>().CostLedger.AsNoTracking().Where(e => e.ProjectId == project.Id).ToListAsync();
        Assert.Equal(ledger.Count, ledger.Select(e => e.ProviderTaskId).Distinct().Count());
        var cast = kling.Tasks.Where(t => t.Product is "ai-multi-shot" or "advanced-custom-elements" || t.Prompt.StartsWith("Character reference", StringComparison.Ordinal)).ToList();
        Assert.All(cast, t => Assert.Single(ledger, e => e.ProviderTaskId == t.TaskId));
        Assert.Equal(kling.ChargedUnits, ledger.Sum(e => e.Units), 3);
    }

    [Fact]
    public async Task Someone_elses_project_has_no_sheets_to_read_or_change()
    {
        await using var kling = await FakeKlingServer.StartAsync();
        using var app = AppFactory.With(KlingSettings(kling));
        var project = await EditedProject.MadeAsync(app, KitchenAndGarden, "Cast owner");
        var ben = (await SheetsAsync(app, project.Id))["BEN"];
        var stranger = await app.SignedInClientAsync("stranger@example.com");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/projects/{project.Id}/characters/sheets")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PatchAsJsonAsync($"/api/projects/{project.Id}/characters/{ben.CharacterId}/sheet", new { approved = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/projects/{project.Id}/characters/{ben.CharacterId}/sheet/regenerate", null)).StatusCode);
        Assert.False((await SheetsAsync(app, project.Id))["BEN"].Approved);
    }

    /// <summary>A cast sheet's front view (on omni-image, the configured image model).</summary>
    private static bool IsFrontView(FakeKlingTask t, string name) =>
        t.Product == "omni-image" && t.Prompt.StartsWith("Character reference", StringComparison.Ordinal) && t.Prompt.Contains(name, StringComparison.Ordinal);

    private static MultipartFormDataContent Picture(string name, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(bytes), "picture", name);
        return form;
    }

    private static async Task<Dictionary<string, CastSheet>> SheetsAsync(AppFactory app, int projectId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var storage = scope.ServiceProvider.GetRequiredService<IMediaStorage>();
        var sheets = new Dictionary<string, CastSheet>();
        foreach (var c in await db.Characters.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync())
            if (await CastSheet.LoadAsync(storage, projectId, c.Id, CancellationToken.None) is { } sheet)
                sheets[c.Name] = sheet;
        return sheets;
    }

    private static async Task<List<(int Number, string? TaskId, string Sha256)>> FramesAsync(AppFactory app, int projectId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var storage = scope.ServiceProvider.GetRequiredService<IMediaStorage>();
        var rows = await (from i in db.StoryboardImages.AsNoTracking()
                          join s in db.Scenes on i.SceneId equals s.Id
                          where i.ProjectId == projectId && i.Kind == "scene" && i.Status == "completed"
                          select new { s.SceneNumber, i.ProviderTaskId, i.StorageKey }).ToListAsync();
        var frames = new List<(int, string?, string)>();
        foreach (var r in rows)
            frames.Add((r.SceneNumber, r.ProviderTaskId, Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(await storage.GetLocalPathAsync(r.StorageKey!))))));
        return frames;
    }
}
