using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers.Anthropic;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.App.Tests.Steps.Parse;
using ScriptToMovie.Fakes.Anthropic;

namespace ScriptToMovie.App.Tests.Providers.Anthropic;

/// <summary>The parse step with ANALYZER=anthropic, the real SDK talking to the fake Messages API.</summary>
public sealed class ClaudeAnalyzerTests : IAsyncLifetime
{
    private FakeAnthropicServer _claude = null!;

    public async Task InitializeAsync() => _claude = await FakeAnthropicServer.StartAsync();
    public async Task DisposeAsync() => await _claude.DisposeAsync();

    private Task<ParseHarness> HarnessAsync(int batchScenes = 12, string? analyzer = "anthropic") => ParseHarness.CreateAsync(new Dictionary<string, string?>
    {
        ["ANALYZER"] = analyzer,
        ["ANTHROPIC_API_KEY"] = FakeAnthropicServer.ApiKey,
        ["ANTHROPIC_BASE_URL"] = _claude.BaseUrl,
        ["ANTHROPIC_RETRY_BASE_MS"] = "1",
        ["ANTHROPIC_BATCH_SCENES"] = batchScenes.ToString(),
    });

    [Fact]
    public async Task Well_formed_answers_become_the_stored_descriptions()
    {
        await using var h = await HarnessAsync();
        var id = await h.AddProjectAsync(Samples.CoffeeShop);
        await h.RunAsync(id);

        var scene = Assert.Single(await h.ScenesAsync(id));
        Assert.StartsWith("Fake description for sceneNumber 1", scene.Description);
        Assert.StartsWith("Fake title", scene.Title);
        // Structure stays the parser's: dialogue, duration and cast don't come from the model.
        Assert.Equal("ALICE: I have been waiting for hours.\nBOB: Sorry I am late. Traffic was terrible.", scene.Dialogue);
        Assert.Equal(2, (await h.CastOfAsync(scene.Id)).Count);
        Assert.All(await h.CharactersAsync(id), c => Assert.StartsWith($"Fake visualDescription for name {c.Name}", c.VisualDescription));
        Assert.StartsWith("Fake visualDescription for name COFFEE SHOP", Assert.Single(await h.SettingsAsync(id)).VisualDescription);
        Assert.Empty(h.Notes);

        var request = Assert.Single(_claude.Requests);
        Assert.Equal(AnthropicSettings.DefaultModel, (string?)request["model"]);
        Assert.Equal("tool", (string?)request["tool_choice"]!["type"]);
        Assert.Equal(ClaudeBatch.ToolName, (string?)request["tool_choice"]!["name"]);
        Assert.Contains("every character present", (string?)request["system"] ?? string.Concat(((JsonArray)request["system"]!).Select(s => (string?)s!["text"])));
        Assert.Contains("I have been waiting for hours.", FakeAnthropicServer.PromptOf(request));
    }

    [Fact]
    public async Task A_malformed_answer_is_asked_for_again_and_the_good_one_is_used()
    {
        _claude.Enqueue(FakeAnthropicReply.Malformed);
        await using var h = await HarnessAsync();
        var id = await h.AddProjectAsync(Samples.CoffeeShop);
        await h.RunAsync(id);

        Assert.Equal(2, _claude.RequestCount);
        Assert.StartsWith("Fake description", Assert.Single(await h.ScenesAsync(id)).Description);
        Assert.Empty(h.Notes);
    }

    [Fact]
    public async Task Two_malformed_answers_fall_back_to_the_offline_description_with_a_note()
    {
        _claude.Enqueue(FakeAnthropicReply.Malformed, FakeAnthropicReply.Malformed);
        await using var h = await HarnessAsync();
        var id = await h.AddProjectAsync(Samples.CoffeeShop);
        await h.RunAsync(id);

        Assert.Equal(2, _claude.RequestCount);
        Assert.StartsWith("Inside the coffee shop in the morning", Assert.Single(await h.ScenesAsync(id)).Description);
        Assert.StartsWith("Alice:", (await h.CharactersAsync(id)).Single(c => c.Name == "ALICE").VisualDescription);
        Assert.Equal("Claude's answer for scene 1 could not be used, so it uses the offline descriptions.", Assert.Single(h.Notes));
    }

    [Fact]
    public async Task A_truncated_answer_is_retried_with_more_room()
    {
        _claude.Enqueue(FakeAnthropicReply.Truncated);
        await using var h = await HarnessAsync();
        var id = await h.AddProjectAsync(Samples.CoffeeShop);
        await h.RunAsync(id);

        Assert.Equal(2, _claude.RequestCount);
        Assert.True((int)_claude.Requests[1]["max_tokens"]! > (int)_claude.Requests[0]["max_tokens"]!);
        Assert.StartsWith("Fake description", Assert.Single(await h.ScenesAsync(id)).Description);
    }

