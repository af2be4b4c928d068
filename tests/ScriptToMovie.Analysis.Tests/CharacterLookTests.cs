namespace ScriptToMovie.Analysis.Tests;

/// <summary>Looks come from the words that introduce each character, one age per person per period, nothing invented.</summary>
public class CharacterLookTests
{
    private const string FishStory = """
        INT. BEDROOM - NIGHT

        EDWARD BLOOM (40s, handsome, in a grey suit) sits on the bed. SANDRA, his wife, 30s, with long auburn hair, watches him.

        EDWARD
        I caught the biggest fish in the river.

        SANDRA
        You always say that.

        EDWARD AND SANDRA
        Goodnight, Will.

        EXT. RIVER - DAY

        YOUNG EDWARD, 20s, lanky, wearing his pajamas, climbs into the tub. LITTLE BRAVE runs past him.

        EDWARD (V.O.)
        That was the summer I grew.

        A VOICE
        Who goes there?

        THE CROWD
        Hooray!

        VARIOUS TOWNFOLK
        The giant is coming!

        YOUNG EDWARD
        Only me.

        LITTLE BRAVE
        And me!

        BOTH
        We're home!
        """;

    [Fact]
    public void Young_edward_is_a_look_of_edward_with_his_own_age()
    {
        var script = Screenplays.Breakdown(FishStory);
        var cast = script.Cast.ToDictionary(c => c.Name);
        var looks = RuleBasedAnalysis.Describe(script).Characters;

        Assert.Equal("EDWARD", cast["YOUNG EDWARD"].PersonName);
        Assert.Equal("young", cast["YOUNG EDWARD"].Period);
        Assert.Null(cast["EDWARD"].PersonName);
        Assert.Equal("in his forties", cast["EDWARD"].Look.Age);
        Assert.Equal("in his twenties", cast["YOUNG EDWARD"].Look.Age?.Replace("{p}", "his"));
        Assert.Contains("forties", looks["EDWARD"]);
        Assert.DoesNotContain("twenties", looks["EDWARD"]);
        Assert.DoesNotContain("pajamas", looks["EDWARD"]);
        Assert.DoesNotContain("forties", looks["YOUNG EDWARD"]);
        Assert.Contains("pajamas", looks["YOUNG EDWARD"]);
        Assert.Equal("male", cast["YOUNG EDWARD"].Look.Sex);
    }

    [Fact]
    public void Each_character_gets_only_their_own_traits()
    {
        var script = Screenplays.Breakdown(FishStory);
        var cast = script.Cast.ToDictionary(c => c.Name);

        Assert.Equal("female", cast["SANDRA"].Look.Sex);
        Assert.Equal("auburn hair", cast["SANDRA"].Look.Hair?.Replace("long ", ""));
        Assert.Null(cast["EDWARD"].Look.Hair);
        Assert.Equal("a grey suit", cast["EDWARD"].Look.Clothing);
        Assert.Null(cast["SANDRA"].Look.Clothing);
        Assert.Equal(false, cast["SANDRA"].Look.Child);
        Assert.Equal("lanky", cast["YOUNG EDWARD"].Look.Build);
        Assert.Null(cast["EDWARD"].Look.Build);
    }

    [Fact]
    public void Little_brave_is_a_child_even_without_an_age()
    {
        var script = Screenplays.Breakdown(FishStory);
        var brave = script.Cast.Single(c => c.Name == "LITTLE BRAVE");

        Assert.True(brave.Look.Child);
        Assert.DoesNotContain("forties", RuleBasedAnalysis.Describe(script).Characters["LITTLE BRAVE"]);
    }

    [Fact]
    public void Group_cues_voices_and_crowds_are_not_characters()
    {
        var script = Screenplays.Breakdown(FishStory);

        Assert.Equal(["EDWARD", "SANDRA", "YOUNG EDWARD", "LITTLE BRAVE"], script.Cast.Select(c => c.Name));
        // EDWARD AND SANDRA is both of them speaking; BOTH is the two who spoke last.
        Assert.All(script.Scenes[0].Present, p => Assert.True(p.Speaks));
        var river = script.Scenes[1].Present.Select(p => p.Member.Name).ToList();
        Assert.Equal(["YOUNG EDWARD", "LITTLE BRAVE"], river);
        Assert.All(script.Scenes[1].Present, p => Assert.True(p.Speaks));
    }

    [Fact]
    public void A_voice_over_is_heard_and_not_seen()
    {
        var script = Screenplays.Breakdown(FishStory);

        Assert.DoesNotContain(script.Scenes[1].Present, p => p.Member.Name == "EDWARD");
        // The line is still in the scene, to be voiced.
        Assert.Contains(script.Scenes[1].Lines, l => l.Speaker == "EDWARD" && l.Text.StartsWith("That was the summer"));
    }

    [Fact]
    public void When_the_script_says_nothing_the_description_says_less()
    {
        var script = Screenplays.Breakdown("INT. OFFICE - DAY\n\nQUILL files papers.\n\nQUILL\nNext.\n\nMARGO\nMe.");
        var looks = RuleBasedAnalysis.Describe(script).Characters;

        Assert.Equal("Quill: the script does not describe them.", looks["QUILL"]);
        Assert.Equal(CharacterLook.Unknown, script.Cast.Single(c => c.Name == "QUILL").Look);
        Assert.Equal("Margo: the script does not describe them.", looks["MARGO"]);
    }

    [Theory]
    [InlineData("ANNA (8) hides behind the sofa.", "about 8", true)]
    [InlineData("ANNA, a girl of six or so, hides behind the sofa.", "about 6", true)]
    [InlineData("ANNA, a ten-year-old, hides behind the sofa.", "about 10", true)]
    [InlineData("ANNA (late 30s, tired) hides behind the sofa.", "in her late-thirties", false)]
    [InlineData("ANNA, an elderly woman, hides behind the sofa.", "elderly", false)]
    [InlineData("ANNA, a teenager, hides behind the sofa.", "teenage", false)]
    public void The_age_is_read_as_the_script_writes_it(string introduction, string age, bool child)
    {
        var script = Screenplays.Breakdown($"INT. HOUSE - DAY\n\n{introduction}\n\nANNA\nBoo.");
        var look = script.Cast.Single().Look;

        Assert.Equal(age, look.Age?.Replace("{p}", "her"));
        Assert.Equal(child, look.Child);
        Assert.Equal("female", look.Sex);
    }
}
