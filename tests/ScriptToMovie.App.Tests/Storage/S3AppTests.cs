using System.Net;
using System.Net.Http.Headers;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Storage;

/// <summary>The app with STORAGE=s3 against a real S3-compatible server and its own bucket.</summary>
public sealed class S3App : IAsyncLifetime
{
    public TestBucket Bucket { get; } = new();
    public AppFactory App { get; private set; } = null!;
    public IMediaStorage Storage => (IMediaStorage)App.Services.GetService(typeof(IMediaStorage))!;

    public async Task InitializeAsync()
    {
        await Bucket.InitializeAsync();
        App = AppFactory.With(Bucket.Settings);
    }

    public async Task DisposeAsync()
    {
        App.Dispose();
        await Bucket.DisposeAsync();
    }
}

[Trait("Category", "Api")]
public sealed class S3AppTests(S3App s3) : IClassFixture<S3App>
{
    [Fact]
    public async Task The_app_stores_media_in_the_bucket_when_STORAGE_is_s3()
    {
        Assert.IsType<S3MediaStorage>(s3.Storage);
        var client = await s3.App.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        await s3.Storage.PutBytesAsync($"{id}/frames/scene-001.png", [1, 2, 3]);
        Assert.Contains($"projects/{id}/frames/scene-001.png", await s3.Bucket.KeysAsync($"projects/{id}/"));
    }

    [Fact]
    public async Task The_owner_is_redirected_to_a_short_lived_signed_url_that_serves_byte_ranges()
    {
        var client = await s3.App.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        await s3.Storage.PutBytesAsync($"{id}/clips/scene-001.mp4", bytes);

        var r = await client.GetAsync($"/api/media/{id}/clips/scene-001.mp4");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var location = r.Headers.Location!;
        Assert.StartsWith(TestBucket.Endpoint, location.ToString());
        // Valid for S3_PRESIGN_SECONDS (300 by default; the SDK rounds the remaining time up).
        var expires = int.Parse(System.Text.RegularExpressions.Regex.Match(location.Query, "X-Amz-Expires=(\\d+)").Groups[1].Value);
        Assert.InRange(expires, 250, 301);
        Assert.Contains("X-Amz-Signature=", location.Query);
        Assert.Contains("X-Amz-Credential=S3RVER", location.Query);
        // The browser follows with its own Range header, straight to the store, with no cookie.
        using var browser = new HttpClient();
        var ranged = new HttpRequestMessage(HttpMethod.Get, location);
        ranged.Headers.Range = new RangeHeaderValue(100, 199);
        var part = await browser.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("video/mp4", part.Content.Headers.ContentType!.MediaType);
        Assert.Equal(bytes[100..200], await part.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_page_lets_the_browser_show_pictures_and_play_movies_from_the_bucket_and_nowhere_else()
    {
        var page = await s3.App.CreateClient().GetAsync("/");
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        var origin = new Uri(TestBucket.Endpoint).GetLeftPart(UriPartial.Authority);
        Assert.Contains($"media-src 'self' blob: {origin};", csp);
        Assert.Contains($"img-src 'self' data: blob: {origin};", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("connect-src 'self';", csp);
    }

    [Fact]
    public async Task Another_user_and_a_missing_file_get_a_404_not_a_redirect()
    {
        var owner = await s3.App.SignedInClientAsync();
        var id = await owner.CreateProjectAsync();
        await s3.Storage.PutBytesAsync($"{id}/frames/f.png", [1, 2, 3]);
        var other = await s3.App.SignedInClientAsync();
        await (await other.GetAsync($"/api/media/{id}/frames/f.png")).AssertProblemAsync(404);
        await (await owner.GetAsync($"/api/media/{id}/frames/missing.png")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Deleting_a_project_deletes_its_objects_from_the_bucket()
    {
        var client = await s3.App.SignedInClientAsync();
        var id = await client.CreateProjectAsync();
        var kept = await client.CreateProjectAsync();
        await s3.Storage.PutBytesAsync($"{id}/frames/scene-001.png", [1]);
        await s3.Storage.PutBytesAsync($"{id}/movie/movie.mp4", [2]);
        await s3.Storage.PutBytesAsync($"{kept}/frames/scene-001.png", [3]);

        (await client.DeleteAsync($"/api/projects/{id}")).EnsureSuccessStatusCode();

        Assert.Empty(await s3.Bucket.KeysAsync($"projects/{id}/"));
        Assert.Single(await s3.Bucket.KeysAsync($"projects/{kept}/"));
    }
}
