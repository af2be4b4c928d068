namespace ScriptToMovie.App.Data;

public class Scene
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    /// <summary>1, 2, 3… in script order (the seed's meaning).</summary>
    public int SceneNumber { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Dialogue { get; set; }
    /// <summary>Seconds.</summary>
    public int? Duration { get; set; }
    public int Order { get; set; }
    public string Heading { get; set; } = "";
    public string? ScriptSceneNumber { get; set; }
    public int StartLine { get; set; }
    public int EndLine { get; set; }
    public string Location { get; set; } = "";
    public string? Interior { get; set; }
    public string? TimeOfDay { get; set; }
    public int? SettingId { get; set; }
    /// <summary>Comma-separated field names the user edited; they survive a re-parse.</summary>
    public string? EditedFields { get; set; }
    /// <summary>What the user wrote about the scene's action, beside the description; feeds the frame and the prompt.</summary>
    public string? Action { get; set; }
    /// <summary>The camera direction the user chose; null = the prompts step picks one.</summary>
    public string? Camera { get; set; }
    /// <summary>Comma-separated artifacts an edit made out of date (frame, prompt, voice, clip); see <see cref="Stale"/>.</summary>
    public string? StaleParts { get; set; }
    /// <summary>Hash of the scene's script text (heading, action, dialogue): a re-parse keeps a scene whose hash is unchanged.</summary>
    public string? ContentHash { get; set; }
    public DateTime CreatedAt { get; set; }

    public Project? Project { get; set; }
    public Setting? Setting { get; set; }
}

public class SceneCharacter
{
    public int Id { get; set; }
    public int SceneId { get; set; }
    public int CharacterId { get; set; }
    public bool Speaks { get; set; }

    public Scene? Scene { get; set; }
    public Character? Character { get; set; }
}
