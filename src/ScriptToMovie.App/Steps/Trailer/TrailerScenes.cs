namespace ScriptToMovie.App.Steps.Trailer;

/// <summary>A scene as the trailer weighs it.</summary>
public sealed record TrailerCandidate(int SceneId, int Order, int DialogueLines, int Characters);

public static class TrailerScenes
{
    public const int Fewest = 4;
    public const int Most = 8;

    /// <summary>
    /// The script's most important scenes, most dialogue and characters first, between four and eight of them
    /// (all of them when the script is shorter), returned in script order so the trailer follows the story.
    /// </summary>
    public static IReadOnlyList<TrailerCandidate> Pick(IReadOnlyList<TrailerCandidate> scenes)
    {
        // A third of the script, within 4–8: enough to promise the story without telling it.
        var count = Math.Min(scenes.Count, Math.Clamp((int)Math.Ceiling(scenes.Count / 3.0), Fewest, Most));
        return scenes
            .OrderByDescending(s => s.DialogueLines + 2 * s.Characters)
            .ThenBy(s => s.Order)
            .Take(count)
            .OrderBy(s => s.Order)
            .ToList();
    }
}
