using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis.Tests;

/// <summary>Scene descriptions read as grammatical English and never contradict themselves; a setting's key object is found.</summary>
public partial class SceneWordingTests
{
    private const string GuruPeak = """
        EXT. PEAK OF MOUNT GURU - NIGHT

        It is early twilight. ARIA climbs the last ridge, a old lantern in her hand.

        ARIA
        We made it.

        EXT. FLOATING BRIDGE - NIGHT

        The planks sway over the abyss. Aria steps on.

        INT. THRONE ROOM - DAY

        A golden throne stands empty. KING VOLODAR enters.

        KING VOLODAR
        Sit.
        """;

    [Fact]
    public void A_peak_is_at_not_in_and_mount_guru_keeps_its_capital()
    {
        var script = Screenplays.Breakdown(GuruPeak);
        var text = RuleBasedAnalysis.Describe(script).Scenes[0].Description;

        Assert.StartsWith("At the peak of Mount Guru at night", text);
        Assert.Contains("an old lantern", text);
    }

    [Fact]
    public void Night_is_never_called_early_twilight()
    {
        var script = Screenplays.Breakdown(GuruPeak);
        var text = RuleBasedAnalysis.Describe(script).Scenes[0].Description;

        Assert.DoesNotContain("twilight", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Aria climbs the last ridge", text);
    }

    [Fact]
    public void The_key_object_comes_from_the_heading_or_else_the_first_action()
    {
        var script = Screenplays.Breakdown(GuruPeak);
        var settings = script.Settings.ToDictionary(s => s.Name);
        var words = RuleBasedAnalysis.Describe(script).Settings;

        Assert.Equal("a floating bridge", settings["FLOATING BRIDGE"].KeyObject);
        Assert.Equal("a golden throne", settings["THRONE ROOM"].KeyObject);
        Assert.Null(settings["PEAK OF MOUNT GURU"].KeyObject);
        Assert.Contains("a floating bridge", words["FLOATING BRIDGE"]);
    }

    [Fact]
    public void A_starships_bridge_is_a_room_not_a_bridge()
    {
        var script = Screenplays.Breakdown("INT. EMBER ONE BRIDGE - DAY\n\nConsoles blink.\n\nNOAH\nReport.");

        Assert.Null(script.Settings.Single().KeyObject);
    }

    [Theory]
    [MemberData(nameof(Screenplays.All), MemberType = typeof(Screenplays))]
    public void Every_scene_description_of_every_shared_screenplay_is_grammatical_and_consistent(string screenplay)
    {
        var script = Screenplays.Breakdown(Screenplays.Read(screenplay));
        var text = RuleBasedAnalysis.Describe(script);

        var problems = script.Scenes.SelectMany(s => WordingProblems(text.Scenes[s.Index].Description, s.LightTime).Select(p => $"scene {s.Index + 1}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    /// <summary>What a reader would trip over: a sentence without its capital or stop, "a old", "the the", "in the peak", night called dusk…</summary>
    internal static IEnumerable<string> WordingProblems(string description, string? timeOfDay)
    {
        if (!char.IsUpper(description[0]) && description[0] is not ('“' or '"')) yield return $"does not start with a capital: {Head(description)}";
        if (!".!?…”\"".Contains(description[^1])) yield return $"does not end a sentence: …{description[^30..]}";
        // What people say is theirs ("Woah woah woah!"); the checks read the description's own words.
        var own = Quoted().Replace(description, "“…”");
        foreach (var (pattern, what) in Checks)
            if (pattern.Match(own) is { Success: true } m) yield return $"{what}: “{m.Value}”";
        var bucket = Lighting.Bucket(timeOfDay);
        if (bucket == Lighting.Time.Night && SaysDay().Match(description) is { Success: true } day) yield return $"a night scene says “{day.Value}”";
        if (bucket is Lighting.Time.Day or Lighting.Time.Morning && SaysNight().Match(description) is { Success: true } night) yield return $"a day scene says “{night.Value}”";
    }

    private static string Head(string s) => s.Length > 40 ? s[..40] : s;

    private static readonly (Regex, string)[] Checks =
    [
        (new Regex(@"\b(\w+) \1\b", RegexOptions.IgnoreCase), "a doubled word"),
        (new Regex(@"\b[Aa] (?:[aeio]\w+)\b"), "“a” before a vowel"),
        (new Regex(@"\bin the (?:peak|summit|top|tip|crest) of\b", RegexOptions.IgnoreCase), "the wrong preposition"),
        (new Regex(@",\s*,"), "a doubled comma"),
        (new Regex(@"\bmount [A-Z]"), "a place name without its capital"),
        (new Regex(@"\s[,.;:!?](?!\.)"), "a space before punctuation"),
        (new Regex(@" {2,}"), "a double space"),
        (new Regex(@"\b[a-z]{3,}\.\s+[a-z]"), "a sentence starting in lower case"),
        (new Regex(@"“\s*”"), "empty quotes"),
    ];

    [GeneratedRegex(@"“[^”]*”")] private static partial Regex Quoted();
    [GeneratedRegex(@"\b(?:it is (?:early |late )?(?:twilight|dusk|dawn|morning|day|afternoon)|daylight|morning sun|the sun is out)\b", RegexOptions.IgnoreCase)] private static partial Regex SaysDay();
    [GeneratedRegex(@"\b(?:it is (?:early |late )?(?:night|twilight|dusk|evening|midnight)|moonlight|at night)\b", RegexOptions.IgnoreCase)] private static partial Regex SaysNight();
}
