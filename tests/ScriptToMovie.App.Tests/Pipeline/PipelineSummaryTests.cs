using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>The project's status describes the whole pipeline, not the last run.</summary>
[Trait("Category", "Api")]
public class PipelineSummaryTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public PipelineSummaryTests(AppFactory app) => _app = app;

    [Fact]
    public async Task After_a_parse_alone_the_project_is_parsed_one_step_of_seven_and_not_completed()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        var s = await client.WaitForRunAsync(id);

        Assert.NotEqual("completed", s.GetProperty("status").GetString());
        Assert.Equal("Parsed · 1 of 8 steps", s.GetProperty("summary").GetString());
        Assert.Equal(1, s.GetProperty("stepsDone").GetInt32());
        Assert.True(s.GetProperty("progress").GetInt32() < 100, s.ToString());
        Assert.DoesNotContain("complete.", s.GetProperty("message").GetString());

        var listed = (await client.GetJsonAsync("/api/projects")).EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == id);
        Assert.NotEqual("completed", listed.GetProperty("status").GetString());
        Assert.Equal("Parsed · 1 of 8 steps", listed.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Phase_cards_agree_with_their_steps_and_say_why_a_later_phase_cannot_start()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        await client.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        var s = await client.WaitForRunAsync(id);

        var phases = s.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal("pending", phases[0].GetProperty("status").GetString()); // parse done, trailer not: not "completed"
        Assert.All(phases.Skip(1), p => Assert.Equal("pending", p.GetProperty("status").GetString()));

        var trailer = phases[0].GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("route").GetString() == "generate-trailer");
        Assert.True(trailer.GetProperty("canStart").GetBoolean());
        var assemble = phases[2].GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("route").GetString() == "assemble");
        Assert.False(assemble.GetProperty("canStart").GetBoolean());
        Assert.Contains("first", assemble.GetProperty("reason").GetString());

        // The button the card disables is one the server would refuse.
        var refused = await client.PostAsync($"/api/phases/storyboard-to-movie/{id}/assemble", null);
        Assert.Equal(409, (int)refused.StatusCode);
    }
}
