using ScriptToMovie.App.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Steps.Storyboard;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Steps.Clips;

public class ClipsStepTests
{
    [Fact]
    public async Task Mock_failing_scenes_fail_with_a_message_the_others_complete_and_a_user_retry_succeeds()
    {
        await using var h = await StepHarness.CreateAsync(new Dictionary<string, string?>
        {
            ["MOCK_VIDEO"] = "true",
            ["MOCK_VIDEO_FAIL_SCENES"] = "2",
        });
        var scenes = await h.ScenesAsync();

        var context = await h.RunAsync<ClipsStep>();

        var rows = await h.Db.GeneratedVideos.ToDictionaryAsync(v => v.SceneId);
        var failed = rows[scenes[1].Id];
        Assert.Equal("failed", failed.Status);
        Assert.Contains("scene 2", failed.ErrorMessage);
        Assert.Equal(3, failed.Attempt);
        foreach (var ok in new[] { rows[scenes[0].Id], rows[scenes[2].Id] })
        {
            Assert.Equal("completed", ok.Status);
            Assert.Equal("mock", ok.Provider);
            // These scenes have no duration and no voices: the shortest scene.
            Assert.Equal(3.0, ok.Duration!.Value, 0.05);
            Assert.True(await h.Storage.ExistsAsync(ok.StorageKey!));
        }
        Assert.Contains("1 of 3 scenes failed to generate. You can retry failed scenes or continue with the completed clips.", context.Notes);

        await h.RunAsync<ClipsStep>(onlyScenes: new HashSet<int> { scenes[1].Id }, userRetry: true);

        var retried = await h.Db.GeneratedVideos.SingleAsync(v => v.SceneId == scenes[1].Id);
        Assert.Equal("completed", retried.Status);
        Assert.Null(retried.ErrorMessage);
        Assert.Equal(3, await h.Db.GeneratedVideos.CountAsync());
    }

    [Fact]
    public async Task An_animatic_clip_lasts_the_scenes_measured_duration_the_voices_plus_a_breath_with_one_h264_and_one_aac_stream()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<StoryboardStep>();
        await h.RunAsync<VoicesStep>();
        await h.RunAsync<ClipsStep>();

        var scenes = await h.ScenesAsync();
        var lighthouse = await h.Db.GeneratedVideos.SingleAsync(v => v.SceneId == scenes[1].Id);
        var speech = (await h.Db.SceneAudio.SingleAsync(a => a.SceneId == scenes[1].Id)).Duration;
        Assert.Equal("animatic", lighthouse.Provider);
        // The voices step wrote the measured duration (whole seconds, a breath after the last line) on the scene.
        var measured = scenes[1].Duration!.Value;
        Assert.InRange(measured, speech + 0.8, speech + 1.8);
        Assert.Equal(measured, lighthouse.Duration!.Value, 0.05);

        var info = await new Probe(h.Runner).ReadAsync(await h.LocalPathAsync(lighthouse.StorageKey!));
        Assert.Equal(["h264", "aac"], info.Streams.Select(s => s.CodecName));
        Assert.Equal((1280, 720), (info.Width, info.Height));

        var silent = await h.Db.GeneratedVideos.SingleAsync(v => v.SceneId == scenes[2].Id);
        Assert.Equal(scenes[2].Duration!.Value, silent.Duration!.Value, 0.05);
    }

    [Fact]
    public async Task Completed_clips_are_not_made_again()
    {
        await using var h = await StepHarness.CreateAsync(new Dictionary<string, string?> { ["MOCK_VIDEO"] = "true" });
        await h.RunAsync<ClipsStep>();
        var before = await h.Db.GeneratedVideos.Select(v => new { v.Id, v.Attempt, v.UpdatedAt }).ToListAsync();

        await h.RunAsync<ClipsStep>();

        Assert.Equal(before, await h.Db.GeneratedVideos.Select(v => new { v.Id, v.Attempt, v.UpdatedAt }).ToListAsync());
    }

    [Fact]
    public async Task After_a_characters_voice_changes_only_the_scenes_they_speak_in_are_voiced_and_clipped_again()
    {
        await using var h = await StepHarness.CreateAsync(new Dictionary<string, string?> { ["MOCK_VIDEO"] = "true" });
        await h.RunAsync<VoicesStep>();
        await h.RunAsync<ClipsStep>();
        var scenes = await h.ScenesAsync();
        var audioBefore = await h.Db.SceneAudio.ToDictionaryAsync(a => a.SceneId, a => a.TimingsJson);
        var attemptsBefore = await h.Db.GeneratedVideos.ToDictionaryAsync(v => v.SceneId, v => v.Attempt);

        var tom = await h.Db.Characters.FirstAsync(c => c.Name == "TOM");
        tom.Voice = "espeak:en-us+m7:p10:s120";
        await h.Db.SaveChangesAsync();
        h.Db.ChangeTracker.Clear();
        await h.RunAsync<VoicesStep>();
        await h.RunAsync<ClipsStep>();

        var audioAfter = await h.Db.SceneAudio.ToDictionaryAsync(a => a.SceneId, a => a.TimingsJson);
        var attemptsAfter = await h.Db.GeneratedVideos.ToDictionaryAsync(v => v.SceneId, v => v.Attempt);
        Assert.Equal(audioBefore[scenes[0].Id], audioAfter[scenes[0].Id]);
        Assert.Equal("espeak:en-us+m7:p10:s120", LineTimingJson.Read(audioAfter[scenes[1].Id]).First(l => l.Speaker == "TOM").Voice);
        Assert.Equal(attemptsBefore[scenes[0].Id], attemptsAfter[scenes[0].Id]);
        Assert.Equal(attemptsBefore[scenes[1].Id] + 1, attemptsAfter[scenes[1].Id]);
        Assert.Equal(attemptsBefore[scenes[2].Id], attemptsAfter[scenes[2].Id]);
    }

    [Theory]
    [InlineData(null, null, null, "animatic")]
    [InlineData("true", null, null, "mock")]
    [InlineData("false", "key", null, "kling")]
    [InlineData(null, "key", null, "animatic")]
    [InlineData("false", null, null, "animatic")]
    [InlineData("true", "key", "kling", "kling")]
    public void The_provider_is_kling_only_when_asked_for_explicitly(string? mockVideo, string? klingKey, string? videoProvider, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MOCK_VIDEO"] = mockVideo, ["KLING_API_KEY"] = klingKey, ["VIDEO_PROVIDER"] = videoProvider,
        }).Build();
        Assert.Equal(expected, ProviderSettings.From(configuration).Video);
    }
}
