using System.Text.Json.Nodes;

namespace ScriptToMovie.Fakes.Anthropic;

/// <summary>
/// Builds a value that satisfies a JSON schema, the way a model following a forced tool call would.
/// An array whose items carry an enum property gets one item per enum value (a complete answer);
/// strings say what they are and honour minLength, so tests can tell the fake's words apart.
/// </summary>
internal static class SchemaInstance
{
    public static JsonNode? Build(JsonNode? schema, string hint, string context)
    {
        if (schema is not JsonObject s) return null;
        if (s["enum"] is JsonArray e && e.Count > 0) return e[0]?.DeepClone();
        switch ((string?)s["type"])
        {
            case "object":
                var obj = new JsonObject();
                if (s["properties"] is JsonObject props)
                    foreach (var (name, propSchema) in props) obj[name] = Build(propSchema, name, context);
                return obj;
            case "array":
                return BuildArray(s, hint, context);
            case "integer":
                return (int?)s["minimum"] ?? 1;
            case "number":
                return 1.0;
            case "boolean":
                return true;
            default:
                var text = $"Fake {hint} for {context}: a concrete, visual paragraph written by the fake Claude.";
                var min = (int?)s["minLength"] ?? 0;
                while (text.Length < min) text += " More precise visual detail.";
                var max = (int?)s["maxLength"];
                return max is { } m && text.Length > m ? text[..m] : text;
        }
    }

    private static JsonArray BuildArray(JsonObject s, string hint, string context)
    {
        var result = new JsonArray();
        var max = (int?)s["maxItems"] ?? int.MaxValue;
        if (max == 0) return result;
        var items = s["items"] as JsonObject;
        // The item property that enumerates what must be covered (sceneNumber, name).
        var key = (items?["properties"] as JsonObject)?.FirstOrDefault(p => p.Value?["enum"] is JsonArray { Count: > 0 });
        if (key is { Key: var keyName, Value: var keySchema } && keySchema is not null)
        {
            foreach (var value in ((JsonArray)keySchema["enum"]!).Take(max))
            {
                var item = (JsonObject)Build(items, hint, $"{keyName} {value}")!;
                item[keyName] = value?.DeepClone();
                result.Add(item);
            }
            return result;
        }
        var count = Math.Min(Math.Max((int?)s["minItems"] ?? 1, 1), max);
        for (int i = 0; i < count; i++) result.Add(Build(items, hint, $"{context} #{i + 1}"));
        return result;
    }
}
