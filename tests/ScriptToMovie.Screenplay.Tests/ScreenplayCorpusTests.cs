using ScriptToMovie.Screenplay.Tests.Support;

namespace ScriptToMovie.Screenplay.Tests;

/// <summary>The real screenplays in shared/screenplays.</summary>
public class ScreenplayCorpusTests
{
    public static TheoryData<string> AllScreenplays()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(SharedFiles.Screenplays).Where(f => !f.EndsWith(".md")).Order())
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(AllScreenplays))]
    public void Every_screenplay_reads_into_scenes_with_speakers_and_serialises(string name)
    {
        var doc = SharedFiles.ReadScreenplay(name);
        Assert.NotEmpty(doc.Scenes);
        Assert.NotEmpty(doc.Characters);
        // The .fdx files in the corpus were exported without a title page.
        if (!name.EndsWith(".fdx")) Assert.False(string.IsNullOrWhiteSpace(doc.Title));
        Assert.Equal(Enumerable.Range(1, doc.Scenes.Count), doc.Scenes.Select(s => s.Number));
        Assert.All(doc.Scenes, s => Assert.True(s.StartLine <= s.EndLine));
        Assert.All(doc.AllElements.Where(e => e.Type is ElementTypes.Dialogue or ElementTypes.Parenthetical),
            e => Assert.False(string.IsNullOrEmpty(e.Character)));
        Assert.StartsWith("{\"title\":", ScreenplayJson.Serialize(doc));
    }

    [Theory]
    [InlineData("Brick-and-Steel", 8, 20)]
    [InlineData("The-Last-Birthday-Card", 48, 134)]
    public void A_final_draft_file_gives_the_same_scenes_and_cues_as_its_fountain_twin(string name, int scenes, int cues)
    {
        var fountain = SharedFiles.ReadScreenplay(name + ".fountain");
        var fdx = SharedFiles.ReadScreenplay(name + ".fdx");
        Assert.Equal(ScreenplayFormats.Fdx, fdx.Format);
        Assert.Equal(scenes, fountain.Scenes.Count);
        Assert.Equal(fountain.Scenes.Select(s => s.Heading.ToUpperInvariant()), fdx.Scenes.Select(s => s.Heading.ToUpperInvariant()));
        Assert.Equal(Cues(fountain), Cues(fdx));
        Assert.Equal(cues, Cues(fdx).Count);
        Assert.Equal(fountain.Scenes.Select(s => s.Characters), fdx.Scenes.Select(s => s.Characters));
        Assert.Equal(DualCues(fountain), DualCues(fdx));
    }

    internal static List<string> Cues(ScreenplayDocument doc) =>
        doc.AllElements.Where(e => e.Type == ElementTypes.Character).Select(e => e.Character!).ToList();

    private static List<string> DualCues(ScreenplayDocument doc) =>
        doc.AllElements.Where(e => e.Type == ElementTypes.Character && e.Dual == true).Select(e => e.Character!).ToList();

    [Fact]
    public void A_damaged_final_draft_file_is_refused_with_a_sentence()
    {
        var text = File.ReadAllText(SharedFiles.Screenplay("Brick-and-Steel.fdx"));
        var broken = text[..(text.Length / 2)];
        var ex = Assert.Throws<UnreadableScreenplayException>(() => ScreenplayReader.Read(System.Text.Encoding.UTF8.GetBytes(broken), "x.fdx"));
        Assert.Contains("Final Draft", ex.Message);
        Assert.EndsWith(".", ex.Message);
    }

    [Fact]
    public void A_file_named_fdx_that_is_not_final_draft_is_refused()
    {
        var ex = Assert.Throws<UnreadableScreenplayException>(() => ScreenplayReader.Read("INT. HOUSE - DAY"u8.ToArray(), "x.fdx"));
        Assert.Contains("not a Final Draft script", ex.Message);
    }
}
