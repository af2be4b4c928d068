using ScriptToMovie.Screenplay.Tests.Support;

namespace ScriptToMovie.Screenplay.Tests.Loose;

/// <summary>Charade (1963) as plain typewriter text: cues at column 22, parentheticals at 15, dialogue at 10.</summary>
public class CharadeTests
{
    private static readonly Lazy<ScreenplayDocument> Charade = new(() => SharedFiles.ReadScreenplay("Charade-1963-loose.fountain"));

    [Fact]
    public void The_layout_is_recognised_as_a_loose_script()
    {
        Assert.Equal(ScreenplayFormats.Loose, Charade.Value.Format);
        Assert.Equal("CHARADE", Charade.Value.Title);
        Assert.Equal("Written by Peter Stone", Charade.Value.TitlePage["Author"]);
    }

    [Fact]
    public void Every_int_and_ext_heading_becomes_a_scene()
    {
        var headings = File.ReadLines(SharedFiles.Screenplay("Charade-1963-loose.fountain"))
            .Count(l => l.StartsWith("INT.") || l.StartsWith("EXT.") || l.StartsWith("INT ") || l.StartsWith("EXT "));
        Assert.Equal(headings, Charade.Value.Scenes.Count);
        Assert.Equal(("EXT", "MEGEVE", "DAY"), (Charade.Value.Scenes[1].Interior, Charade.Value.Scenes[1].Location, Charade.Value.Scenes[1].TimeOfDay));
    }

    [Fact]
    public void The_main_characters_are_the_ones_who_speak_most()
    {
        var top = Charade.Value.Characters.OrderByDescending(c => c.DialogueLines).Take(6).Select(c => c.Name).ToList();
        Assert.Equal(["REGGIE", "DYLE", "ADAM", "PETER", "BARTHOLOMEW", "TEX"], top);
        Assert.DoesNotContain(Charade.Value.Characters, c => c.Name.Contains("ANGLE") || c.Name.Contains("SHOT") || c.Name.StartsWith("INT"));
    }

    [Fact]
    public void Hard_wrapped_dialogue_and_parentheticals_are_joined_into_one_speech()
    {
        var megeve = Charade.Value.Scenes.First(s => s.Heading == "EXT. HOTEL TERRACE -- DAY");
        var speech = megeve.Elements.First(e => e.Type == ElementTypes.Dialogue && e.Character == "REGGIE" && e.Text.StartsWith("I admit"));
        Assert.DoesNotContain('\n', speech.Text);
        Assert.Contains("American Provincial, but that doesn't mean", speech.Text);
        Assert.True(speech.LastLine > speech.Line);
        Assert.Contains(megeve.Elements, e => e.Type == ElementTypes.Parenthetical && e.Text == "(sitting)");
    }

    [Fact]
    public void Flush_left_shots_stay_action_and_indented_titles_are_centered()
    {
        var all = Charade.Value.AllElements.ToList();
        Assert.Contains(all, e => e.Type == ElementTypes.Action && e.Text == "CLOSE SHOT -- BODY");
        Assert.Contains(all, e => e.Type == ElementTypes.Centered && e.Text == "(MAIN TITLES)");
        Assert.Contains(all, e => e.Type == ElementTypes.Transition && e.Text == "FADE OUT:");
        Assert.Contains(all, e => e.Type == ElementTypes.Action && e.Text.Contains("sun-worshippers"));
    }
}
