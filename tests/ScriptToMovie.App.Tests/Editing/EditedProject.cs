using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Editing;

/// <summary>What the editing tests read back: scenes by number, each scene's clip file and its hash, the movie's chapters.</summary>
public sealed class EditedProject(AppFactory app, HttpClient client, int id)
{
    public int Id => id;
    public HttpClient Client => client;

    public const string SixScenes = """
        INT. COFFEE SHOP - MORNING

        ALICE sits alone at a table by the window.

        ALICE
        I have been waiting for hours.

        EXT. STREET - MORNING

        BOB runs past a bakery, coat flapping.

        BOB
        Late again. Of course.

        INT. COFFEE SHOP - MORNING

        BOB bursts in, out of breath.

        BOB
        Sorry I am late. Traffic was terrible.

        INT. COFFEE SHOP - LATER

        They share a croissant in silence.

        ALICE
        You could have called.

        EXT. PARK - DAY

        ALICE and BOB walk under the trees.

        BOB
        Next time I will bring flowers.

        INT. ALICE'S FLAT - NIGHT

        ALICE smiles at her phone.

        ALICE
        Next time, then.
        """;

    public static async Task<EditedProject> MadeAsync(AppFactory app, string script, string title = "Editing")
    {
        var client = await app.SignedInClientAsync();
        var id = await client.CreateProjectAsync(title, script);
        await client.StartAsync($"/api/workflow/{id}/start");
        var status = await client.WaitForRunAsync(id, TimeSpan.FromSeconds(240));
        // A run of some steps ends well as "draft" when later steps are still to be made (the status describes the
        // whole pipeline), and as "completed" when the movie is whole again.
        Assert.Contains(status.GetProperty("status").GetString(), new[] { "completed", "draft" });
        Assert.DoesNotContain(status.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("steps").EnumerateArray()),
            s => s.GetProperty("status").GetString() == "failed");
        return new EditedProject(app, client, id);
    }

    public async Task<JsonElement> SceneAsync(int number) =>
        (await client.GetJsonAsync($"/api/projects/{id}/scenes")).EnumerateArray().Single(s => s.GetProperty("sceneNumber").GetInt32() == number);

    public async Task<int> SceneIdAsync(int number) => (await SceneAsync(number)).GetProperty("id").GetInt32();

    public async Task<string[]> StaleAsync(int number) =>
        (await SceneAsync(number)).GetProperty("stale").EnumerateArray().Select(s => s.GetString()!).ToArray();

    /// <summary>Scene id to the storage key of the clip the movie uses and the SHA-256 of that file.</summary>
    public async Task<Dictionary<int, (string Key, string Hash)>> ClipsAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var storage = scope.ServiceProvider.GetRequiredService<IMediaStorage>();
        var rows = (await db.GeneratedVideos.AsNoTracking().Where(v => v.ProjectId == id).ToListAsync())
            .GroupBy(v => v.SceneId).Select(g => g.MaxBy(v => v.Id)!).ToList();
        var result = new Dictionary<int, (string, string)>();
        foreach (var r in rows)
        {
            Assert.Equal("completed", r.Status);
            var bytes = await File.ReadAllBytesAsync(await storage.GetLocalPathAsync(r.StorageKey!));
            result[r.SceneId] = (r.StorageKey!, Convert.ToHexString(SHA256.HashData(bytes)));
        }
        return result;
    }

    /// <summary>The movie's chapters as the manifest lists them: scene id, start, end.</summary>
    public async Task<List<(int SceneId, double Start, double End)>> ChaptersAsync()
    {
        var movie = await client.GetJsonAsync($"/api/projects/{id}/movie");
        var manifest = await client.GetJsonAsync(movie.GetProperty("manifestUrl").GetString()!);
        return manifest.GetProperty("scenes").EnumerateArray()
            .Select(s => (s.GetProperty("sceneId").GetInt32(), s.GetProperty("start").GetDouble(), s.GetProperty("end").GetDouble())).ToList();
    }

    public async Task<string> SubtitlesAsync()
    {
        var movie = await client.GetJsonAsync($"/api/projects/{id}/movie");
        return await client.GetStringAsync(movie.GetProperty("srtUrl").GetString()!);
    }

    public async Task RunAsync(string url, object? body = null)
    {
        await client.StartAsync(url, body);
        var status = await client.WaitForRunAsync(id, TimeSpan.FromSeconds(240));
        // A run of some steps ends well as "draft" when later steps are still to be made (the status describes the
        // whole pipeline), and as "completed" when the movie is whole again.
        Assert.Contains(status.GetProperty("status").GetString(), new[] { "completed", "draft" });
        Assert.DoesNotContain(status.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("steps").EnumerateArray()),
            s => s.GetProperty("status").GetString() == "failed");
    }
}
