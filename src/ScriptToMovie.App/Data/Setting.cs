namespace ScriptToMovie.App.Data;

public class Setting
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public string VisualDescription { get; set; } = "";
    public string? Interior { get; set; }
    /// <summary>Comma-separated times of day seen in this setting's headings.</summary>
    public string? TimesOfDay { get; set; }
    public string? EditedFields { get; set; }
    public DateTime CreatedAt { get; set; }

    public Project? Project { get; set; }
}
