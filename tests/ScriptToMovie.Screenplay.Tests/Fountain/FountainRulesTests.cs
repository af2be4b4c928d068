namespace ScriptToMovie.Screenplay.Tests.Fountain;

public class FountainRulesTests
{
    private static List<ScriptElement> Elements(string text) => ScreenplayReader.ReadText(text).AllElements.ToList();

    private static string[] Types(string text) => Elements(text).Select(e => e.Type).ToArray();

    [Fact]
    public void A_scene_heading_splits_into_interior_location_and_time_of_day()
    {
        var scene = Assert.Single(ScreenplayReader.ReadText("INT./EXT. BRICK'S CAR - MOVING - NIGHT #12A#\n\nThey drive.").Scenes);
        Assert.Equal("INT./EXT. BRICK'S CAR - MOVING - NIGHT", scene.Heading);
        Assert.Equal("12A", scene.ScriptSceneNumber);
        Assert.Equal("INT/EXT", scene.Interior);
        Assert.Equal("BRICK'S CAR - MOVING", scene.Location);
        Assert.Equal("NIGHT", scene.TimeOfDay);
        Assert.Equal(1, scene.StartLine);
        Assert.Equal(3, scene.EndLine);
    }

    [Theory]
    [InlineData("EXT. LIBRARY--DAY", "EXT", "LIBRARY", "DAY")]
    [InlineData("INT. KITCHEN, EVENING", "INT", "KITCHEN", "EVENING")]
    [InlineData("INT. LIVING ROOM – NIGHT", "INT", "LIVING ROOM", "NIGHT")]
    [InlineData("EXT. EMBER ONE IN HERCULANEUM SHIPYARD", "EXT", "EMBER ONE IN HERCULANEUM SHIPYARD", null)]
    [InlineData("INT HOUSE DAY", "INT", "HOUSE DAY", null)]
    [InlineData("EST. CITY - DAWN", "EXT", "CITY", "DAWN")]
    public void Headings_written_in_the_ways_found_in_real_scripts_are_understood(string heading, string interior, string location, string? time)
    {
        var scene = Assert.Single(ScreenplayReader.ReadText(heading + "\n\nSomething happens.").Scenes);
        Assert.Equal((interior, location, time), (scene.Interior, scene.Location, scene.TimeOfDay));
    }

    [Fact]
    public void A_forced_heading_has_no_interior_and_keeps_its_name_as_location()
    {
        var scene = Assert.Single(ScreenplayReader.ReadText(".SNIPER SCOPE POV\n\nA scope.").Scenes);
        Assert.Equal("SNIPER SCOPE POV", scene.Heading);
        Assert.Null(scene.Interior);
        Assert.Equal("SNIPER SCOPE POV", scene.Location);
    }

    [Fact]
    public void Speaker_names_lose_their_extensions_and_are_upper_case()
    {
        var doc = ScreenplayReader.ReadText("INT. ROOM - DAY\n\nSTEEL (V.O.) (CONT'D)\nHello.\n\n@McCLANE\nYippee.\n\nHANS (on the radio)\nHi.");
        Assert.Equal(["STEEL", "MCCLANE", "HANS"], doc.Characters.Select(c => c.Name));
        Assert.Equal(["STEEL", "MCCLANE", "HANS"], doc.Scenes[0].Characters);
        var cue = doc.AllElements.First(e => e.Type == ElementTypes.Character);
        Assert.Equal("STEEL (V.O.) (CONT'D)", cue.Text);
    }

    [Fact]
    public void Dialogue_keeps_its_speaker_and_its_line_breaks_and_a_two_space_line_does_not_end_it()
    {
        var e = Elements("DEALER\nDealer gets a seven.\n  \nHit or stand sir?");
        Assert.Equal([ElementTypes.Character, ElementTypes.Dialogue], e.Select(x => x.Type));
        Assert.Equal("Dealer gets a seven.\n\nHit or stand sir?", e[1].Text);
        Assert.Equal("DEALER", e[1].Character);
        Assert.Equal((2, 4), (e[1].Line, e[1].LastLine));
    }

    [Fact]
    public void A_caret_pairs_a_cue_with_the_speech_before_it_as_dual_dialogue()
    {
        var e = Elements("BRICK\nScrew retirement.\n\nSTEEL ^\nScrew retirement.\n\nThey drink.\n\nBRICK\nAlone.");
        Assert.All(e.Take(4), x => Assert.True(x.Dual));
        Assert.Equal("STEEL", e[2].Character);
        Assert.False(e.Last().Dual);
    }

    [Fact]
    public void A_caret_with_no_speech_before_it_is_ordinary_dialogue_with_a_warning()
    {
        var doc = ScreenplayReader.ReadText("They drink.\n\nSTEEL ^\nScrew retirement.");
        Assert.All(doc.AllElements.Where(x => x.Type != ElementTypes.Action), x => Assert.False(x.Dual));
        Assert.Contains(doc.Messages, m => m.Text.Contains("dual-dialogue") && m.Line == 3);
    }

    [Fact]
    public void Emphasis_escapes_and_notes_are_removed_from_the_text()
    {
        var e = Elements("_**BRICK & STEEL**_ see the *Leupold* scope[[check the brand]] for **\\*9765\\***.\n\nHe dialed *69 and then *23, and then hung up.");
        Assert.Equal("BRICK & STEEL see the Leupold scope for *9765*.", e[0].Text);
        Assert.Equal("He dialed *69 and then *23, and then hung up.", e[1].Text);
    }

