using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Providers.Kling;

public sealed class KlingProviderTests
{
    [Fact]
    public async Task A_scene_with_a_frame_gets_its_clip_from_exactly_one_successful_image_to_video_task()
    {
        await using var h = await KlingHarness.StartAsync();
        await h.SeedProjectAsync([4]);

        var outcome = await h.GenerateAsync(1, seconds: 4);

        Assert.True(outcome.Completed, outcome.Failure?.Message);
        var task = Assert.Single(h.Kling.Tasks);
        Assert.Equal("image2video", task.Product);
        Assert.Equal("5", task.Duration);
        Assert.Equal("kling-v2-6", task.Model);
        Assert.Equal("std", task.Mode);
        Assert.Equal(task.TaskId, outcome.Row.ProviderTaskId);
        Assert.Equal(task.ExternalTaskId, outcome.Row.ExternalTaskId);
        Assert.Equal("kling", outcome.Row.Provider);
        Assert.Equal(1, outcome.Row.Attempt);
        Assert.Equal(task.Units, outcome.Row.CostUnits);

        var clip = await h.ProbeAsync(outcome.OutputPath);
        Assert.Equal((KlingHarness.Width, KlingHarness.Height), (clip.Width, clip.Height));
        Assert.InRange(clip.Duration.TotalSeconds, 3.95, 4.1);
        Assert.Equal("aac", clip.Audio!.CodecName);

        var entry = Assert.Single(await h.LedgerAsync());
        Assert.Equal((task.TaskId, task.Units, h.RunId), (entry.ProviderTaskId, entry.Units, entry.RunId));
        Assert.Equal(task.Units * 0.14, entry.Usd, 4);
    }

    [Fact]
    public async Task A_scene_without_a_frame_is_made_from_text_in_the_movies_aspect_and_long_speech_holds_the_last_frame()
    {
        await using var h = await KlingHarness.StartAsync();
        await h.SeedProjectAsync([12]);

        var outcome = await h.GenerateAsync(1, seconds: 12, withFrame: false);

        Assert.True(outcome.Completed, outcome.Failure?.Message);
        var task = Assert.Single(h.Kling.Tasks);
        Assert.Equal(("text2video", "10", "16:9"), (task.Product, task.Duration, task.AspectRatio));
        // Kling's clip lasts 10.04 s; the scene speaks for 12 s, so the last frame is held to the end.
        var clip = await h.ProbeAsync(outcome.OutputPath);
        Assert.InRange(clip.Duration.TotalSeconds, 11.95, 12.1);
    }

    [Fact]
    public async Task A_worker_killed_while_its_task_runs_resumes_by_polling_with_no_new_create()
    {
        await using var h = await KlingHarness.StartAsync(new FakeKlingOptions { ProcessingFor = TestTime.Seconds(1.5) });
        await h.SeedProjectAsync([4]);

        using var kill = new CancellationTokenSource();
        var killed = h.GenerateAsync(1, ct: kill.Token);
        await TestTime.UntilAsync(() => h.Kling.Tasks.Count > 0, 60, () => "the task on Kling");
        kill.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed);

        var stored = await h.RowAsync(1);
        Assert.NotNull(stored.ExternalTaskId);
        var resumed = await h.GenerateAsync(1);

