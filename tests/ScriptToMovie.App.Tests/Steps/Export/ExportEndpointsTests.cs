using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Steps.Export;

[Trait("Category", "Api")]
public class ExportEndpointsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("otio")]
    [InlineData("pdf")]
    [InlineData("bundle.zip")]
    public async Task A_project_without_a_finished_movie_is_a_409_that_says_to_make_the_movie_first(string format)
    {
        var client = await app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("No movie yet");
        var message = await (await client.GetAsync($"/api/projects/{id}/exports/{format}")).AssertProblemAsync(409);
        Assert.Contains("no finished movie yet", message);
    }

    [Fact]
    public async Task An_unknown_format_is_a_404_that_names_the_formats()
    {
        var client = await app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Mine");
        var message = await (await client.GetAsync($"/api/projects/{id}/exports/avi")).AssertProblemAsync(404);
        Assert.Contains("otio, fcpxml, xml, edl, srt, vtt, pdf", message);
    }
}
