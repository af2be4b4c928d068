using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Hosting;

/// <summary>/readyz tells a load balancer whether this instance can do its work, and if not, why.</summary>
[Trait("Category", "Api")]
public class ReadinessTests
{
    [Fact]
    public async Task A_working_instance_is_ready_and_lists_each_check()
    {
        using var app = new AppFactory();
        var r = await app.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        Assert.Equal("ready", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(new Dictionary<string, string?> { ["database"] = "ok", ["storage"] = "ok", ["media tools"] = "ok", ["job storage"] = "ok" }, checks);
        // The storage probe leaves nothing behind.
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "media", "readyz")) && Directory.EnumerateFileSystemEntries(Path.Combine(app.DataDirectory, "media", "readyz")).Any());
    }

    [Fact]
    public async Task Missing_ffmpeg_makes_the_instance_unready_with_the_fix_in_the_message()
    {
        using var factory = new AppFactory();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Replace(ServiceDescriptor.Singleton(new ProcessRunner(new MediaTools(FFmpeg: "/nowhere/ffmpeg"))))));
        var r = await app.CreateClient().GetAsync("/readyz");

        var message = await r.AssertProblemAsync(503);
        Assert.Equal("ffmpeg (/nowhere/ffmpeg) cannot be found: install the Debian packages ffmpeg and espeak-ng, or set FFMPEG_PATH/ESPEAK_NG_PATH.", message);
    }

    [Fact]
    public async Task A_bucket_that_does_not_exist_makes_the_instance_unready()
    {
        var bucket = new TestBucket(); // never created
        var settings = bucket.Settings;
        using var app = AppFactory.With(settings);
        var r = await app.CreateClient().GetAsync("/readyz");

        var message = await r.AssertProblemAsync(503);
        Assert.StartsWith("Media storage cannot write, read and delete a file (", message);
        Assert.EndsWith("check the media folder's permissions, or S3_BUCKET, the credentials and the bucket policy.", message);
    }
}