        Assert.True(resumed.Completed, resumed.Failure?.Message);
        Assert.Single(h.Kling.Tasks);
        Assert.Equal(1, h.Kling.CreatesPerExternalId[stored.ExternalTaskId!]);
        Assert.Equal(h.Kling.Tasks[0].TaskId, resumed.Row.ProviderTaskId);
        Assert.Single(await h.LedgerAsync());
    }

    [Fact]
    public async Task A_row_holding_only_the_external_id_of_a_create_whose_reply_was_lost_finds_that_task_instead_of_paying_again()
    {
        await using var h = await KlingHarness.StartAsync();
        await h.SeedProjectAsync([4]);
        // The worker stored the id, sent the create and died before reading the reply.
        const string external = "s2m-sent-before-the-crash";
        using (var http = new HttpClient())
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", h.Kling.Options.ApiKey);
            (await http.PostAsJsonAsync($"{h.Kling.BaseUrl}/v1/videos/image2video", new
            {
                model_name = "kling-v2-6", image = Convert.ToBase64String(new byte[64]), prompt = "a cafe", duration = "5", external_task_id = external,
            })).EnsureSuccessStatusCode();
        }
        await using (var scope = h.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ScriptToMovie.App.Data.AppDb>();
            db.GeneratedVideos.Add(new() { ProjectId = h.ProjectId, SceneId = h.SceneIds[0], Provider = "kling", ExternalTaskId = external, Attempt = 1, Status = "generating" });
            await db.SaveChangesAsync();
        }

        var outcome = await h.GenerateAsync(1);

        Assert.True(outcome.Completed, outcome.Failure?.Message);
        Assert.Single(h.Kling.Tasks);
        Assert.Equal(h.Kling.Tasks[0].TaskId, outcome.Row.ProviderTaskId);
    }

    [Fact]
    public async Task Every_create_reply_lost_still_ends_with_one_task_per_scene_found_by_its_external_id()
    {
        await using var h = await KlingHarness.StartAsync(new FakeKlingOptions { LostResponseRate = 1 });
        await h.SeedProjectAsync([4, 4]);

        var outcomes = await Task.WhenAll(h.GenerateAsync(1), h.GenerateAsync(2));

        Assert.All(outcomes, o => Assert.True(o.Completed, o.Failure?.Message));
        Assert.Equal(2, h.Kling.DroppedReplies);
        Assert.Equal(2, h.Kling.Tasks.Count);
        Assert.All(h.Kling.CreatesPerExternalId.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task A_task_refused_by_content_safety_fails_the_scene_with_klings_reason_and_is_not_charged()
    {
        await using var h = await KlingHarness.StartAsync();
        await h.SeedProjectAsync([4]);

        var outcome = await h.GenerateAsync(1, prompt: "A forbidden scene [fail]");

        Assert.False(outcome.Completed);
        Assert.False(outcome.Failure!.Transient);
        Assert.Equal("Kling could not make the clip for scene 1: Failure to pass the risk control system.", outcome.Row.ErrorMessage);
        Assert.Empty(await h.LedgerAsync());
    }

    [Fact]
    public async Task A_failed_task_is_not_created_again_by_a_resume_but_a_user_retry_makes_a_new_one()
    {
        await using var h = await KlingHarness.StartAsync();
        await h.SeedProjectAsync([4]);
        await h.GenerateAsync(1, prompt: "A forbidden scene [fail]");

        var resumed = await h.GenerateAsync(1, prompt: "A calm scene");
        Assert.False(resumed.Completed);
        Assert.Single(h.Kling.Tasks);

        var retried = await h.GenerateAsync(1, prompt: "A calm scene", userRetry: true);
        Assert.True(retried.Completed, retried.Failure?.Message);
        Assert.Equal(2, h.Kling.Tasks.Count);
        Assert.Equal(3, retried.Row.Attempt);
        Assert.NotEqual(h.Kling.Tasks[0].ExternalTaskId, retried.Row.ExternalTaskId);
    }

    [Fact]
    public async Task Wrong_credentials_fail_at_once_after_one_re_signed_attempt()
    {
        await using var h = await KlingHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["KLING_SECRET_KEY"] = "a-secret-key-that-kling-never-issued-to-us",
        });
        await h.SeedProjectAsync([4]);

        var outcome = await h.GenerateAsync(1);

        Assert.False(outcome.Failure!.Transient);
        Assert.StartsWith("Kling did not accept our credentials", outcome.Failure.Message);
        Assert.Contains("KLING_SECRET_KEY", outcome.Failure.Message);
        Assert.Equal(2, h.Kling.Requests);
        Assert.Empty(h.Kling.Tasks);
    }

    [Fact]
    public async Task An_empty_resource_pack_fails_the_scene_saying_units_are_needed()
    {
        await using var h = await KlingHarness.StartAsync(new FakeKlingOptions { BalanceUnits = 0 });
        await h.SeedProjectAsync([4]);

        var outcome = await h.GenerateAsync(1);

        Assert.Equal("The Kling account has no video units left; buy or renew a resource pack and try again.", outcome.Failure!.Message);
        Assert.False(outcome.Failure.Transient);
        Assert.Empty(h.Kling.Tasks);
    }

    [Fact]
    public async Task A_discontinued_model_is_refused_with_klings_own_words()
    {
        await using var h = await KlingHarness.StartAsync(settings: new Dictionary<string, string?> { ["KLING_MODEL"] = "kling-v1" });
        await h.SeedProjectAsync([4]);

        var outcome = await h.GenerateAsync(1);

        Assert.Equal("Kling refused the request for scene 1: The model 'kling-v1' has been discontinued and is no longer available.", outcome.Failure!.Message);
        Assert.False(outcome.Failure.Transient);
    }

    [Fact]
    public async Task A_kling_outage_opens_the_breaker_and_the_user_reads_the_saved_project_message()
    {
        await using var h = await KlingHarness.StartAsync(
            new FakeKlingOptions { FaultRate = 1 },
            new Dictionary<string, string?> { ["KLING_BREAKER_MINIMUM_CALLS"] = "3", ["KLING_BREAKER_PAUSE_SECONDS"] = TestTime.SettingSeconds(30) });
        await h.SeedProjectAsync([4, 4]);

        var first = await h.GenerateAsync(1);
        var requestsAfterFirst = h.Kling.Requests;
        var second = await h.GenerateAsync(2);

        // The first scene spends its retries while the breaker counts the failures.
        Assert.True(first.Failure!.Transient);
        Assert.EndsWith("Your project has been saved — try again in a few minutes.", first.Failure.Message);
        Assert.Equal("Video generation is temporarily unavailable. Your project has been saved — try again in a few minutes.", second.Failure!.Message);
        Assert.True(second.Failure.Transient);
        // The open breaker answers at once: the second scene does not hammer the failing service.
        Assert.Equal(requestsAfterFirst, h.Kling.Requests);
    }

    [Fact]
    public async Task A_result_link_that_has_expired_fails_the_scene_with_a_reason_instead_of_a_broken_clip()
    {
        await using var h = await KlingHarness.StartAsync(new FakeKlingOptions { ResultUrlLifetime = TimeSpan.Zero });
        await h.SeedProjectAsync([4]);

        var outcome = await h.GenerateAsync(1);

        Assert.False(outcome.Completed);
        Assert.Equal("The clip Kling made for scene 1 can no longer be downloaded (Kling keeps results for 30 days); retry the scene to make a new one.", outcome.Failure!.Message);
        Assert.False(File.Exists(outcome.OutputPath));
        // Kling charged for the clip it made: the ledger says so, once, although it could not be fetched.
        var charge = Assert.Single(await h.LedgerAsync());
        Assert.Equal(h.Kling.ChargedUnits, charge.Units);

        // A user retry makes a new clip (this fake's links all expire at once), and that charge is ledgered too.
        var retried = await h.GenerateAsync(1, userRetry: true);
        Assert.False(retried.Completed);
        Assert.Equal(2, h.Kling.Tasks.Count);
        Assert.Equal(h.Kling.ChargedUnits, (await h.LedgerAsync()).Sum(e => e.Units));
    }
}
