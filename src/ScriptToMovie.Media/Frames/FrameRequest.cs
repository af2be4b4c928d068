namespace ScriptToMovie.Media.Frames;

/// <summary>A character present in a scene. <paramref name="Speaks"/> decides the framing.</summary>
public sealed record FrameCharacter(string Name, string? VisualDescription, bool Speaks);

/// <summary>Everything a storyboard frame is drawn from. <paramref name="Seed"/> must be stable per scene so re-rendering gives the same picture.</summary>
/// <param name="SettingName">The setting the script analysis put the scene in (e.g. THE BOSS'S OFFICE), drawn when the
/// heading names no place ("SCOTT", "BACK ON NAK").</param>
/// <param name="SettingInterior">INT, EXT or INT/EXT of that setting, for a heading without a prefix.</param>
/// <param name="KeyObject">The thing the place is about ("a floating bridge", "a throne"), drawn in the middle of the set.</param>
public sealed record FrameRequest(
    int Width,
    int Height,
    int SceneNumber,
    string Heading,
    string? Interior,
    string Location,
    string? TimeOfDay,
    IReadOnlyList<FrameCharacter> Characters,
    string? ActionSummary,
    int Seed,
    string? SettingName = null,
    string? SettingInterior = null,
    string? KeyObject = null);
