using System.Text.Json;

namespace ScriptToMovie.App.Data;

/// <summary>
/// One line of sceneAudio.timingsJson: who speaks, what, when within the scene (seconds), and the screenplay
/// line it came from. Assembly offsets these by the scene's start for subtitles and the manifest.
/// <paramref name="Voice"/> is the voice it was spoken in, so a changed voice is noticed and the scene re-voiced.
/// </summary>
public sealed record LineTimingJson(string Speaker, string Text, double Start, double End, int? SourceLine, string? Voice = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IEnumerable<LineTimingJson> lines) => JsonSerializer.Serialize(lines, Json);

    public static IReadOnlyList<LineTimingJson> Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<LineTimingJson>>(json, Json) ?? [];
}
