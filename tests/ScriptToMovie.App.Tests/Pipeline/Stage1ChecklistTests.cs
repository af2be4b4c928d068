using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>The seed's Stage 1 completion checklist, through HTTP, with the real job engine and media.</summary>
[Trait("Category", "Api")]
public class Stage1ChecklistTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public Stage1ChecklistTests(AppFactory app) => _app = app;

    private T Db<T>(Func<AppDb, T> query)
    {
        using var scope = _app.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    [Fact]
    public async Task Each_phase_endpoint_in_order_writes_its_rows_and_ends_with_an_mp4_in_storage()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync();

        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        var s = await client.WaitForRunAsync(id);
        Assert.Equal("completed", s.StepStatus("parse"));
        Assert.True(Db(db => db.Scenes.Count(x => x.ProjectId == id)) >= 1);
        Assert.Equal(["ALICE", "BOB"], Db(db => db.Characters.Where(x => x.ProjectId == id).Select(c => c.Name).OrderBy(n => n).ToList()));
        Assert.True(Db(db => db.Settings.Count(x => x.ProjectId == id)) >= 1);

        await client.StartAsync($"/api/phases/script-to-trailer/{id}/generate-trailer");
        s = await client.WaitForRunAsync(id);
        Assert.Equal("completed", s.StepStatus("trailer"));
        Assert.True(Db(db => db.StoryboardImages.Count(x => x.ProjectId == id && x.Kind == "trailer")) >= 1);
        Assert.NotNull((await client.GetJsonAsync($"/api/projects/{id}")).GetProperty("trailerUrl").GetString());

        await client.StartAsync($"/api/phases/trailer-to-storyboard/{id}/generate");
        s = await client.WaitForRunAsync(id);
        Assert.Equal("completed", s.StepStatus("storyboard"));
        var storyboards = await client.GetJsonAsync($"/api/projects/{id}/storyboards");
        Assert.Contains(storyboards.EnumerateArray(), f => f.GetProperty("kind").GetString() == "scene" && f.GetProperty("imageUrl").GetString()!.StartsWith("/api/media/"));

        await client.StartAsync($"/api/phases/storyboard-to-movie/{id}/prompts");
        await client.WaitForRunAsync(id);
        var scenes = Db(db => db.Scenes.Count(x => x.ProjectId == id));
        Assert.Equal(scenes, Db(db => db.VideoPrompts.Count(x => x.ProjectId == id)));

        await client.StartAsync($"/api/phases/storyboard-to-movie/{id}/generate");
        s = await client.WaitForRunAsync(id);
        Assert.Equal("completed", s.StepStatus("clips"));
        Assert.Equal(scenes, Db(db => db.GeneratedVideos.Count(x => x.ProjectId == id && x.Status == "completed")));

        await client.StartAsync($"/api/phases/storyboard-to-movie/{id}/assemble");
        s = await client.WaitForRunAsync(id);
        Assert.Equal("completed", s.GetProperty("status").GetString());
        var movie = await client.GetJsonAsync($"/api/projects/{id}/movie");
        Assert.Equal("completed", movie.GetProperty("status").GetString());
        Assert.True(movie.GetProperty("duration").GetDouble() > 3);
        var key = Db(db => db.FinalMovies.Single(m => m.ProjectId == id).StorageKey)!;
        Assert.True(await _app.Services.GetRequiredService<IMediaStorage>().ExistsAsync(key));
        var mp4 = await client.GetAsync(movie.GetProperty("movieUrl").GetString());
        Assert.Equal("video/mp4", mp4.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString((await mp4.Content.ReadAsByteArrayAsync())[4..8]));
        foreach (var url in new[] { "srtUrl", "vttUrl", "manifestUrl" })
            (await client.GetAsync(movie.GetProperty(url).GetString())).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task One_workflow_start_runs_every_step_to_a_playable_movie()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        await client.StartAsync($"/api/workflow/{id}/start");
        var s = await client.WaitForRunAsync(id);
        Assert.Equal("completed", s.GetProperty("status").GetString());
        Assert.Equal(100, s.GetProperty("progress").GetInt32());
        Assert.All(s.GetProperty("phases").EnumerateArray(), p => Assert.Equal("completed", p.GetProperty("status").GetString()));
        Assert.All(s.GetProperty("scenes").EnumerateArray(), sc =>
        {
            Assert.Equal("completed", sc.GetProperty("storyboard").GetString());
            Assert.Equal("completed", sc.GetProperty("clip").GetString());
        });
        Assert.Equal("completed", (await client.GetJsonAsync($"/api/projects/{id}/movie")).GetProperty("status").GetString());
        Assert.NotNull((await client.GetJsonAsync("/api/projects")).EnumerateArray().Single().GetProperty("thumbnailUrl").GetString());
    }

    [Theory]
    [InlineData("/api/phases/script-to-trailer/{id}/generate-trailer", "Phase 1")]
    [InlineData("/api/phases/trailer-to-storyboard/{id}/generate", "Phase 1")]
    [InlineData("/api/phases/storyboard-to-movie/{id}/assemble", "Phase 1")]
    public async Task A_phase_called_out_of_order_is_a_409_naming_the_missing_phase(string url, string phase)
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        var r = await client.PostAsync(url.Replace("{id}", id.ToString()), null);
        Assert.Contains(phase, await r.AssertProblemAsync(409));
    }

    [Fact]
    public async Task A_script_without_a_scene_fails_the_parse_step_with_the_seeds_sentence()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync(script: "Just a thought about a movie.");
        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        var s = await client.WaitForRunAsync(id);
        Assert.Equal("failed", s.GetProperty("status").GetString());
        Assert.Equal("Your script needs at least one complete scene to generate a movie. Check that it follows standard screenplay format.", s.GetProperty("message").GetString());
    }
}
