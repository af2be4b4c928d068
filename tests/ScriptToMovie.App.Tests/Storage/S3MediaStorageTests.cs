using System.Security.Cryptography;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Storage;

/// <summary>The bucket store against a real S3-compatible server (s3rver), with real files.</summary>
public sealed class S3MediaStorageTests(TestBucket bucket) : IClassFixture<TestBucket>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("s2m-s3-");
    private S3MediaStorage Store(string cache = "cache") =>
        new(bucket.Client, bucket.Name, Path.Combine(_folder.FullName, cache), TimeSpan.FromMinutes(1));

    [Fact]
    public async Task A_movie_put_in_the_bucket_comes_back_playable_under_its_project_folder()
    {
        var runner = new ProcessRunner();
        var movie = Path.Combine(_folder.FullName, "movie.mp4");
        await new MockClip(1, "Stored in S3", null, TimeSpan.FromSeconds(2)).RunAsync(runner, new EncodingProfile(320, 180, 25), movie);

        await Store().PutFileAsync("41/movie/movie.mp4", movie);

        Assert.Contains("projects/41/movie/movie.mp4", await bucket.KeysAsync("projects/41/"));
        // Another process (another worker's cache) gets the same bytes, and ffprobe reads them as the movie.
        var copy = await Store("other-cache").GetLocalPathAsync("41/movie/movie.mp4");
        Assert.Equal(await File.ReadAllBytesAsync(movie), await File.ReadAllBytesAsync(copy));
        Assert.Equal(2.0, (await new Probe(runner).ReadAsync(copy)).Duration.TotalSeconds, 0.1);
        await using (var read = (await Store().OpenReadAsync("41/movie/movie.mp4"))!)
        {
            Assert.True(read.CanSeek);
            Assert.Equal(new FileInfo(movie).Length, read.Length);
        }
        Assert.Null(await Store().OpenReadAsync("41/movie/nothing.mp4"));
    }

    [Fact]
    public async Task A_file_larger_than_one_upload_part_arrives_whole_and_downloads_byte_for_byte()
    {
        var big = Path.Combine(_folder.FullName, "big.bin");
        var size = 2 * S3MediaStorage.PartSize + 1234;
        await using (var file = File.Create(big))
        {
            var block = new byte[1024 * 1024];
            for (long written = 0; written < size; written += block.Length)
            {
                RandomNumberGenerator.Fill(block);
                await file.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, size - written)));
            }
        }

        await Store().PutFileAsync("42/clips/scene-001.mp4", big);

        var head = await bucket.Client.GetObjectMetadataAsync(bucket.Name, "projects/42/clips/scene-001.mp4");
        Assert.Equal(size, head.ContentLength);
        var copy = await Store("other-cache").GetLocalPathAsync("42/clips/scene-001.mp4");
        Assert.Equal(Hash(big), Hash(copy));
    }

    [Fact]
    public async Task A_replaced_object_is_downloaded_again_not_served_from_the_cache()
    {
        var store = Store();
        await store.PutBytesAsync("43/frames/scene-001.png", [1, 2, 3]);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(await store.GetLocalPathAsync("43/frames/scene-001.png")));

        await Store("writer").PutBytesAsync("43/frames/scene-001.png", [4, 5, 6, 7]);

        Assert.Equal([4, 5, 6, 7], await File.ReadAllBytesAsync(await store.GetLocalPathAsync("43/frames/scene-001.png")));
    }

    [Fact]
    public async Task Deleting_a_project_deletes_its_objects_and_no_other_projects()
    {
        var store = Store();
        await store.PutBytesAsync("7/frames/a.png", [1]);
        await store.PutBytesAsync("7/movie/movie.mp4", [2]);
        await store.PutBytesAsync("70/frames/a.png", [3]);

        await store.DeletePrefixAsync("7");

        Assert.Empty(await bucket.KeysAsync("projects/7/"));
        Assert.False(await store.ExistsAsync("7/movie/movie.mp4"));
        Assert.Equal(["projects/70/frames/a.png"], await bucket.KeysAsync("projects/70/"));
        await Assert.ThrowsAsync<FileNotFoundException>(() => store.GetLocalPathAsync("7/frames/a.png"));
    }

    private static string Hash(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(s));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
