namespace ScriptToMovie.Analysis.Tests;

public class SceneDialogueTests
{
    private const string Lighthouse = """
        Title: The Lighthouse Keys
        Author: Ada Writer

        EXT. HARBOUR - NIGHT

        MARA, a tall woman in a yellow raincoat, waits by the water.

        MARA
        (whispering)
        He should have been here by now.

        INT. LIGHTHOUSE - DAY

        TOM, a stocky man with a grey beard and glasses, climbs the stairs. MARA follows him.

        TOM
        Who told you about the keys?

        MARA
        Nobody had to.

        TOM
        Then you already know.

        MARA ^
        Then I already know.

        EXT. CLIFF ROAD - DUSK

        Wind bends the long grass. Nobody is there.
        """;

    [Fact]
    public void Each_line_keeps_its_parenthetical_dual_flag_and_source_line()
    {
        var scenes = Screenplays.Breakdown(Lighthouse).Scenes;

        Assert.Equal(new ScriptLine("MARA", "He should have been here by now.", "(whispering)", false, 10), scenes[0].Lines.Single());
        Assert.Equal(["TOM", "MARA", "TOM", "MARA"], scenes[1].Lines.Select(l => l.Speaker));
        Assert.Equal([false, false, false, true], scenes[1].Lines.Select(l => l.Dual));
        Assert.Empty(scenes[2].Lines);
    }

    [Fact]
    public void The_title_page_gives_the_title_and_the_writers_credit()
    {
        Assert.Equal(new TitlePage("The Lighthouse Keys", "Written by Ada Writer"), Screenplays.Breakdown(Lighthouse).TitlePage);
        Assert.Equal(new TitlePage(null, null), Screenplays.Breakdown("INT. ROOM - DAY\n\nA room.\n").TitlePage);
    }

    [Fact]
    public void A_title_page_credit_line_replaces_written_by()
    {
        var page = Screenplays.Breakdown("Title: Full Retired\nCredit: Story by\nAuthor: Sam Lee\n\nINT. ROOM - DAY\n\nA room.\n").TitlePage;
        Assert.Equal("Story by Sam Lee", page.Credit);
    }
}
