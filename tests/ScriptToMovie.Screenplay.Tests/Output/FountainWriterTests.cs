using ScriptToMovie.Screenplay.Tests.Support;

namespace ScriptToMovie.Screenplay.Tests.Output;

public class FountainWriterTests
{
    public static TheoryData<string> AllScreenplays() => ScreenplayCorpusTests.AllScreenplays();

    private static IEnumerable<(string, string, string?, bool?)> Shape(ScreenplayDocument doc) =>
        doc.AllElements.Select(e => (e.Type, e.Text, e.Character, e.Dual));

    [Theory]
    [MemberData(nameof(AllScreenplays))]
    public void Writing_a_screenplay_as_fountain_and_reading_it_back_gives_the_same_script(string name)
    {
        var original = SharedFiles.ReadScreenplay(name);
        var written = FountainWriter.Write(original);
        var again = ScreenplayReader.ReadText(written);

        Assert.Equal(ScreenplayFormats.Fountain, again.Format);
        Assert.Equal(original.TitlePage, again.TitlePage);
        Assert.Equal(original.Scenes.Select(s => (s.Heading, s.ScriptSceneNumber, s.Interior, s.Location, s.TimeOfDay)),
            again.Scenes.Select(s => (s.Heading, s.ScriptSceneNumber, s.Interior, s.Location, s.TimeOfDay)));
        Assert.Equal(Shape(original), Shape(again));
    }

    [Fact]
    public void Text_that_would_read_as_something_else_is_forced_and_markup_characters_are_escaped()
    {
        var doc = new ScreenplayDocument("T", new Dictionary<string, string> { ["Title"] = "Barrier_15" }, ScreenplayFormats.Fdx, [],
            [new SceneBlock(1, "7", "SNIPER SCOPE POV", null, "SNIPER SCOPE POV", null, ["McCLANE"], 3, 9,
            [
                new ScriptElement(ElementTypes.SceneHeading, "SNIPER SCOPE POV", 3),
                new ScriptElement(ElementTypes.Action, "INT. THIS IS ACTION\nreally", 4),
                new ScriptElement(ElementTypes.Character, "McClane", 5, "MCCLANE", false),
                new ScriptElement(ElementTypes.Dialogue, "Yippee *ki* yay_", 6, "MCCLANE", false),
                new ScriptElement(ElementTypes.Transition, "Burn to white.", 7),
                new ScriptElement(ElementTypes.Action, "THE END", 8),
                new ScriptElement(ElementTypes.Action, "GO TO:", 9),
            ])], [], []);

        var written = FountainWriter.Write(doc);

        Assert.Equal("Title: Barrier\\_15\n\n\n.SNIPER SCOPE POV #7#\n\n!INT. THIS IS ACTION\nreally\n\n@McClane\nYippee \\*ki\\* yay\\_\n\n> Burn to white.\n\nTHE END\n\n!GO TO:", written);
        var again = ScreenplayReader.ReadText(written);
        Assert.Equal(doc.Scenes[0].Elements.Select(e => (e.Type, e.Text)), again.Scenes[0].Elements.Select(e => (e.Type, e.Text)));
        Assert.Equal("Barrier_15", again.TitlePage["Title"]);
    }
}
