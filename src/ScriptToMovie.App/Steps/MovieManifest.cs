using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScriptToMovie.App.Steps;

/// <summary>
/// The JSON beside the movie: where each scene starts and ends and which screenplay lines it came from, and
/// every line of dialogue with its speaker, its time in the movie and its source line. Times are seconds.
/// </summary>
public sealed record MovieManifest(
    string Title,
    double Duration,
    int Width,
    int Height,
    IReadOnlyList<ManifestScene> Scenes,
    IReadOnlyList<ManifestLine> Lines)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static MovieManifest Parse(string json) => JsonSerializer.Deserialize<MovieManifest>(json, Json)!;
}

/// <param name="Clip">Where the picture came from: the provider's clip, or "animatic" standing in for a failed one.</param>
public sealed record ManifestScene(
    int SceneId, int SceneNumber, string Heading, double Start, double End, int StartLine, int EndLine, string Clip, bool StandIn);

public sealed record ManifestLine(int SceneNumber, string Speaker, string Text, double Start, double End, int? SourceLine);
