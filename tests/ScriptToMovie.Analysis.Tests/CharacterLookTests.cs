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
    public void A_description_does_not_say_the_introduction_twice()
    {
        var script = Screenplays.Breakdown("""
            INT. KITCHEN - DAY

            ANNA, a small woman with red curls, makes tea. BEN, a lanky man in a blue cardigan, reads.

            ANNA
            Tea?

            BEN
            Please.
            """);
        var looks = RuleBasedAnalysis.Describe(script).Characters;

        Assert.Equal("Anna: a small woman with red curls.", looks["ANNA"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(looks["BEN"], "lanky"));
        Assert.Contains("blue cardigan", looks["BEN"]);
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

    [Fact]
    public void Names_listed_together_share_what_each_of_them_is_and_nothing_said_of_one()
    {
        var script = Screenplays.Breakdown("""
            INT. LIBRARY - DAY

            CHALF, NAR, and YOR, each male and 15, all dressed in robes, and Chalf with a beanie, sit at a table.

            CHALF
            Quiet.

            NAR
            Yorf!
            """);
        var cast = script.Cast.ToDictionary(c => c.Name);

        Assert.All(["CHALF", "NAR"], n => Assert.Equal(("male", "about 15", false), (cast[n].Look.Sex, cast[n].Look.Age, cast[n].Look.Child)));
        Assert.All(["CHALF", "NAR"], n => Assert.Equal("robes", cast[n].Look.Clothing));
        Assert.DoesNotContain("beanie", RuleBasedAnalysis.Describe(script).Characters["NAR"]);
        Assert.StartsWith("Nar: male and 15, all dressed in robes. A teenage boy of about 15", RuleBasedAnalysis.Describe(script).Characters["NAR"]);
    }

    [Fact]
    public void A_description_before_the_name_belongs_to_whoever_the_script_then_names()
    {
        var script = Screenplays.Breakdown("""
            INT. HOTEL ROOM - DAY

            A man in a grey suit sits on the bed. This must be JACOB BILLUPS.

            BILLUPS
            Yes?

            A woman, not young, fixes her hair in the mirror. Her name is NANCY.

            NANCY
            Who is it?
            """);
        var looks = RuleBasedAnalysis.Describe(script).Characters;

        Assert.Equal("Billups: A man, wearing a grey suit.", looks["BILLUPS"]);
        Assert.Equal("Nancy: A woman.", looks["NANCY"]);
    }

    [Fact]
    public void A_line_in_ordinary_case_introduces_a_character_the_capitals_left_undescribed()
    {
        var script = Screenplays.Breakdown("""
            INT. HANGAR - DAY

            BRUTALIA and JEFF are waiting.

            BRUTALIA
            Late again.

            Brutalia is a seven-foot Amazon of a woman, clad in armor. As Brutalia turns, a siren wails. Samantha turns to Jeff, an ordinary-looking gentleman in a plain brown suit.

            JEFF
            Hello.
            """);
        var cast = script.Cast.ToDictionary(c => c.Name);

        Assert.Equal(("female", "armor"), (cast["BRUTALIA"].Look.Sex, cast["BRUTALIA"].Look.Clothing));
        Assert.Equal(("male", "a plain brown suit"), (cast["JEFF"].Look.Sex, cast["JEFF"].Look.Clothing));
        Assert.DoesNotContain("siren", RuleBasedAnalysis.Describe(script).Characters["BRUTALIA"]);
    }

    [Fact]
    public void He_right_after_a_speech_is_the_speaker_and_him_is_someone_else()
    {
        var script = Screenplays.Breakdown("""
            EXT. SHACK - DAY

            COGNITO, the criminal mastermind, is slammed against the wall.

            COGNITO
            What do you want?

            STEEL smacks him.

            COGNITO
            Everyone is after you!

            As he rattles off the list, Steel sighs.

            STEEL
            Great.
            """);

        Assert.Equal("male", script.Cast.Single(c => c.Name == "COGNITO").Look.Sex);
    }
}
