namespace ScriptToMovie.App.Data;

public class Character
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public string VisualDescription { get; set; } = "";
    /// <summary>Comma-separated other names the script uses for this character.</summary>
    public string? Aliases { get; set; }
    public int? FirstSceneId { get; set; }
    public int DialogueLines { get; set; }
    /// <summary>Voice profile as stored by the media library, e.g. espeak:en-us+f3:p55:s165.</summary>
    public string? Voice { get; set; }
    /// <summary>The character this is another age of: YOUNG EDWARD is a look of EDWARD (null for a person in their own right).</summary>
    public string? PersonName { get; set; }
    /// <summary>"young", "old", "child", "teen" or "adult" when the name says which age of the person this look is.</summary>
    public string? Period { get; set; }
    public string? EditedFields { get; set; }
    public DateTime CreatedAt { get; set; }

    public Project? Project { get; set; }
}
