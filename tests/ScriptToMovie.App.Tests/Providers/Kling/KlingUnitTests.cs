using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.Fakes.Kling;

namespace ScriptToMovie.App.Tests.Providers.Kling;

public sealed class KlingTokenTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly KlingSettings Keys = new() { AccessKey = "ak-123", SecretKey = "sk-0123456789abcdef0123456789abcdef" };

    [Fact]
    public void The_token_names_the_access_key_and_lives_thirty_minutes_from_five_seconds_ago()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var jwt = new JsonWebToken(new KlingToken(Keys, new Clock(now)).Current());

        Assert.Equal("HS256", jwt.Alg);
        Assert.Equal("ak-123", jwt.Issuer);
        Assert.Equal(now.ToUnixTimeSeconds() + 1800, jwt.GetPayloadValue<long>("exp"));
        Assert.Equal(now.ToUnixTimeSeconds() - 5, jwt.GetPayloadValue<long>("nbf"));
        Assert.False(jwt.TryGetPayloadValue<long>("iat", out _));
    }

    [Fact]
    public void The_token_is_reused_and_signed_anew_before_it_expires()
    {
        var clock = new Clock(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        var tokens = new KlingToken(Keys, clock);
        var first = tokens.Current();

        clock.Now += TimeSpan.FromMinutes(10);
        Assert.Equal(first, tokens.Current());
        clock.Now += TimeSpan.FromMinutes(16);
        Assert.NotEqual(first, tokens.Current());
    }

    [Fact]
    public void A_static_api_key_is_sent_as_it_is()
    {
        var tokens = new KlingToken(Keys with { ApiToken = "static-key" }, TimeProvider.System);
        Assert.Equal("static-key", tokens.Current());
    }

    [Fact]
    public void Missing_keys_are_reported_in_words_the_operator_can_act_on()
    {
        var ex = Assert.Throws<ScriptToMovie.App.Providers.ClipFailedException>(() => new KlingToken(new KlingSettings(), TimeProvider.System).Current());
        Assert.Contains("KLING_API_KEY and KLING_SECRET_KEY", ex.Message);
    }
}

public sealed class KlingPromptTests
{
    [Fact]
    public void A_prompt_within_the_limit_is_sent_unchanged()
    {
        Assert.Equal("A cafe at dawn. Soft light.", KlingPrompt.Fit("  A cafe at dawn. Soft light. "));
    }

    [Fact]
    public void A_long_prompt_loses_whole_later_descriptions_and_keeps_the_action()
    {
        var action = "Alice waits alone at a corner table, glancing at the door.";
        var style = string.Join(" ", Enumerable.Range(1, 80).Select(i => $"Style detail number {i} is described here."));
        var fitted = KlingPrompt.Fit(action + "\n\n" + style);

        Assert.True(fitted.Length <= 2500);
        Assert.StartsWith(action, fitted);
        Assert.EndsWith("described here.", fitted);
        Assert.Contains("Style detail number 1 is", fitted);
        Assert.DoesNotContain("Style detail number 80", fitted);
    }

    [Fact]
    public void A_long_negative_prompt_keeps_whole_terms()
    {
        var negative = string.Join(", ", Enumerable.Range(1, 400).Select(i => $"artifact {i}"));
        var fitted = KlingPrompt.FitNegative(negative)!;

        Assert.True(fitted.Length <= 2500);
        Assert.Matches(@"artifact \d+$", fitted);
        Assert.Null(KlingPrompt.FitNegative("   "));
    }

    [Theory]
    [InlineData(3, "5")]
    [InlineData(5.4, "5")]
    [InlineData(6, "10")]
    [InlineData(14, "10")]
    public void A_scene_gets_the_shortest_kling_clip_that_covers_its_speech(double seconds, string expected)
    {
        Assert.Equal(expected, KlingDuration.For(seconds));
    }

    [Fact]
    public void The_price_table_follows_the_notes_and_takes_overrides()
    {
        Assert.Equal(5, KlingPriceTable.Default.Units("kling-v2-6", "std", "5"));
        Assert.Equal(5, KlingPriceTable.Default.Units("kling-v2-5-turbo", "pro", "10"));
        var custom = KlingPriceTable.Parse("kling-v2-6/std/5=2.5", 0.2);
        Assert.Equal(2.5, custom.Units("kling-v2-6", "std", "5"));
        Assert.Equal(0.5, custom.Usd(2.5));
        Assert.Throws<InvalidOperationException>(() => KlingPriceTable.Parse("kling-v2-6=3", 0.14));
    }
}

public sealed class KlingTaskParsingTests
{
    [Fact]
    public void A_succeeded_record_gives_its_video_link_and_the_units_charged()
    {
        var json = """
            {"task_id":"866889456698785798","task_status":"succeed","task_status_msg":"",
             "task_info":{"external_task_id":"text_probe_1"},
             "task_result":{"videos":[{"id":"v1","url":"https://cdn.example/v.mp4","duration":"5.1"}]},
             "final_unit_deduction":"2.5","created_at":1774711071284,"updated_at":1774711190000}
            """;
        var task = KlingTask.Parse(JsonDocument.Parse(json).RootElement);

        Assert.True(task.Succeeded);
        Assert.Equal(("866889456698785798", "text_probe_1", 2.5), (task.TaskId, task.ExternalTaskId, task.UnitsCharged!.Value));
        Assert.Equal(["https://cdn.example/v.mp4"], task.ResultUrls);
    }
}

public sealed class KlingImageClientTests
{
    [Fact]
    public async Task A_storyboard_frame_is_generated_by_kling_and_saved_as_a_picture()
    {
        await using var h = await KlingHarness.StartAsync();
        await using var scope = h.Services.CreateAsyncScope();
        var images = scope.ServiceProvider.GetRequiredService<KlingImageClient>();
        var path = Path.Combine(h.Folder, "frames", "scene-001.png");

        var result = await images.GenerateAsync("A cafe at dawn, wide shot", "blurry", "16:9", path);

        var task = Assert.Single(h.Kling.Tasks);
        Assert.Equal(("generations", "kling-v2-1", "16:9"), (task.Product, task.Model, task.AspectRatio));
        Assert.Equal(task.ExternalTaskId, result.ExternalTaskId);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await File.ReadAllBytesAsync(path)).Take(4));

        var again = await images.GenerateAsync("A cafe at dawn, wide shot", "blurry", "16:9", path, result.ExternalTaskId);
        Assert.Equal(result.TaskId, again.TaskId);
        Assert.Single(h.Kling.Tasks);
    }
}

public sealed class KlingPollTests
{
    [Fact]
    public void Polls_start_short_then_wait_a_tenth_of_the_time_so_far_up_to_the_longest_gap()
    {
        var settings = new KlingSettings { PollFirst = TimeSpan.FromSeconds(1), PollGrowth = 0.1, PollInterval = TimeSpan.FromSeconds(5) };

        Assert.Equal(TimeSpan.FromSeconds(1), settings.NextPoll(TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromSeconds(1), settings.NextPoll(TimeSpan.FromSeconds(9)));
        Assert.Equal(TimeSpan.FromSeconds(2), settings.NextPoll(TimeSpan.FromSeconds(20)));
        Assert.Equal(TimeSpan.FromSeconds(5), settings.NextPoll(TimeSpan.FromMinutes(3)));
        // A longest gap below the first one (the fast polls of tests) wins.
        Assert.Equal(TimeSpan.FromMilliseconds(50), (settings with { PollInterval = TimeSpan.FromMilliseconds(50) }).NextPoll(TimeSpan.Zero));
    }
}
