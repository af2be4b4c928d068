using System.Globalization;
using System.Text;
using CliWrap;
using CliWrap.Buffered;
using Microsoft.Data.Sqlite;
using ScriptToMovie.Fakes.Kling;
using Xunit.Abstractions;

namespace ScriptToMovie.App.Tests.Cli;

/// <summary>
/// ./s2m render --video kling --images kling of a public screenplay no Kling test was written from (Brick &amp; Steel),
/// against the fake: every recurring character gets one element, and every clip and picture of a scene they appear in
/// names it. The figures are in docs/quality.md.
/// </summary>
public class RenderWithKlingElementsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Rendering_a_held_out_screenplay_sends_each_recurring_characters_element_in_every_clip_they_appear_in()
    {
        await using var kling = await FakeKlingServer.StartAsync(new FakeKlingOptions());
        var folder = Directory.CreateTempSubdirectory("s2m-render-elements-").FullName;
        var script = Path.Combine(folder, "brick.fountain");
        File.Copy(Path.Combine(SharedScreenplays(), "Brick-and-Steel.fountain"), script);
        var data = Path.Combine(folder, "data");

        using var deadline = TestTime.Deadline(420);
        var result = await CliWrap.Cli.Wrap("dotnet")
            .WithArguments([AppCommand.AppDll, "render", script, "-o", Path.Combine(folder, "brick.mp4"), "--video", "kling", "--images", "kling", "--data", data])
            .WithWorkingDirectory(folder)
            .WithEnvironmentVariables(e => e
                .Set("DATABASE_URL", null).Set("MOCK_VIDEO", null).Set("MOCK_VIDEO_FAIL_SCENES", null)
                .Set("KLING_MODEL", "kling-v3").Set("KLING_IMAGE_MODEL", "kling-v3")
                .Set("KLING_BASE_URL", kling.BaseUrl).Set("KLING_API_KEY", kling.Options.AccessKey).Set("KLING_SECRET_KEY", kling.Options.SecretKey)
                .Set("KLING_POLL_SECONDS", "0.1").Set("KLING_RETRY_DELAY_SECONDS", "0.01"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync(Encoding.UTF8, deadline.Token);
        Assert.True(result.ExitCode == 0, $"render exited {result.ExitCode}:\n{result.StandardOutput}\n{result.StandardError}");

        // Who appears where, and which Kling task made each scene's clip and picture.
        var present = Rows(data, "SELECT s.sceneNumber, c.id, c.name FROM sceneCharacters sc JOIN scenes s ON s.id = sc.sceneId JOIN characters c ON c.id = sc.characterId")
            .Select(r => (Scene: Convert.ToInt32(r[0], CultureInfo.InvariantCulture), Id: Convert.ToInt32(r[1], CultureInfo.InvariantCulture), Name: (string)r[2])).Distinct().ToList();
        var clips = Rows(data, "SELECT s.sceneNumber, v.providerTaskId FROM generatedVideos v JOIN scenes s ON s.id = v.sceneId WHERE v.status = 'completed'")
            .ToDictionary(r => Convert.ToInt32(r[0], CultureInfo.InvariantCulture), r => kling.ClipTasks.Single(t => t.TaskId == (string)r[1]));
        var pictures = Rows(data, "SELECT s.sceneNumber, i.providerTaskId FROM storyboardImages i JOIN scenes s ON s.id = i.sceneId WHERE i.status = 'completed' AND i.provider = 'kling'")
            .ToDictionary(r => Convert.ToInt32(r[0], CultureInfo.InvariantCulture), r => kling.Tasks.Single(t => t.TaskId == (string)r[1]));
        // The element name ends "#<character id>.".
        var elementOf = kling.ElementTasks.ToDictionary(t => int.Parse(t.ElementName![(t.ElementName!.LastIndexOf('#') + 1)..^1], CultureInfo.InvariantCulture), t => t.ElementId!);

        var scenes = present.Select(p => p.Scene).Distinct().Count();
        output.WriteLine($"{clips.Count} clips, {pictures.Count} Kling pictures, {elementOf.Count} elements for {present.Select(p => p.Id).Distinct().Count()} characters in {scenes} scenes with characters");
        Assert.Equal(present.Select(p => p.Id).Distinct().Order(), elementOf.Keys.Order());
        Assert.All(kling.CreatesPerExternalId.Values, creates => Assert.Equal(1, creates));
        var recurring = present.GroupBy(p => p.Id).Where(g => g.Count() >= 2).ToList();
        Assert.True(recurring.Count >= 2, "Brick & Steel has recurring characters");
        foreach (var character in recurring)
        {
            var inClips = character.Count(p => clips[p.Scene].ElementIds.Contains(elementOf[p.Id]));
            var inPictures = character.Count(p => pictures[p.Scene].ElementIds.Contains(elementOf[p.Id]));
            output.WriteLine($"{character.First().Name}: in {character.Count()} scenes; element sent in {inClips} clips and {inPictures} pictures");
            Assert.Equal(character.Count(), inClips);
            Assert.Equal(character.Count(), inPictures);
        }
        foreach (var (scene, clip) in clips.OrderBy(c => c.Key))
            output.WriteLine($"scene {scene}: {clip.Product} {clip.Model}, {clip.ElementIds.Count} elements, {present.Count(p => p.Scene == scene)} characters present");
        output.WriteLine($"charged: {kling.Tasks.Where(t => t.IsVideo).Sum(t => t.Units)} video units, {kling.Tasks.Where(t => !t.IsVideo).Sum(t => t.Units)} image units; ledger rows {Rows(data, "SELECT id FROM costLedger").Count} for {kling.Tasks.Count(t => t.StatusAt(DateTimeOffset.UtcNow) == "succeed")} tasks");
        Assert.Equal(kling.Tasks.Count(t => t.StatusAt(DateTimeOffset.UtcNow) == "succeed"), Rows(data, "SELECT id FROM costLedger").Count);
    }

    private static List<object[]> Rows(string data, string sql)
    {
        using var c = new SqliteConnection($"Data Source={Path.Combine(data, "script_to_movie.db")};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object[]>();
        while (r.Read())
        {
            var row = new object[r.FieldCount];
            r.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    private static string SharedScreenplays()
    {
        if (Environment.GetEnvironmentVariable("S2M_SHARED_DIR") is { Length: > 0 } named && Directory.Exists(Path.Combine(named, "screenplays")))
            return Path.Combine(named, "screenplays");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "screenplays"))) return Path.Combine(dir.FullName, "shared", "screenplays");
        throw new DirectoryNotFoundException("shared/screenplays was not found; set S2M_SHARED_DIR.");
    }
}
