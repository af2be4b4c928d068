namespace ScriptToMovie.App.Data;

/// <summary>
/// One spoken line of a scene (table <c>dialogueLines</c>), stored by the parse step so the voices and the
/// subtitles never read the script again.
/// </summary>
public class SceneDialogueLine
{
    public int Id { get; set; }
    public int SceneId { get; set; }
    /// <summary>0, 1, 2… in the order the scene speaks them.</summary>
    public int Order { get; set; }
    /// <summary>The cue as written (the cast list may know the speaker by another case).</summary>
    public string Speaker { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Parenthetical { get; set; }
    /// <summary>The second speaker of a dual-dialogue pair: heard at the same time as the line before.</summary>
    public bool Dual { get; set; }
    /// <summary>The line of the screenplay text the speech starts on (1-based).</summary>
    public int SourceLine { get; set; }

    public Scene? Scene { get; set; }
}

/// <summary>
/// What the script's title page says (table <c>titlePages</c>, one row per parsed project). The row also marks
/// that the parse stored its dialogue lines: a project parsed before these tables existed has scenes but no row.
/// </summary>
public class TitlePageRow
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    /// <summary>The title as written, lines separated by '\n'.</summary>
    public string? Title { get; set; }
    /// <summary>"Written by Ada Writer".</summary>
    public string? Credit { get; set; }
}
