using System.Net.Http.Json;
using System.Text.Json;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Pipeline;

/// <summary>Failing scenes, retries, cancel, a second start and the live events stream.</summary>
[Trait("Category", "Pipeline")]
public class RunControlTests : IClassFixture<RunControlTests.MockFactory>
{
    public sealed class MockFactory : AppFactory
    {
        public MockFactory()
        {
            Settings["VIDEO_PROVIDER"] = "mock";
            Settings["MOCK_VIDEO_FAIL_SCENES"] = "2";
        }
    }

    public const string ThreeScenes = """
        INT. KITCHEN - NIGHT

        MARA (40s, tired, green cardigan) stirs a pot.

        MARA
        Dinner's nearly ready.

        EXT. GARDEN - NIGHT

        TOM (50s, broad, flat cap) smokes by the fence.

        TOM
        I'll be in soon.

        INT. KITCHEN - LATER

        Mara and Tom eat in silence.

        MARA
        It's cold again.
        """;

    private readonly MockFactory _app;
    public RunControlTests(MockFactory app) => _app = app;

    [Fact]
    public async Task A_scene_that_keeps_failing_ends_the_run_with_errors_and_a_retry_fixes_it()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Failing", ThreeScenes);
        await client.StartAsync($"/api/workflow/{id}/start");
        var s = await client.WaitForRunAsync(id);
        Assert.Equal("completed_with_errors", s.GetProperty("status").GetString());
        Assert.Equal("1 of 3 scenes failed to generate. You can retry failed scenes or continue with the completed clips.", s.GetProperty("message").GetString());
        var failed = Assert.Single(s.GetProperty("scenes").EnumerateArray(), x => x.GetProperty("clip").GetString() == "failed");
        Assert.Equal(2, failed.GetProperty("sceneNumber").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(failed.GetProperty("errorMessage").GetString()));
        // The movie is still made, with the scene's animatic in the failed clip's place.
        var movie = await client.GetJsonAsync($"/api/projects/{id}/movie");
        Assert.Equal("completed", movie.GetProperty("status").GetString());

        await client.StartAsync($"/api/workflow/{id}/retry-failed");
        s = await client.WaitForRunAsync(id);
        Assert.Equal("completed", s.GetProperty("status").GetString());
        Assert.All(s.GetProperty("scenes").EnumerateArray(), x => Assert.Equal("completed", x.GetProperty("clip").GetString()));
    }

    [Fact]
    public async Task Retrying_one_scene_remakes_only_that_clip_and_reassembles()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Retry one", ThreeScenes);
        await client.StartAsync($"/api/workflow/{id}/start");
        var s = await client.WaitForRunAsync(id);
        var scene = s.GetProperty("scenes").EnumerateArray().First(x => x.GetProperty("sceneNumber").GetInt32() == 2).GetProperty("sceneId").GetInt32();
        var firstMovie = (await client.GetJsonAsync($"/api/projects/{id}/movie")).GetProperty("id").GetInt32();

        await client.StartAsync($"/api/projects/{id}/scenes/{scene}/retry");
        s = await client.WaitForRunAsync(id);
        Assert.Equal("completed", s.GetProperty("status").GetString());
        var movie = await client.GetJsonAsync($"/api/projects/{id}/movie");
        Assert.Equal("completed", movie.GetProperty("status").GetString());
        Assert.True(movie.GetProperty("id").GetInt32() >= firstMovie);
    }

    [Fact]
    public async Task A_second_start_while_running_is_a_409_and_cancel_stops_the_run()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Cancel me", ThreeScenes);
        await client.StartAsync($"/api/workflow/{id}/start");
        var again = await client.PostAsync($"/api/workflow/{id}/start", null);
        Assert.Contains("already in progress", await again.AssertProblemAsync(409));

        var cancel = await client.PostAsync($"/api/workflow/{id}/cancel", null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, cancel.StatusCode);
        var s = await client.WaitForRunAsync(id);
        Assert.Equal("cancelled", s.GetProperty("status").GetString());
        Assert.Contains("cancelled", s.GetProperty("message").GetString());

        // Every state has a way forward: starting again finishes the movie.
        await client.StartAsync($"/api/workflow/{id}/start");
        s = await client.WaitForRunAsync(id);
        Assert.Equal("completed_with_errors", s.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_events_stream_sends_each_change_of_state_until_the_run_ends()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Live", Samples.CoffeeShop);
        using var cts = TestTime.Deadline(120);
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/projects/{id}/events"), HttpCompletionOption.ResponseHeadersRead, cts.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));

        await client.StartAsync($"/api/workflow/{id}/start");
        var seen = new List<string>();
        string? eventName = null;
        while (!cts.IsCancellationRequested)
        {
            var line = await reader.ReadLineAsync(cts.Token);
            if (line is null) break;
            if (line.StartsWith("event: ")) eventName = line[7..];
            else if (line.StartsWith("data: ") && eventName == "status")
            {
                var json = JsonDocument.Parse(line[6..]).RootElement;
                Assert.Equal(id, json.GetProperty("projectId").GetInt32());
                Assert.Equal(3, json.GetProperty("phases").GetArrayLength());
                var state = $"{json.GetProperty("status").GetString()}:{json.StepStatus("parse")}";
                if (seen.Count == 0 || seen[^1] != state) seen.Add(state);
                if (json.GetProperty("status").GetString() == "completed") break;
            }
        }
        Assert.Equal("draft:pending", seen[0]);
        Assert.Contains(seen, s => s.StartsWith("running:"));
        Assert.Equal("completed:completed", seen[^1]);
    }
}
