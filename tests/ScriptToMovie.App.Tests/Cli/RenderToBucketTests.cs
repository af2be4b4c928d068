using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Cli;

public sealed class RenderToBucketTests(TestBucket bucket) : IClassFixture<TestBucket>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("s2m-render-s3-");

    [Fact]
    public async Task An_offline_render_with_STORAGE_s3_leaves_its_movie_in_the_bucket_and_copies_it_out()
    {
        var script = Path.Combine(_folder.FullName, "coffee.fountain");
        await File.WriteAllTextAsync(script, Samples.CoffeeShop);

        var result = await AppCommand.RunAsync(_folder.FullName, TimeSpan.FromMinutes(3), bucket.Settings,
            "render", script, "-o", "coffee.mp4", "--video", "animatic", "--data", Path.Combine(_folder.FullName, "data"));

        Assert.True(result.ExitCode == 0, $"render exited with {result.ExitCode}.\nstdout:\n{result.Output}\nstderr:\n{result.Error}");
        var keys = await bucket.KeysAsync("projects/");
        var movieKey = Assert.Single(keys, k => k.EndsWith("/movie/movie.mp4"));
        Assert.Contains(keys, k => k.EndsWith("/movie/movie.srt"));
        Assert.Contains(keys, k => k.Contains("/clips/"));
        var stored = await bucket.Client.GetObjectMetadataAsync(bucket.Name, movieKey);
        Assert.Equal(new FileInfo(Path.Combine(_folder.FullName, "coffee.mp4")).Length, stored.ContentLength);
        // Nothing but the database and the swept work folder is left on local disk.
        Assert.False(Directory.Exists(Path.Combine(_folder.FullName, "data", "media")));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
