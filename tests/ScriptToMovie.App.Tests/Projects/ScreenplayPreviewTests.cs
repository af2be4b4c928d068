using System.Net.Http.Json;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Projects;

[Trait("Category", "Api")]
public class ScreenplayPreviewTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public ScreenplayPreviewTests(AppFactory app) => _app = app;

    [Fact]
    public async Task A_pasted_script_is_previewed_with_its_scenes_and_characters()
    {
        var client = await _app.SignedInClientAsync();
        var json = await client.PostJsonAsync("/api/screenplays/parse", new { text = Samples.CoffeeShop });
        Assert.Equal("fountain", json.GetProperty("format").GetString());
        Assert.Equal(1, json.GetProperty("scenes").GetArrayLength());
        Assert.Equal(2, json.GetProperty("characters").GetArrayLength());
    }

    [Fact]
    public async Task An_uploaded_fdx_is_previewed_like_its_fountain_twin()
    {
        var client = await _app.SignedInClientAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(File.ReadAllBytes(Samples.Screenplay("Brick-and-Steel.fdx"))), "file", "Brick-and-Steel.fdx");
        var r = await client.PostAsync("/api/screenplays/parse", form);
        var json = await r.ReadJsonAsync();
        Assert.Equal("fdx", json.GetProperty("format").GetString());
        Assert.Equal(8, json.GetProperty("scenes").GetArrayLength());
    }

    [Fact]
    public async Task Binary_garbage_is_refused_with_a_sentence()
    {
        var client = await _app.SignedInClientAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 256)).ToArray()), "file", "movie.pdf");
        var message = await (await client.PostAsync("/api/screenplays/parse", form)).AssertProblemAsync(400);
        Assert.DoesNotContain("Exception", message);
    }

    [Fact]
    public async Task Parsing_twice_leaves_no_duplicates_and_an_edited_description_survives()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        await client.WaitForRunAsync(id);
        var scenes = await client.GetJsonAsync($"/api/projects/{id}/scenes");
        var characters = await client.GetJsonAsync($"/api/projects/{id}/characters");
        var alice = characters.EnumerateArray().First(c => c.GetProperty("name").GetString() == "ALICE").GetProperty("id").GetInt32();
        (await client.PatchAsJsonAsync($"/api/projects/{id}/characters/{alice}", new { visualDescription = "A woman in her 30s with a red scarf." })).EnsureSuccessStatusCode();

        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        await client.WaitForRunAsync(id);
        Assert.Equal(scenes.GetArrayLength(), (await client.GetJsonAsync($"/api/projects/{id}/scenes")).GetArrayLength());
        var again = await client.GetJsonAsync($"/api/projects/{id}/characters");
        Assert.Equal(characters.GetArrayLength(), again.GetArrayLength());
        Assert.Equal("A woman in her 30s with a red scarf.", again.EnumerateArray().First(c => c.GetProperty("name").GetString() == "ALICE").GetProperty("visualDescription").GetString());
    }
}
