namespace ScriptToMovie.Analysis.Tests;

public class RuleBasedAnalysisTests
{
    [Theory]
    [MemberData(nameof(Screenplays.All), MemberType = typeof(Screenplays))]
    public void Every_scene_description_names_its_location_and_the_characters_present(string screenplay)
    {
        var script = Screenplays.Breakdown(Screenplays.Read(screenplay));
        var text = RuleBasedAnalysis.Describe(script);

        Assert.NotEmpty(script.Scenes);
        foreach (var scene in script.Scenes)
        {
            var words = text.Scenes[scene.Index];
            Assert.True(words.Description.Length >= 120, $"Scene {scene.Index + 1} ({scene.Block.Heading}) has a thin description: {words.Description}");
            Assert.Contains(Squash(scene.Block.Location), Squash(words.Description), StringComparison.OrdinalIgnoreCase);
            foreach (var present in scene.Present)
                Assert.True(present.Member.Names.Any(n => words.Description.Contains(n, StringComparison.OrdinalIgnoreCase)),
                    $"Scene {scene.Index + 1} ({scene.Block.Heading}) doesn't name {present.Member.Name}: {words.Description}");
            Assert.InRange(scene.Duration, SceneLength.Shortest, SceneLength.Longest);
            Assert.False(string.IsNullOrWhiteSpace(words.Title));
        }
    }

    [Theory]
    [MemberData(nameof(Screenplays.All), MemberType = typeof(Screenplays))]
    public void Every_character_has_a_visual_description_under_their_name_that_never_changes(string screenplay)
    {
        var first = Screenplays.Breakdown(Screenplays.Read(screenplay));
        var second = Screenplays.Breakdown(Screenplays.Read(screenplay));
        var a = RuleBasedAnalysis.Describe(first);
        var b = RuleBasedAnalysis.Describe(second);

        foreach (var member in first.Cast.Where(c => c.DialogueLines > 0))
        {
            Assert.StartsWith(ScriptWords.Name(member.Name), a.Characters[member.Name]);
            Assert.Equal(a.Characters[member.Name], b.Characters[member.Name]);
        }
        Assert.Equal(a.Scenes.OrderBy(s => s.Key).Select(s => s.Value), b.Scenes.OrderBy(s => s.Key).Select(s => s.Value));
    }

    [Fact]
    public void The_coffee_shop_sample_reads_like_the_seeds_strong_description()
    {
        var script = Screenplays.Breakdown(Screenplays.CoffeeShop);
        var text = RuleBasedAnalysis.Describe(script);

        var scene = Assert.Single(script.Scenes);
        var words = text.Scenes[scene.Index];
        Assert.Equal("Coffee shop – morning", words.Title);
        Assert.Equal("ALICE: I have been waiting for hours.\nBOB: Sorry I am late. Traffic was terrible.", scene.Dialogue);
        Assert.StartsWith("Inside the coffee shop in the morning", words.Description);
        Assert.Contains("Alice sits alone at a table", words.Description);
        Assert.Contains("Bob enters, out of breath", words.Description);
        Assert.Contains("morning light", words.Description);
        Assert.Contains("impatient", words.Description);
        Assert.Equal(["ALICE", "BOB"], scene.Present.Select(p => p.Member.Name));
        Assert.All(scene.Present, p => Assert.True(p.Speaks));
        Assert.All(script.Cast, c => Assert.Equal(0, script.FirstSceneOf(c)));
    }

    [Fact]
    public void Later_and_continuous_headings_are_the_same_setting()
    {
        var script = Screenplays.Breakdown("""
            INT. COFFEE SHOP - MORNING

            ALICE waits by the window.

            INT. COFFEE SHOP - LATER

            Alice checks her watch.

            EXT. STREET - NIGHT

            Rain hammers the empty street.

            INT. COFFEE SHOP - CONTINUOUS

            Alice gives up and leaves.
            """);
        var text = RuleBasedAnalysis.Describe(script);

        Assert.Equal(["COFFEE SHOP", "STREET"], script.Settings.Select(s => s.Name));
        Assert.Equal(["MORNING"], script.Settings[0].TimesOfDay);
        Assert.Equal("INT", script.Settings[0].Interior);
        Assert.Contains("Rain hammers the empty street", text.Settings["STREET"]);
        Assert.Equal(["COFFEE SHOP", "COFFEE SHOP", "STREET", "COFFEE SHOP"], script.Scenes.Select(s => s.SettingName));
        // LATER keeps the morning light of the scene before it.
        Assert.Contains("morning light", text.Scenes[1].Description);
    }

    [Fact]
    public void A_later_heading_that_names_the_evening_is_lit_as_evening()
    {
        var script = Screenplays.Breakdown("""
            INT. BAXTER'S APARTMENT - DAY

            BAXTER paces with headphones on.

            INT. BAXTER'S APARTMENT, LATER THAT EVENING

            Baxter sits in the dark.
            """);
        var text = RuleBasedAnalysis.Describe(script);

        Assert.Contains("during the day", text.Scenes[0].Description);
        Assert.Contains("in the evening", text.Scenes[1].Description);
        Assert.DoesNotContain("during the day", text.Scenes[1].Description);
        Assert.Single(script.Settings);
    }

    [Fact]
    public void A_girl_is_a_child_but_an_art_girl_is_a_grown_woman()
    {
        var script = Screenplays.Breakdown("""
            INT. GALLERY - DAY

            The ART GIRL hangs a canvas while a LITTLE GIRL watches.

            ART GIRL
            Don't touch.

            LITTLE GIRL
            I wasn't going to.
            """);
        var looks = RuleBasedAnalysis.Describe(script).Characters;

        Assert.StartsWith("Little Girl: A girl", looks["LITTLE GIRL"]);
        Assert.StartsWith("Art Girl: A woman", looks["ART GIRL"]);
        Assert.True(script.Cast.Single(c => c.Name == "LITTLE GIRL").Look.Child);
        Assert.NotEqual(true, script.Cast.Single(c => c.Name == "ART GIRL").Look.Child);
    }

    [Fact]
    public void Aliases_the_script_declares_become_one_character()
    {
        var script = Screenplays.Breakdown("""
            INT. KITCHEN - MORNING

            ROBERT (BOB) (40s, rumpled bathrobe, reading glasses) pours coffee while MOM watches him.

            BOB
            Morning.

            MOTHER
            You're late again.

            MOM
            Eat something.

            A WAITRESS (20s, green apron) waves from the TV screen.
            """);
        var looks = RuleBasedAnalysis.Describe(script).Characters;

        var cast = script.Cast.ToDictionary(c => c.Name);
        Assert.Equal(["BOB", "MOM", "WAITRESS"], cast.Keys.Order());
        Assert.Equal(["ROBERT"], cast["BOB"].Aliases);
        Assert.Equal(["MOTHER"], cast["MOM"].Aliases);
        Assert.Equal(2, cast["MOM"].DialogueLines);
        Assert.Contains("40s, rumpled bathrobe, reading glasses", looks["BOB"]);
        Assert.Contains("green apron", looks["WAITRESS"]);
        var present = Assert.Single(script.Scenes).Present;
        Assert.False(present.Single(p => p.Member.Name == "WAITRESS").Speaks);
        Assert.True(present.Single(p => p.Member.Name == "BOB").Speaks);
    }

    [Fact]
    public void Cancelling_stops_the_analysis()
    {
        var script = Screenplays.Breakdown(Screenplays.CoffeeShop);
        Assert.Throws<OperationCanceledException>(() => RuleBasedAnalysis.Describe(script, new CancellationToken(canceled: true)));
    }

    private static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
