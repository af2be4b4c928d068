using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Providers.Kling;

public sealed class QuoteEndpointTests
{
    [Fact]
    public async Task The_owner_sees_the_price_of_each_scene_still_to_make_and_every_charge_so_far()
    {
        using var app = new AppFactory();
        app.Settings["KLING_MODEL"] = "kling-v2-5-turbo";
        app.Settings["KLING_MODE"] = "std";
        var client = await app.SignedInClientAsync();
        var projectId = await client.CreateProjectAsync();
        int doneScene;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            db.Scenes.RemoveRange(db.Scenes.Where(s => s.ProjectId == projectId));
            var scenes = new[] { 4, 9, 3 }.Select((d, i) => new Scene { ProjectId = projectId, SceneNumber = i + 1, Order = i + 1, Heading = $"INT. ROOM {i + 1}", Duration = d }).ToList();
            db.Scenes.AddRange(scenes);
            await db.SaveChangesAsync();
            doneScene = scenes[2].Id;
            db.GeneratedVideos.Add(new GeneratedVideo { ProjectId = projectId, SceneId = doneScene, Provider = "kling", Status = "completed" });
            db.CostLedger.Add(new CostLedgerEntry { ProjectId = projectId, SceneId = doneScene, Provider = "kling", ProviderTaskId = "1", Units = 1.5, Usd = 0.21 });
            await db.SaveChangesAsync();
        }

        var quote = await client.GetJsonAsync($"/api/projects/{projectId}/quote");

        Assert.Equal("kling", quote.GetProperty("provider").GetString());
        Assert.Equal("USD", quote.GetProperty("currency").GetString());
        var scenesQuoted = quote.GetProperty("scenes").EnumerateArray().ToList();
        Assert.Equal([1, 2], scenesQuoted.Select(s => s.GetProperty("sceneNumber").GetInt32()));
        Assert.Equal([1.5, 3.0], scenesQuoted.Select(s => s.GetProperty("units").GetDouble()));
        Assert.Equal(4.5, quote.GetProperty("totalUnits").GetDouble());
        Assert.Equal(0.63, quote.GetProperty("totalUsd").GetDouble(), 2);
        Assert.Equal(0.21, quote.GetProperty("spentUsd").GetDouble(), 2);
        Assert.DoesNotContain(scenesQuoted, s => s.GetProperty("sceneId").GetInt32() == doneScene);

        var ledger = await client.GetJsonAsync($"/api/projects/{projectId}/ledger");
        var charge = Assert.Single(ledger.GetProperty("entries").EnumerateArray());
        Assert.Equal((3, "clip", "kling", 1.5), (charge.GetProperty("sceneNumber").GetInt32(), charge.GetProperty("kind").GetString(),
            charge.GetProperty("provider").GetString(), charge.GetProperty("units").GetDouble()));
        Assert.Equal(0.21, ledger.GetProperty("totalUsd").GetDouble(), 2);

        var stranger = await app.SignedInClientAsync();
        await (await stranger.GetAsync($"/api/projects/{projectId}/quote")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task With_kling_pictures_the_quote_adds_each_picture_still_to_make()
    {
        using var app = new AppFactory();
        app.Settings["KLING_MODEL"] = "kling-v2-5-turbo";
        app.Settings["IMAGE_PROVIDER"] = "kling";
        app.Settings["KLING_API_TOKEN"] = "a-token-the-quote-never-sends";
        app.Settings["KLING_IMAGE_UNITS"] = "10";
        app.Settings["KLING_IMAGE_USD_PER_UNIT"] = "0.01";
        var client = await app.SignedInClientAsync();
        var projectId = await client.CreateProjectAsync();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            db.Scenes.RemoveRange(db.Scenes.Where(s => s.ProjectId == projectId));
            var scenes = new[] { 4, 4 }.Select((d, i) => new Scene { ProjectId = projectId, SceneNumber = i + 1, Order = i + 1, Heading = $"INT. ROOM {i + 1}", Duration = d }).ToList();
            db.Scenes.AddRange(scenes);
            await db.SaveChangesAsync();
            db.StoryboardImages.Add(new StoryboardImage { ProjectId = projectId, SceneId = scenes[0].Id, Kind = "scene", Provider = "kling", Status = "completed" });
            await db.SaveChangesAsync();
        }

        var quote = await client.GetJsonAsync($"/api/projects/{projectId}/quote");

        Assert.Equal("kling", quote.GetProperty("imageProvider").GetString());
        var scenesQuoted = quote.GetProperty("scenes").EnumerateArray().ToList();
        // Scene 1 has its Kling picture: only its clip (1.5 units × $0.14). Scene 2 also pays 10 image units × $0.01.
        Assert.Equal([0.0, 0.1], scenesQuoted.Select(s => s.GetProperty("frameUsd").GetDouble()));
        Assert.Equal([0.21, 0.31], scenesQuoted.Select(s => Math.Round(s.GetProperty("usd").GetDouble(), 2)));
        Assert.Equal(0.1, quote.GetProperty("framesUsd").GetDouble(), 2);
        Assert.Equal(0.52, quote.GetProperty("totalUsd").GetDouble(), 2);
    }
}