    [Fact]
    public async Task Rate_limits_are_waited_out_and_the_analysis_succeeds()
    {
        _claude.Enqueue(FakeAnthropicReply.RateLimited, FakeAnthropicReply.RateLimited);
        await using var h = await HarnessAsync();
        var id = await h.AddProjectAsync(Samples.CoffeeShop);
        await h.RunAsync(id);

        Assert.Equal(3, _claude.RequestCount);
        Assert.StartsWith("Fake description", Assert.Single(await h.ScenesAsync(id)).Description);
    }

    [Fact]
    public async Task A_rejected_key_fails_the_step_at_once_with_a_clear_sentence()
    {
        _claude.Enqueue(FakeAnthropicReply.Unauthorized);
        await using var h = await HarnessAsync();
        var id = await h.AddProjectAsync(Samples.CoffeeShop);

        var e = await Assert.ThrowsAsync<StepFailedException>(() => h.RunAsync(id));
        Assert.StartsWith("The Anthropic API key was rejected", e.Message);
        Assert.Equal(1, _claude.RequestCount);
        Assert.Empty(await h.ScenesAsync(id));
    }

    [Fact]
    public async Task An_overloaded_api_gives_up_after_the_retries_and_the_project_can_be_parsed_again_later()
    {
        _claude.Default = FakeAnthropicReply.Overloaded;
        await using var h = await HarnessAsync();
        var id = await h.AddProjectAsync(Samples.CoffeeShop);

        var e = await Assert.ThrowsAsync<StepFailedException>(() => h.RunAsync(id));
        Assert.Equal("Script analysis with Claude is temporarily unavailable. Your project has been saved — try again in a few minutes.", e.Message);
        Assert.Equal(4, _claude.RequestCount);
        Assert.Empty(await h.ScenesAsync(id));

        _claude.Default = FakeAnthropicReply.WellFormed;
        await h.RunAsync(id);
        Assert.StartsWith("Fake description", Assert.Single(await h.ScenesAsync(id)).Description);
    }

    [Fact]
    public async Task The_longest_screenplay_goes_in_batches_that_cover_every_scene_once_and_carry_the_cast_so_far()
    {
        await using var h = await HarnessAsync(batchScenes: 25);
        var id = await h.AddProjectAsync(Screenplays.Read("Charade-1963-loose.fountain"));
        await h.RunAsync(id);

        var scenes = await h.ScenesAsync(id);
        var asked = _claude.Requests.Select(FakeAnthropicServer.SceneNumbersOf).ToList();
        Assert.True(_claude.RequestCount >= (scenes.Count + 24) / 25, $"{_claude.RequestCount} requests for {scenes.Count} scenes");
        Assert.All(asked, numbers => Assert.InRange(numbers.Count, 1, 25));
        Assert.Equal(Enumerable.Range(1, scenes.Count), asked.SelectMany(n => n));
        Assert.All(scenes, s => Assert.StartsWith($"Fake description for sceneNumber {s.SceneNumber}", s.Description));

        // Later batches carry the looks already written and never ask for them again.
        var reggie = (await h.CharactersAsync(id)).Single(c => c.Name == "REGGIE").VisualDescription;
        Assert.Contains($"- REGGIE: {reggie}", FakeAnthropicServer.PromptOf(_claude.Requests[^1]));
        var describedPerRequest = _claude.Requests.Select(r => ((JsonArray?)r["tools"]![0]!["input_schema"]!["properties"]!["characters"]!["items"]!["properties"]?["name"]?["enum"])?.Select(n => (string)n!).ToList() ?? []).ToList();
        var all = describedPerRequest.SelectMany(n => n).ToList();
        Assert.Equal(all.Distinct().Count(), all.Count);
        Assert.Empty(h.Notes);
    }

    [Theory]
    [InlineData(null, "key", AnalyzerChoice.Anthropic)]
    [InlineData(null, null, AnalyzerChoice.Rules)]
    [InlineData("rules", "key", AnalyzerChoice.Rules)]
    [InlineData("Claude", null, AnalyzerChoice.Anthropic)]
    public void The_analyser_follows_ANALYZER_then_the_presence_of_a_key(string? analyzer, string? key, string expected)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ANALYZER"] = analyzer, ["ANTHROPIC_API_KEY"] = key }).Build();
        Assert.Equal(expected, ProviderSettings.From(config).Analyzer);
    }
}
