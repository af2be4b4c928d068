using System.Net;
using System.Net.Http.Json;
using System.Text;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Projects;

[Trait("Category", "Api")]
public class ProjectsTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public ProjectsTests(AppFactory app) => _app = app;

    [Fact]
    public async Task The_seed_sample_project_is_created_listed_and_read_back()
    {
        var client = await _app.SignedInClientAsync();
        var created = await client.PostJsonAsync("/api/projects", new { title = "My Test Movie", scriptContent = Samples.CoffeeShop });
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("draft", created.GetProperty("status").GetString());

        var list = await client.GetJsonAsync("/api/projects");
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal("My Test Movie", item.GetProperty("title").GetString());
        Assert.Equal(0, item.GetProperty("progress").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("thumbnailUrl").ValueKind);

        var one = await client.GetJsonAsync($"/api/projects/{id}");
        Assert.Equal(Samples.CoffeeShop, one.GetProperty("scriptContent").GetString());
        Assert.True(one.TryGetProperty("createdAt", out _));
        Assert.True(one.TryGetProperty("updatedAt", out _));
        Assert.True(one.TryGetProperty("trailerUrl", out _));
    }

    [Fact]
    public async Task A_title_can_be_renamed_and_a_project_deleted_with_its_media()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        var storage = (ScriptToMovie.App.Storage.IMediaStorage)_app.Services.GetService(typeof(ScriptToMovie.App.Storage.IMediaStorage))!;
        await storage.PutBytesAsync($"{id}/frames/a.png", [1, 2, 3]);

        var patched = await client.PatchAsJsonAsync($"/api/projects/{id}", new { title = "Renamed" });
        Assert.Equal("Renamed", (await patched.ReadJsonAsync()).GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/projects/{id}")).StatusCode);
        await (await client.GetAsync($"/api/projects/{id}")).AssertProblemAsync(404);
        Assert.False(await storage.ExistsAsync($"{id}/frames/a.png"));
    }

    [Theory]
    [InlineData("O'Brien <Draft>")]
    [InlineData("Robert'); DROP TABLE projects;--")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("\" OR 1=1 -- ")]
    public async Task Titles_with_injection_strings_are_stored_verbatim_and_the_database_stays_intact(string title)
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync(title);
        var back = await client.GetJsonAsync($"/api/projects/{id}");
        Assert.Equal(title, back.GetProperty("title").GetString());
        Assert.Single((await client.GetJsonAsync("/api/projects")).EnumerateArray());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_with_a_sentence_and_nothing_is_stored()
    {
        var client = await _app.SignedInClientAsync();
        var r = await client.PostAsync("/api/projects", new StringContent("{\"title\": \"x\", \"scriptContent\": ", Encoding.UTF8, "application/json"));
        Assert.Contains("JSON", await r.AssertProblemAsync(400));
        Assert.Equal(0, (await client.GetJsonAsync("/api/projects")).GetArrayLength());
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_a_400_naming_the_field()
    {
        var client = await _app.SignedInClientAsync();
        var r = await client.PostAsync("/api/projects", new StringContent("{\"title\": 42, \"scriptContent\": \"INT. A - DAY\"}", Encoding.UTF8, "application/json"));
        Assert.Contains("title", await r.AssertProblemAsync(400));
    }

    [Theory]
    [InlineData("", "INT. ROOM - DAY\n\nA man sits.", "title")]
    [InlineData("A title", "", "script")]
    [InlineData("   ", "   ", "title")]
    public async Task Empty_fields_are_refused_with_a_sentence(string title, string script, string expected)
    {
        var client = await _app.SignedInClientAsync();
        var r = await client.PostAsJsonAsync("/api/projects", new { title, scriptContent = script });
        Assert.Contains(expected, await r.AssertProblemAsync(400));
        Assert.Equal(0, (await client.GetJsonAsync("/api/projects")).GetArrayLength());
    }

    [Fact]
    public async Task An_oversized_script_is_a_413_that_names_the_limit()
    {
        var client = await _app.SignedInClientAsync();
        var huge = new string('x', 5 * 1024 * 1024 + 10);
        var r = await client.PostAsJsonAsync("/api/projects", new { title = "Huge", scriptContent = huge });
        Assert.Contains("5 MB", await r.AssertProblemAsync(413));
        Assert.Equal(0, (await client.GetJsonAsync("/api/projects")).GetArrayLength());
    }

    [Fact]
    public async Task A_screenplay_file_upload_becomes_a_project_with_fountain_text_and_the_original_kept()
    {
        var client = await _app.SignedInClientAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("Brick and Steel"), "title");
        form.Add(new ByteArrayContent(File.ReadAllBytes(Samples.Screenplay("Brick-and-Steel.fdx"))), "file", "Brick-and-Steel.fdx");
        var r = await client.PostAsync("/api/projects", form);
        var json = await r.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var script = json.GetProperty("scriptContent").GetString()!;
        Assert.Contains("INT.", script);
        Assert.DoesNotContain("<FinalDraft", script);
        var id = json.GetProperty("id").GetInt32();
        var storage = (ScriptToMovie.App.Storage.IMediaStorage)_app.Services.GetService(typeof(ScriptToMovie.App.Storage.IMediaStorage))!;
        Assert.True(await storage.ExistsAsync($"{id}/uploads/Brick-and-Steel.fdx"));
    }

    [Fact]
    public async Task Unknown_api_paths_answer_a_json_404()
    {
        var client = await _app.SignedInClientAsync();
        await (await client.GetAsync("/api/nothing-here")).AssertProblemAsync(404);
    }
}
