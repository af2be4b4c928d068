using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Steps.Parse;

/// <summary>The parse step through the app: what it stores and how. What the analysis says is tested in ScriptToMovie.Analysis.Tests.</summary>
public class ParseStepTests
{
    [Fact]
    public async Task Parsing_again_leaves_one_set_of_rows_and_keeps_what_the_user_edited()
    {
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(Screenplays.Read("Brick-and-Steel.fountain"));
        await h.RunAsync(id);
        var scenes = await h.ScenesAsync(id);
        var steel = (await h.CharactersAsync(id)).Single(c => c.Name == "STEEL");
        var patio = (await h.SettingsAsync(id)).First();

        await h.Db.Scenes.Where(s => s.Id == scenes[2].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Description, "My own words.").SetProperty(s => s.EditedFields, "description"));
        await h.Db.Characters.Where(c => c.Id == steel.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.VisualDescription, "Steel in a Hawaiian shirt.").SetProperty(c => c.EditedFields, "visualDescription"));
        await h.Db.Settings.Where(s => s.Id == patio.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.VisualDescription, "A patio of my own.").SetProperty(s => s.EditedFields, "visualDescription"));
        await h.RunAsync(id);

        var again = await h.ScenesAsync(id);
        Assert.Equal(scenes.Select(s => s.Id), again.Select(s => s.Id));
        Assert.Equal("My own words.", again[2].Description);
        Assert.Equal(scenes[3].Description, again[3].Description);
        Assert.Equal("Steel in a Hawaiian shirt.", (await h.CharactersAsync(id)).Single(c => c.Name == "STEEL").VisualDescription);
        Assert.Equal("A patio of my own.", (await h.SettingsAsync(id)).Single(s => s.Id == patio.Id).VisualDescription);
        Assert.Equal(7, (await h.CharactersAsync(id)).Count);
        Assert.Equal(await h.Db.SceneCharacters.CountAsync(), await h.Db.SceneCharacters.Select(x => new { x.SceneId, x.CharacterId }).Distinct().CountAsync());
    }

    [Fact]
    public async Task Removing_a_scene_from_the_script_removes_its_row_on_the_next_parse()
    {
        await using var h = await ParseHarness.CreateAsync();
        var script = Screenplays.Read("Brick-and-Steel.fountain");
        var id = await h.AddProjectAsync(script);
        await h.RunAsync(id);
        var before = await h.ScenesAsync(id);

        var cut = script.IndexOf("EXT. PALATIAL MANSION", StringComparison.Ordinal);
        var shorter = script[..cut];
        await h.Db.Projects.Where(p => p.Id == id).ExecuteUpdateAsync(u => u.SetProperty(p => p.ScriptContent, shorter));
        await h.RunAsync(id);

        var after = await h.ScenesAsync(id);
        Assert.Equal(before.Count - 1, after.Count);
        Assert.DoesNotContain(after, s => s.Heading.Contains("MANSION"));
        Assert.DoesNotContain(await h.CharactersAsync(id), c => c.Name is "MINION" or "HANDSOME MAN");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Just a few words about a movie idea.")]
    [InlineData("INT. HOUSE - DAY")]
    public async Task A_script_without_a_complete_scene_fails_with_the_seeds_message(string script)
    {
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(script);
        var e = await Assert.ThrowsAsync<StepFailedException>(() => h.RunAsync(id));
        Assert.Equal("Your script needs at least one complete scene to generate a movie. Check that it follows standard screenplay format.", e.Message);
        Assert.Empty(await h.ScenesAsync(id));
    }

    [Fact]
    public async Task Progress_is_reported_with_a_human_message_and_ends_at_100()
    {
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(Samples.CoffeeShop);
        await h.RunAsync(id);
        Assert.Equal(h.Reports.Select(r => r.Progress).Order(), h.Reports.Select(r => r.Progress));
        Assert.Equal((100, "Analysed 1 scene, 2 characters and 1 setting"), h.Reports[^1]);
    }

    [Fact]
    public async Task The_parse_stores_every_spoken_line_and_the_title_page_for_the_later_steps()
    {
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(SampleScript.Text);
        await h.RunAsync(id);

        var scenes = await h.ScenesAsync(id);
        var lines = await h.Db.DialogueLines.Where(l => l.SceneId == scenes[1].Id).OrderBy(l => l.Order).ToListAsync();
        Assert.Equal(["TOM", "MARA", "TOM", "MARA"], lines.Select(l => l.Speaker));
        Assert.Equal([0, 1, 2, 3], lines.Select(l => l.Order));
        Assert.Equal([false, false, false, true], lines.Select(l => l.Dual));
        var whisper = await h.Db.DialogueLines.SingleAsync(l => l.SceneId == scenes[0].Id);
        Assert.Equal(("He should have been here by now.", "(whispering)", 10), (whisper.Text, whisper.Parenthetical, whisper.SourceLine));
        Assert.False(await h.Db.DialogueLines.AnyAsync(l => l.SceneId == scenes[2].Id));
        var page = await h.Db.TitlePages.SingleAsync(t => t.ProjectId == id);
        Assert.Equal(("The Lighthouse Keys", "Written by Ada Writer"), (page.Title, page.Credit));

        await h.RunAsync(id);
        Assert.Equal(5, await h.Db.DialogueLines.CountAsync());
        Assert.Equal(1, await h.Db.TitlePages.CountAsync());
    }

    [Fact]
    public async Task The_parse_stores_whose_younger_look_a_character_is_and_each_settings_key_object()
    {
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync("""
            EXT. FLOATING BRIDGE - NIGHT

            EDWARD (40s) crosses. YOUNG EDWARD, 20s, follows him.

            EDWARD
            Keep up.

            YOUNG EDWARD
            I am.

            A VOICE
            Who goes there?
            """);
        await h.RunAsync(id);

        var characters = await h.CharactersAsync(id);
        Assert.Equal(["EDWARD", "YOUNG EDWARD"], characters.Select(c => c.Name).Order());
        var young = characters.Single(c => c.Name == "YOUNG EDWARD");
        Assert.Equal(("EDWARD", "young"), (young.PersonName, young.Period));
        Assert.Null(characters.Single(c => c.Name == "EDWARD").PersonName);
        Assert.Equal("a floating bridge", Assert.Single(await h.SettingsAsync(id)).KeyObject);
        // A voice is not cast, but its line is still there to be voiced.
        Assert.Contains(await h.Db.DialogueLines.ToListAsync(), l => l.Speaker == "A VOICE");
    }
}
