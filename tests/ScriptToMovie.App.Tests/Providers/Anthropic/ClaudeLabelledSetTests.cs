using System.Text.RegularExpressions;
using ScriptToMovie.Analysis.Tests.Quality;
using ScriptToMovie.App.Tests.Steps.Parse;
using ScriptToMovie.Fakes.Anthropic;
using Xunit.Abstractions;

namespace ScriptToMovie.App.Tests.Providers.Anthropic;

/// <summary>
/// The labelled-set score of docs/quality.md on the Claude path: the parse step with ANALYZER=anthropic over each
/// labelled screenplay, the real SDK talking to the fake Messages API, which answers with its recorded answers.
/// What is scored is what the parse stored, read by the same scorer as the offline analyser's words.
/// </summary>
public sealed class ClaudeLabelledSetTests(ITestOutputHelper output) : IAsyncLifetime
{
    private FakeAnthropicServer _claude = null!;

    public async Task InitializeAsync()
    {
        _claude = await FakeAnthropicServer.StartAsync();
        _claude.Recorded = RecordedAnswers.Load("labelled-looks.json");
    }

    public async Task DisposeAsync() => await _claude.DisposeAsync();

    [Fact]
    public async Task Claudes_stored_descriptions_get_every_labelled_sex_and_age_right_and_nine_in_ten_traits_and_key_objects()
    {
        var set = LabelledSet.Load();
        var characters = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var settings = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        foreach (var script in set.Scripts)
        {
            await using var h = await ParseHarness.CreateAsync(new Dictionary<string, string?>
            {
                ["ANALYZER"] = "anthropic",
                ["ANTHROPIC_API_KEY"] = FakeAnthropicServer.ApiKey,
                ["ANTHROPIC_BASE_URL"] = _claude.BaseUrl,
                ["ANTHROPIC_RETRY_BASE_MS"] = "1",
            });
            var id = await h.AddProjectAsync(Screenplays.Read(script));
            await h.RunAsync(id);
            Assert.Empty(h.Notes); // every batch was Claude's, none fell back to the offline words
            characters[script] = (await h.CharactersAsync(id)).ToDictionary(c => c.Name, c => c.VisualDescription);
            settings[script] = (await h.SettingsAsync(id)).ToDictionary(s => s.Name, s => s.VisualDescription);
        }

        // The setting's own name does not count when it names a room ("Throne room" is no throne); it does when it
        // names the thing itself (FOUNTAIN, PHONE BOOTH, GOLDEN GATE BRIDGE).
        var labels = set.Settings.ToDictionary(l => (l.Script, l.Setting), l => l.KeyObject);
        var score = LookScorer.Score(set, s => characters[s], (s, name) =>
        {
            if (!settings[s].TryGetValue(name, out var words)) return null;
            var head = name.Split(' ')[^1];
            return LookScorer.Mentions(head, labels[(s, name)]) ? words : Regex.Replace(words, Regex.Escape(name), "", RegexOptions.IgnoreCase);
        });

        output.WriteLine(score.ToString());
        foreach (var miss in score.Misses) output.WriteLine(miss);
        Assert.True(score.Sex == score.SexOf && score.Child == score.ChildOf, $"{score}\n{string.Join("\n", score.Misses)}");
        Assert.True(score.TraitShare >= 0.9 && score.KeyShare >= 0.9, $"{score}\n{string.Join("\n", score.Misses)}");
        // The prompt carried the parser's sure facts and the key objects the descriptions had to name.
        var prompts = string.Join("\n", _claude.Requests.Select(FakeAnthropicServer.PromptOf));
        Assert.Contains("- JEAN-LOUIS: the script says a French boy of six or so [facts: male, a child, about 6]", prompts);
        Assert.Contains("the picture must show a throne", prompts);
    }
}
