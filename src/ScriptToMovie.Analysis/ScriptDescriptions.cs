namespace ScriptToMovie.Analysis;

public sealed record SceneText(string Title, string Description);

/// <summary>The words an analyser wrote. Keys: scene index (0-based), cast name, setting name.</summary>
public sealed record ScriptDescriptions(
    IReadOnlyDictionary<int, SceneText> Scenes,
    IReadOnlyDictionary<string, string> Characters,
    IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>Things the user should know, e.g. scenes that fell back to the offline text.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
