namespace ScriptToMovie.App.Data;

/// <summary>
/// One made version of a scene (table <c>sceneTakes</c>): the clip and the frame it was made from. Every clip
/// the clips step finishes becomes a take, so a regeneration never loses the version before it; the user picks
/// which take the movie uses. A take outlives its scene (sceneId set null) because a paid clip is never deleted
/// without asking.
/// </summary>
public class SceneTake
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int? SceneId { get; set; }
    /// <summary>1, 2, 3… per scene, in the order they were made.</summary>
    public int Number { get; set; }
    public string ClipKey { get; set; } = "";
    public double? ClipDuration { get; set; }
    /// <summary>Who made the clip: animatic, mock or kling.</summary>
    public string ClipProvider { get; set; } = "";
    public string? ClipTaskId { get; set; }
    public string? FrameKey { get; set; }
    /// <summary>Who made the frame: painted or kling.</summary>
    public string? FrameProvider { get; set; }
    public string? FrameTaskId { get; set; }
    public DateTime CreatedAt { get; set; }
}
