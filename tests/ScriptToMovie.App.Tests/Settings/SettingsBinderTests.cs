using Microsoft.Extensions.Configuration;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Steps.Clips;

namespace ScriptToMovie.App.Tests.Settings;

public class SettingsBinderTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void A_word_where_a_whole_number_belongs_is_refused_with_its_key_its_range_and_what_was_given()
    {
        var e = Assert.Throws<InvalidSettingsException>(() => PipelineSettings.From(Config(("VIDEO_CONCURRENCY", "abc"))));
        Assert.Equal(["VIDEO_CONCURRENCY must be a whole number from 1 to 16; got 'abc'."], e.Problems);
    }

    [Fact]
    public void Every_bad_key_of_every_area_is_listed_at_once()
    {
        var problems = SettingsCatalog.Problems(Config(
            ("VIDEO_CONCURRENCY", "abc"), ("KLING_POLL_SECONDS", "-1"), ("DEBUG", "maybe"), ("CLIP_ATTEMPTS", "0"), ("KLING_MODE", "turbo")), "Development");
        Assert.Equal(5, problems.Count);
        Assert.Contains("VIDEO_CONCURRENCY must be a whole number from 1 to 16; got 'abc'.", problems);
        Assert.Contains("KLING_POLL_SECONDS must be a number of seconds greater than 0 and at most 3600; got '-1'.", problems);
        Assert.Contains("DEBUG must be true or false; got 'maybe'.", problems);
        Assert.Contains("CLIP_ATTEMPTS must be a whole number from 1 to 20; got '0'.", problems);
        Assert.Contains("KLING_MODE must be one of std, pro; got 'turbo'.", problems);
    }

    [Fact]
    public void Unset_and_blank_keys_keep_the_defaults_an_empty_env_file_promises()
    {
        var pipeline = PipelineSettings.From(Config(("VIDEO_CONCURRENCY", ""), ("PIPELINE_LEASE_SECONDS", "  ")));
        Assert.Equal(2, pipeline.VideoConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(60), pipeline.Lease);
        Assert.Empty(SettingsCatalog.Problems(Config(), "Development"));
    }

    [Fact]
    public void Whole_numbers_and_lists_are_read_as_given()
    {
        var config = Config(("CLIP_ATTEMPTS", "5"), ("MAX_SCRIPT_BYTES", "123456"), ("ADMIN_EMAILS", "[\"a@x.org\", \"b@x.org\"]"), ("MOCK_VIDEO_FAIL_SCENES", "2, 5"));
        Assert.Equal(5, ClipSettings.From(config).Attempts);
        var app = AppSettings.From(config, "Development");
        Assert.Equal(123456, app.MaxScriptBytes);
        Assert.Equal(["a@x.org", "b@x.org"], app.AdminEmails);
        Assert.Equal([2, 5], ScriptToMovie.App.Providers.ProviderSettings.From(config).MockVideoFailScenes);
    }

    [Fact]
    public void Times_are_read_in_the_unit_their_key_names()
    {
        var clips = ClipSettings.From(Config(("CLIP_RETRY_DELAY_MS", "250")));
        var pipeline = PipelineSettings.From(Config(("RUN_SLOW_AFTER_MINUTES", "2"), ("PIPELINE_EVENTS_POLL_SECONDS", "0.25")));
        Assert.Equal(TimeSpan.FromMilliseconds(250), clips.RetryDelay);
        Assert.Equal(TimeSpan.FromMinutes(2), pipeline.SlowAfter);
        Assert.Equal(TimeSpan.FromMilliseconds(250), pipeline.EventsPoll);
    }

    [Fact]
    public void The_clips_and_kling_read_one_video_concurrency()
    {
        var config = Config(("VIDEO_CONCURRENCY", "5"));
        Assert.Equal(5, PipelineSettings.From(config).VideoConcurrency);
        Assert.Equal(5, KlingSettings.From(config).MaxInFlight);
    }

    [Fact]
    public void A_kling_choice_with_a_short_secret_is_refused_without_showing_the_secret()
    {
        var problems = SettingsCatalog.Problems(Config(("VIDEO_PROVIDER", "kling"), ("KLING_API_KEY", "ak"), ("KLING_SECRET_KEY", "s3cr3t!")), "Development");
        Assert.Equal([KlingToken.SecretTooShort], problems);
        Assert.DoesNotContain(problems, p => p.Contains("s3cr3t!"));
    }

    [Fact]
    public void Kling_pictures_without_keys_are_refused_but_keys_alone_choose_nothing()
    {
        Assert.Contains(SettingsCatalog.Problems(Config(("IMAGE_PROVIDER", "kling")), "Development"), p => p.StartsWith("IMAGE_PROVIDER is kling, but KLING_API_KEY"));
        Assert.Empty(SettingsCatalog.Problems(Config(("KLING_API_KEY", "ak"), ("KLING_SECRET_KEY", "short")), "Development"));
    }

    [Fact]
    public void A_provider_name_that_names_nothing_is_refused()
    {
        var problems = SettingsCatalog.Problems(Config(("VIDEO_PROVIDER", "klnig"), ("ANALYZER", "gpt")), "Development");
        Assert.Contains("VIDEO_PROVIDER must be one of animatic, mock, kling; got 'klnig'.", problems);
        Assert.Contains("ANALYZER must be rules or anthropic; got 'gpt'.", problems);
    }

    [Fact]
    public void A_bad_price_table_entry_is_a_problem_sentence()
    {
        var problems = SettingsCatalog.Problems(Config(("KLING_PRICE_TABLE", "kling-v2-6=3")), "Development");
        Assert.Single(problems);
        Assert.Contains("KLING_PRICE_TABLE entry 'kling-v2-6=3'", problems[0]);
    }
}
