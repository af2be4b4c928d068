using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Tests.Steps;

/// <summary>
/// A three-scene script with what the parse step stores for it: a whispered line, a dual-dialogue pair,
/// two characters with visual descriptions, and a scene nobody speaks in.
/// </summary>
public static class SampleScript
{
    public const string Text = """
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

    public const string MaraLook = "a tall woman in a yellow raincoat";
    public const string TomLook = "a stocky man with a grey beard and glasses";

    public static async Task<int> SeedAsync(AppDb db, string script, string aspect, bool withScenes = true)
    {
        var now = DateTime.UtcNow;
        var user = new User { Email = $"u{Guid.NewGuid():N}@example.com", Name = "Test", PasswordHash = "x", CreatedAt = now };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var project = new Project { UserId = user.Id, Title = "Lighthouse", ScriptContent = script, AspectRatio = aspect, CreatedAt = now, UpdatedAt = now };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        if (!withScenes) return project.Id;

        var harbour = new Setting { ProjectId = project.Id, Name = "HARBOUR", Interior = "EXT", VisualDescription = "a stone quay with fishing boats and wet cobbles", CreatedAt = now };
        var lighthouse = new Setting { ProjectId = project.Id, Name = "LIGHTHOUSE", Interior = "INT", VisualDescription = "a narrow spiral staircase of white-washed stone", CreatedAt = now };
        var cliff = new Setting { ProjectId = project.Id, Name = "CLIFF ROAD", Interior = "EXT", VisualDescription = "", CreatedAt = now };
        db.Settings.AddRange(harbour, lighthouse, cliff);
        await db.SaveChangesAsync();

        Scene NewScene(int n, string heading, string interior, string location, string time, Setting setting, string description, string? dialogue) => new()
        {
            ProjectId = project.Id, SceneNumber = n, Order = n, Title = heading, Heading = heading, Interior = interior, Location = location,
            TimeOfDay = time, SettingId = setting.Id, Description = description, Dialogue = dialogue, CreatedAt = now,
        };
        var scenes = new[]
        {
            NewScene(1, "EXT. HARBOUR - NIGHT", "EXT", "HARBOUR", "NIGHT", harbour, "Mara waits by the water.", "MARA: He should have been here by now."),
            NewScene(2, "INT. LIGHTHOUSE - DAY", "INT", "LIGHTHOUSE", "DAY", lighthouse, "Tom climbs the stairs. Mara follows him.",
                "TOM: Who told you about the keys?\nMARA: Nobody had to.\nTOM: Then you already know.\nMARA: Then I already know."),
            NewScene(3, "EXT. CLIFF ROAD - DUSK", "EXT", "CLIFF ROAD", "DUSK", cliff, "Wind bends the long grass. Nobody is there.", null),
        };
        db.Scenes.AddRange(scenes);
        await db.SaveChangesAsync();

        var mara = new Character { ProjectId = project.Id, Name = "MARA", VisualDescription = MaraLook, DialogueLines = 3, FirstSceneId = scenes[0].Id, CreatedAt = now };
        var tom = new Character { ProjectId = project.Id, Name = "TOM", VisualDescription = TomLook, DialogueLines = 2, FirstSceneId = scenes[1].Id, CreatedAt = now };
        db.Characters.AddRange(mara, tom);
        await db.SaveChangesAsync();
        db.SceneCharacters.AddRange(
            new SceneCharacter { SceneId = scenes[0].Id, CharacterId = mara.Id, Speaks = true },
            new SceneCharacter { SceneId = scenes[1].Id, CharacterId = mara.Id, Speaks = true },
            new SceneCharacter { SceneId = scenes[1].Id, CharacterId = tom.Id, Speaks = true });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return project.Id;
    }
}
