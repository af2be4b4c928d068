using System.Text.Json;
using ScriptToMovie.Analysis;

namespace ScriptToMovie.App.Providers.Anthropic;

/// <summary>
/// Claude's answer for one batch, checked against what was asked: every scene of the batch exactly
/// once with a real title and description. Characters and settings are taken when well formed; a
/// missing one falls back to the offline text without failing the batch.
/// </summary>
public sealed record ClaudeAnswer(
    IReadOnlyDictionary<int, SceneText> Scenes,
    IReadOnlyDictionary<string, string> Characters,
    IReadOnlyDictionary<string, string> Settings)
{
    private const int MinDescription = 40;

    /// <summary>Null when the answer can't be used (wrong shape, missing or extra scenes, empty text).</summary>
    public static ClaudeAnswer? Validate(IReadOnlyDictionary<string, JsonElement>? input, ClaudeBatch batch)
    {
        if (input is null || !input.TryGetValue("scenes", out var scenes) || scenes.ValueKind != JsonValueKind.Array) return null;
        var wanted = batch.Scenes.Select(s => s.Index + 1).ToHashSet();
        var result = new Dictionary<int, SceneText>();
        foreach (var item in scenes.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("sceneNumber", out var n) || n.ValueKind != JsonValueKind.Number || !n.TryGetInt32(out var number)
                || !wanted.Contains(number) || result.ContainsKey(number - 1)
                || Text(item, "title") is not { Length: >= 2 and <= 120 } title
                || Text(item, "description") is not { Length: >= MinDescription } description)
                return null;
            result[number - 1] = new SceneText(title, description);
        }
        if (result.Count != wanted.Count) return null;

        return new ClaudeAnswer(result,
            Named(input, "characters", batch.NewCast.Select(c => c.Name)),
            Named(input, "settings", batch.NewSettings.Select(s => s.Name)));
    }

    private static Dictionary<string, string> Named(IReadOnlyDictionary<string, JsonElement> input, string key, IEnumerable<string> allowed)
    {
        var names = allowed.ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!input.TryGetValue(key, out var list) || list.ValueKind != JsonValueKind.Array) return result;
        foreach (var item in list.EnumerateArray())
            if (item.ValueKind == JsonValueKind.Object && Text(item, "name") is { } name && names.Contains(name)
                && Text(item, "visualDescription") is { Length: >= 20 } look)
                result.TryAdd(name, look);
        return result;
    }

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : null;
}
