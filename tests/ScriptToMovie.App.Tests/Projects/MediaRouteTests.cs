using System.Net;
using System.Net.Http.Headers;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Projects;

[Trait("Category", "Api")]
public class MediaRouteTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public MediaRouteTests(AppFactory app) => _app = app;

    private IMediaStorage Storage => (IMediaStorage)_app.Services.GetService(typeof(IMediaStorage))!;

    [Fact]
    public async Task The_owner_fetches_a_stored_file_with_a_byte_range()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        await Storage.PutBytesAsync($"{id}/clips/scene-001.mp4", bytes);

        var req = new HttpRequestMessage(HttpMethod.Get, $"/api/media/{id}/clips/scene-001.mp4");
        req.Headers.Range = new RangeHeaderValue(100, 199);
        var r = await client.SendAsync(req);
        Assert.Equal(HttpStatusCode.PartialContent, r.StatusCode);
        Assert.Equal("video/mp4", r.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes[100..200], await r.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_user_gets_a_404_for_the_same_file()
    {
        var owner = await _app.SignedInClientAsync();
        var id = await owner.CreateProjectAsync();
        await Storage.PutBytesAsync($"{id}/frames/f.png", [1, 2, 3]);
        var other = await _app.SignedInClientAsync();
        await (await other.GetAsync($"/api/media/{id}/frames/f.png")).AssertProblemAsync(404);
    }

    [Theory]
    [InlineData("/api/media/{id}/../{other}/frames/f.png")]
    [InlineData("/api/media/{id}/%2e%2e/{other}/frames/f.png")]
    [InlineData("/api/media/{id}/frames/..%2f..%2f{other}%2fframes%2ff.png")]
    public async Task A_path_traversal_attempt_gets_a_404(string template)
    {
        var victim = await _app.SignedInClientAsync();
        var otherId = await victim.CreateProjectAsync();
        await Storage.PutBytesAsync($"{otherId}/frames/f.png", [9, 9, 9]);
        var attacker = await _app.SignedInClientAsync();
        var id = await attacker.CreateProjectAsync();
        var url = template.Replace("{id}", id.ToString()).Replace("{other}", otherId.ToString());
        var r = await attacker.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative)));
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }
}
