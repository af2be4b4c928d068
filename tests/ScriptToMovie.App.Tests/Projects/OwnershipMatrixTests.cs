using System.Net.Http.Json;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Projects;

/// <summary>Every project-scoped endpoint answers 404 to another user, and nothing changes.</summary>
[Trait("Category", "Api")]
public class OwnershipMatrixTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public OwnershipMatrixTests(AppFactory app) => _app = app;

    public static TheoryData<string, string> Endpoints() => new()
    {
        { "GET", "/api/projects/{id}" },
        { "PATCH", "/api/projects/{id}" },
        { "DELETE", "/api/projects/{id}" },
        { "GET", "/api/projects/{id}/scenes" },
        { "GET", "/api/projects/{id}/characters" },
        { "GET", "/api/projects/{id}/settings" },
        { "GET", "/api/projects/{id}/storyboards" },
        { "GET", "/api/projects/{id}/movie" },
        { "PATCH", "/api/projects/{id}/scenes/1" },
        { "PATCH", "/api/projects/{id}/characters/1" },
        { "PATCH", "/api/projects/{id}/settings/1" },
        { "GET", "/api/media/{id}/frames/a.png" },
        { "GET", "/api/projects/{id}/quote" },
        { "GET", "/api/projects/{id}/ledger" },
        { "GET", "/api/projects/{id}/events" },
        { "GET", "/api/projects/{id}/characters/1/voice-preview" },
        { "GET", "/api/projects/{id}/clips" },
        { "POST", "/api/phases/script-to-trailer/{id}/parse" },
        { "POST", "/api/phases/script-to-trailer/{id}/generate-trailer" },
        { "GET", "/api/phases/script-to-trailer/{id}/status" },
        { "POST", "/api/phases/trailer-to-storyboard/{id}/generate" },
        { "GET", "/api/phases/trailer-to-storyboard/{id}/status" },
        { "POST", "/api/phases/storyboard-to-movie/{id}/prompts" },
        { "POST", "/api/phases/storyboard-to-movie/{id}/generate" },
        { "POST", "/api/phases/storyboard-to-movie/{id}/assemble" },
        { "GET", "/api/phases/storyboard-to-movie/{id}/status" },
        { "POST", "/api/workflow/{id}/start" },
        { "GET", "/api/workflow/{id}/status" },
        { "POST", "/api/workflow/{id}/cancel" },
        { "POST", "/api/workflow/{id}/retry-failed" },
        { "POST", "/api/projects/{id}/scenes/1/retry" },
        { "PATCH", "/api/projects/{id}/scenes/1/prompt" },
        { "POST", "/api/projects/{id}/scenes/1/regenerate" },
        { "GET", "/api/projects/{id}/scenes/1/takes" },
        { "POST", "/api/projects/{id}/scenes/1/takes/1/use" },
        { "POST", "/api/projects/{id}/rebuild-preview" },
        { "PUT", "/api/projects/{id}/scenes/order" },
        { "DELETE", "/api/projects/{id}/scenes/1" },
        { "POST", "/api/projects/{id}/scenes" },
        { "POST", "/api/projects/{id}/scenes/1/split" },
        { "POST", "/api/projects/{id}/scenes/1/merge" },
        { "GET", "/api/projects/{id}/exports/otio" },
        { "GET", "/api/projects/{id}/exports/pdf" },
        { "GET", "/api/projects/{id}/exports/bundle.zip" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Another_users_project_is_a_404_and_stays_unchanged(string method, string template)
    {
        var owner = await _app.SignedInClientAsync();
        var id = await owner.CreateProjectAsync("Mine");
        var before = (await owner.GetJsonAsync($"/api/projects/{id}")).ToString();
        var intruder = await _app.SignedInClientAsync();

        var request = new HttpRequestMessage(new HttpMethod(method), template.Replace("{id}", id.ToString()));
        if (method is "POST" or "PATCH" or "PUT")
            request.Content = JsonContent.Create(new { title = "Stolen", description = "x", visualDescription = "x", prompt = "x" });
        var response = await intruder.SendAsync(request);
        await response.AssertProblemAsync(404);

        Assert.Equal(before, (await owner.GetJsonAsync($"/api/projects/{id}")).ToString());
    }

    public static TheoryData<string, string> RunRoutes() => new()
    {
        { "GET", "/api/v1/runs/{run}" },
        { "POST", "/api/v1/runs/{run}/cancel" },
        { "POST", "/api/v1/runs/{run}/retry-failed" },
        { "GET", "/api/v1/runs/{run}/media" },
    };

    /// <summary>The versioned runs API is keyed by run id; another user's run is a 404 there too, and its state stays as it was.</summary>
    [Theory]
    [MemberData(nameof(RunRoutes))]
    public async Task Another_users_run_is_a_404_and_stays_unchanged(string method, string template)
    {
        var owner = await _app.SignedInClientAsync();
        var accepted = await owner.PostAsJsonAsync("/api/v1/runs", new { title = "Mine", script = Samples.CoffeeShop });
        var run = (await accepted.ReadJsonAsync()).GetProperty("id").GetString()!;
        var intruder = await _app.SignedInClientAsync();

        var response = await intruder.SendAsync(new HttpRequestMessage(new HttpMethod(method), template.Replace("{run}", run)));
        await response.AssertProblemAsync(404);

        var after = await owner.GetJsonAsync($"/api/v1/runs/{run}");
        Assert.NotEqual("cancelled", after.GetProperty("status").GetString());
        Assert.Equal(run, after.GetProperty("id").GetString());
    }
}
