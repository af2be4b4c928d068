using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScriptToMovie.Fakes.Anthropic;

/// <summary>
/// Answers kept in a file (Anthropic/Recorded/*.json): visual descriptions by character and setting name, written in
/// the shape the real model returns for record_descriptions. The fake puts them into each well-formed reply for the
/// names the request asks about, so a test can run the Claude path over a real screenplay and score what it stores.
/// </summary>
public sealed class RecordedAnswers
{
    public required IReadOnlyDictionary<string, string> Characters { get; init; }
    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    public static RecordedAnswers Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Anthropic", "Recorded", fileName);
        var doc = JsonNode.Parse(File.ReadAllText(path))!;
        return new RecordedAnswers
        {
            Characters = doc["characters"].Deserialize<Dictionary<string, string>>()!,
            Settings = doc["settings"].Deserialize<Dictionary<string, string>>()!,
        };
    }

    internal void Apply(JsonObject input)
    {
        Replace(input["characters"] as JsonArray, Characters);
        Replace(input["settings"] as JsonArray, Settings);
    }

    private static void Replace(JsonArray? items, IReadOnlyDictionary<string, string> answers)
    {
        foreach (var item in items?.OfType<JsonObject>() ?? [])
            if ((string?)item["name"] is { } name && answers.TryGetValue(name, out var words)) item["visualDescription"] = words;
    }
}
