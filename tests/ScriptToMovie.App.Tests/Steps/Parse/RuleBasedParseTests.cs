using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Steps.Parse;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Steps.Parse;

public class RuleBasedParseTests
{
    [Theory]
    [MemberData(nameof(Screenplays.All), MemberType = typeof(Screenplays))]
    public async Task Every_scene_description_names_its_location_and_the_characters_present(string screenplay)
    {
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(Screenplays.Read(screenplay));
        await h.RunAsync(id);

        var scenes = await h.ScenesAsync(id);
        Assert.NotEmpty(scenes);
        foreach (var scene in scenes)
        {
            Assert.True(scene.Description.Length >= 120, $"Scene {scene.SceneNumber} ({scene.Heading}) has a thin description: {scene.Description}");
            Assert.Contains(Squash(scene.Location), Squash(scene.Description), StringComparison.OrdinalIgnoreCase);
            foreach (var (character, _) in await h.CastOfAsync(scene.Id))
            {
                var names = (character.Aliases ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Prepend(character.Name);
                Assert.True(names.Any(n => scene.Description.Contains(n, StringComparison.OrdinalIgnoreCase)),
                    $"Scene {scene.SceneNumber} ({scene.Heading}) doesn't name {character.Name}: {scene.Description}");
            }
            Assert.InRange(scene.Duration ?? 0, DurationEstimate.Minimum, DurationEstimate.Maximum);
            Assert.False(string.IsNullOrWhiteSpace(scene.Title));
        }
    }

    [Theory]
    [MemberData(nameof(Screenplays.All), MemberType = typeof(Screenplays))]
    public async Task Every_speaking_character_has_a_visual_description_that_never_changes(string screenplay)
    {
        await using var h = await ParseHarness.CreateAsync();
        var first = await h.AddProjectAsync(Screenplays.Read(screenplay));
        var second = await h.AddProjectAsync(Screenplays.Read(screenplay));
        await h.RunAsync(first);
        await h.RunAsync(second);

        var a = await h.CharactersAsync(first);
        var b = (await h.CharactersAsync(second)).ToDictionary(c => c.Name);
        foreach (var c in a.Where(c => c.DialogueLines > 0))
        {
            Assert.True(c.VisualDescription.Length >= 60, $"{c.Name} has a thin look: {c.VisualDescription}");
            Assert.Equal(c.VisualDescription, b[c.Name].VisualDescription);
        }
        Assert.Equal((await h.ScenesAsync(first)).Select(s => s.Description), (await h.ScenesAsync(second)).Select(s => s.Description));
    }

    [Fact]
    public async Task The_coffee_shop_sample_reads_like_the_seeds_strong_description()
    {
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(Samples.CoffeeShop);
        await h.RunAsync(id);

        var scene = Assert.Single(await h.ScenesAsync(id));
        Assert.Equal("Coffee shop – morning", scene.Title);
        Assert.Equal("ALICE: I have been waiting for hours.\nBOB: Sorry I am late. Traffic was terrible.", scene.Dialogue);
        Assert.StartsWith("Inside the coffee shop in the morning", scene.Description);
        Assert.Contains("Alice sits alone at a table", scene.Description);
        Assert.Contains("Bob enters, out of breath", scene.Description);
        Assert.Contains("morning light", scene.Description);
        Assert.Contains("impatient", scene.Description);
        var cast = await h.CastOfAsync(scene.Id);
        Assert.Equal(["ALICE", "BOB"], cast.Select(c => c.Character.Name));
        Assert.All(cast, c => Assert.True(c.Speaks));
        Assert.All(await h.CharactersAsync(id), c => Assert.Equal(scene.Id, c.FirstSceneId));
    }

    [Fact]
    public async Task Later_and_continuous_headings_are_the_same_setting()
    {
        const string script = """
            INT. COFFEE SHOP - MORNING

            ALICE waits by the window.

            INT. COFFEE SHOP - LATER

            Alice checks her watch.

            EXT. STREET - NIGHT

            Rain hammers the empty street.

            INT. COFFEE SHOP - CONTINUOUS

            Alice gives up and leaves.
            """;
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(script);
        await h.RunAsync(id);

        var settings = await h.SettingsAsync(id);
        Assert.Equal(["COFFEE SHOP", "STREET"], settings.Select(s => s.Name));
        Assert.Equal("MORNING", settings[0].TimesOfDay);
        Assert.Equal("INT", settings[0].Interior);
        Assert.Contains("Rain hammers the empty street", settings[1].VisualDescription);
        var scenes = await h.ScenesAsync(id);
        Assert.Equal([settings[0].Id, settings[0].Id, settings[1].Id, settings[0].Id], scenes.Select(s => s.SettingId!.Value));
        // LATER keeps the morning light of the scene before it.
        Assert.Contains("morning light", scenes[1].Description);
    }

    [Fact]
    public async Task A_later_heading_that_names_the_evening_is_lit_as_evening()
    {
        const string script = """
            INT. BAXTER'S APARTMENT - DAY

            BAXTER paces with headphones on.

            INT. BAXTER'S APARTMENT, LATER THAT EVENING

            Baxter sits in the dark.
            """;
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(script);
        await h.RunAsync(id);

        var scenes = await h.ScenesAsync(id);
        Assert.Contains("during the day", scenes[0].Description);
        Assert.Contains("in the evening", scenes[1].Description);
        Assert.DoesNotContain("during the day", scenes[1].Description);
        Assert.Single(await h.SettingsAsync(id));
    }

    [Fact]
    public async Task A_girl_is_a_child_but_an_art_girl_is_a_grown_woman()
    {
        const string script = """
            INT. GALLERY - DAY

            The ART GIRL hangs a canvas while a LITTLE GIRL watches.

            ART GIRL
            Don't touch.

            LITTLE GIRL
            I wasn't going to.
            """;
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(script);
        await h.RunAsync(id);

        var looks = (await h.CharactersAsync(id)).ToDictionary(c => c.Name, c => c.VisualDescription);
        Assert.StartsWith("Little Girl: A girl of about ten", looks["LITTLE GIRL"]);
        Assert.StartsWith("Art Girl: A woman in her", looks["ART GIRL"]);
    }

    [Fact]
    public async Task Aliases_the_script_declares_become_one_character()
    {
        const string script = """
            INT. KITCHEN - MORNING

            ROBERT (BOB) (40s, rumpled bathrobe, reading glasses) pours coffee while MOM watches him.

            BOB
            Morning.

            MOTHER
            You're late again.

            MOM
            Eat something.

            A WAITRESS (20s, green apron) waves from the TV screen.
            """;
        await using var h = await ParseHarness.CreateAsync();
        var id = await h.AddProjectAsync(script);
        await h.RunAsync(id);

        var characters = (await h.CharactersAsync(id)).ToDictionary(c => c.Name);
        Assert.Equal(["BOB", "MOM", "WAITRESS"], characters.Keys.Order());
        Assert.Equal("ROBERT", characters["BOB"].Aliases);
        Assert.Equal("MOTHER", characters["MOM"].Aliases);
        Assert.Equal(2, characters["MOM"].DialogueLines);
        Assert.Contains("40s, rumpled bathrobe, reading glasses", characters["BOB"].VisualDescription);
        Assert.Contains("green apron", characters["WAITRESS"].VisualDescription);
        var cast = await h.CastOfAsync((await h.ScenesAsync(id)).Single().Id);
        Assert.False(cast.Single(c => c.Character.Name == "WAITRESS").Speaks);
        Assert.True(cast.Single(c => c.Character.Name == "BOB").Speaks);
    }

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

    private static string Squash(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
