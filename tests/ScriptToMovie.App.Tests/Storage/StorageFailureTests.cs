using System.Text.Json;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Pipeline;

namespace ScriptToMovie.App.Tests.Storage;

/// <summary>
/// A media folder that refuses writes. Tests run as root in CI, where a read-only mode stops nothing, so the
/// refusal is a plain file standing where a folder must be: that fails for root too.
/// </summary>
[Trait("Category", "Pipeline")]
public class StorageFailureTests : IClassFixture<StorageFailureTests.MockFactory>
{
    public sealed class MockFactory : AppFactory
    {
        public MockFactory() => Settings["VIDEO_PROVIDER"] = "mock";
    }

    private readonly MockFactory _app;
    public StorageFailureTests(MockFactory app) => _app = app;

    [Fact]
    public async Task A_media_folder_that_refuses_writes_stops_the_run_with_the_storage_sentence_not_a_clip_failure_and_a_later_run_finishes()
    {
        var client = await _app.SignedInClientAsync();
        var id = await client.CreateProjectAsync("Nowhere to save", RunControlTests.ThreeScenes);
        var clips = Path.Combine(_app.DataDirectory, "media", id.ToString(), "clips");
        Directory.CreateDirectory(Path.GetDirectoryName(clips)!);
        await File.WriteAllTextAsync(clips, "a file where the clips folder must be");

        await client.StartAsync($"/api/workflow/{id}/start");
        var s = await client.WaitForRunAsync(id);

        Assert.Equal("failed", s.GetProperty("status").GetString());
        Assert.Equal(StorageFailedException.UserMessage, s.GetProperty("message").GetString());
        Assert.StartsWith("Your project's files could not be saved (the media folder is read-only or full)", StorageFailedException.UserMessage);
        Assert.Equal("failed", s.StepStatus("clips"));
        // No scene is blamed: none reads as a failed clip, none carries the generic clip sentence.
        foreach (var scene in s.GetProperty("scenes").EnumerateArray())
        {
            Assert.NotEqual("failed", scene.GetProperty("clip").GetString());
            Assert.Null(scene.GetProperty("errorMessage").GetString());
        }

        File.Delete(clips);
        await client.StartAsync($"/api/workflow/{id}/start");
        var again = await client.WaitForRunAsync(id);
        Assert.Equal("completed", again.GetProperty("status").GetString());
        Assert.All(again.GetProperty("scenes").EnumerateArray(), scene => Assert.Equal("completed", scene.GetProperty("clip").GetString()));
    }

    [Fact]
    public async Task Storing_a_file_under_a_file_says_storage_failed_and_leaves_no_part_file()
    {
        var root = Directory.CreateTempSubdirectory("s2m-storage-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root, "7"), "not a folder");
            var storage = new LocalMediaStorage(root);

            var e = await Assert.ThrowsAsync<StorageFailedException>(() => storage.PutBytesAsync("7/frames/scene-001.png", [1, 2, 3]));
            Assert.Same(e, StorageFailedException.In(new AggregateException(new InvalidOperationException(), e)));

            Directory.CreateDirectory(Path.Combine(root, "8", "clips", "scene-001.mp4"));
            var source = Path.Combine(root, "source.mp4");
            await File.WriteAllBytesAsync(source, [1, 2, 3]);
            await Assert.ThrowsAsync<StorageFailedException>(() => storage.PutFileAsync("8/clips/scene-001.mp4", source));
            Assert.Empty(Directory.GetFiles(Path.Combine(root, "8", "clips"), "*.part"));
        }
        finally { Directory.Delete(root, true); }
    }
}
