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
    /// <summary>The thing the place is about when the script names it in its heading or first action ("a floating bridge"); the frame draws it.</summary>
    public string? KeyObject { get; set; }
    public string? EditedFields { get; set; }
    public DateTime CreatedAt { get; set; }

    public Project? Project { get; set; }
}