    [Fact]
    public void Emphasis_never_crosses_a_line_break()
    {
        var e = Elements("*share a look.\nThis is BAD.*");
        Assert.Equal("*share a look.\nThis is BAD.*", e[0].Text);
    }

    [Fact]
    public void Action_keeps_indentation_with_tabs_as_four_spaces_and_drops_trailing_spaces()
    {
        var e = Elements("\tScott --  \n          -- and the door.");
        Assert.Equal("    Scott --\n          -- and the door.", Assert.Single(e).Text);
    }

    [Fact]
    public void Transitions_need_upper_case_and_to_colon_at_the_very_end()
    {
        Assert.Equal([ElementTypes.Transition, ElementTypes.Action, ElementTypes.Action, ElementTypes.Transition, ElementTypes.Action],
            Types("CUT TO:\n\nCUT TO:  \n\ncut to:\n\n> Burn to White.\n\nFADE IN:"));
    }

    [Fact]
    public void The_boneyard_is_ignored_even_across_blank_lines_and_the_lines_around_it_stay_in_place()
    {
        var doc = ScreenplayReader.ReadText("CUT TO:\n/*\nINT. HIDDEN - DAY\n\nBOB\nHi.\n*/\nEXT. MANSION - DAY\n\nThis is an /* internal */ boneyard.");
        Assert.Equal([ElementTypes.Transition, ElementTypes.SceneHeading, ElementTypes.Action], doc.AllElements.Select(e => e.Type));
        Assert.Equal(8, doc.Scenes[0].StartLine);
        Assert.Equal("This is an  boneyard.", doc.Scenes[0].Elements[1].Text);
        Assert.Equal(2, doc.Boneyards.Count);
        Assert.Equal((2, 7), (doc.Boneyards[0].Line, doc.Boneyards[0].EndLine));
    }

    [Fact]
    public void A_note_on_its_own_lines_is_a_note_element_and_a_bracket_beyond_a_blank_line_stays_text()
    {
        var e = Elements("[[This line spans\n  multiple lines.]]\n\nThis is not [[\n\na note]].");
        Assert.Equal(ElementTypes.Note, e[0].Type);
        Assert.Equal("This line spans\nmultiple lines.", e[0].Text);
        Assert.Equal("This is not [[", e[1].Text);
    }

    [Fact]
    public void Sections_synopses_page_breaks_lyrics_and_centered_text_are_recognised()
    {
        var e = Elements("# Act 1\n## Sequence\n= The setup.\n\n===\n\n~These are the songs\n~That I sing.\n\n> THE END <");
        Assert.Equal([ElementTypes.Section, ElementTypes.Section, ElementTypes.Synopsis, ElementTypes.PageBreak, ElementTypes.Lyrics, ElementTypes.Centered],
            e.Select(x => x.Type));
        Assert.Equal([1, 2], e.Take(2).Select(x => x.Depth!.Value));
        Assert.Equal("These are the songs\nThat I sing.", e[4].Text);
        Assert.Equal("THE END", e[5].Text);
    }

    [Fact]
    public void The_title_page_keeps_its_keys_in_order_with_indented_values_on_separate_lines()
    {
        var doc = ScreenplayReader.ReadText("Title:\n\t_**BRICK & STEEL**_\n  \n\tFULL RETIRED\nCredit: Written by\nDraft Date: Release Date: 2021-01-26\n\nEXT. PATIO - DAY\n\nSun.");
        Assert.Equal(["Title", "Credit", "Draft Date"], doc.TitlePage.Keys);
        Assert.Equal("BRICK & STEEL\nFULL RETIRED", doc.TitlePage["title"]);
        Assert.Equal("Release Date: 2021-01-26", doc.TitlePage["Draft Date"]);
        Assert.Equal("BRICK & STEEL FULL RETIRED", doc.Title);
        Assert.Equal([new SourceRange(1, 6)], doc.TitlePageLines);
        Assert.Equal(8, doc.Scenes[0].StartLine);
    }

    [Fact]
    public void A_fragment_without_a_heading_is_still_a_document_with_a_warning()
    {
        var doc = ScreenplayReader.ReadText("BOB\nHello?\n\nNobody answers.");
        Assert.Empty(doc.Scenes);
        Assert.Equal(3, doc.Elements.Count);
        Assert.Contains(doc.Messages, m => m.Text.Contains("No scene heading"));
    }

    [Fact]
    public void Counts_of_speeches_and_scenes_per_character_are_kept()
    {
        var doc = ScreenplayReader.ReadText("INT. A - DAY\n\nBOB\nOne.\n\nBOB (CONT'D)\nTwo.\n\nEXT. B - NIGHT\n\nANN\nThree.\n\nBOB (V.O.)\nFour.");
        Assert.Equal([new("BOB", 3, [1, 2]), new CharacterSummary("ANN", 1, [2])],
            doc.Characters.Select(c => c with { Scenes = c.Scenes.ToArray() }).ToArray(), new CharacterComparer());
    }

    private sealed class CharacterComparer : IEqualityComparer<CharacterSummary>
    {
        public bool Equals(CharacterSummary? x, CharacterSummary? y) =>
            x!.Name == y!.Name && x.DialogueLines == y.DialogueLines && x.Scenes.SequenceEqual(y.Scenes);
        public int GetHashCode(CharacterSummary obj) => obj.Name.GetHashCode();
    }
}
