using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScriptToMovie.Analysis;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Providers.Anthropic;

/// <summary>
/// One request's worth of scenes, with the cast already described and the characters and settings
/// this batch introduces. Knows how to render itself as the prompt and as the tool's JSON schema;
/// the schema names the exact scene numbers, characters and settings, so a valid answer is a complete one.
/// </summary>
public sealed class ClaudeBatch
{
    public const string ToolName = "record_descriptions";

    public required IReadOnlyList<SceneOutline> Scenes { get; init; }
    public required IReadOnlyList<CastMember> NewCast { get; init; }
    public required IReadOnlyList<SettingGroup> NewSettings { get; init; }

    public int First => Scenes[0].Index + 1;
    public int Last => Scenes[^1].Index + 1;

    /// <summary>Cuts the scene list into batches of at most <paramref name="maxScenes"/> scenes and about <paramref name="maxChars"/> characters of script.</summary>
    public static List<List<SceneOutline>> Split(IReadOnlyList<SceneOutline> scenes, int maxScenes, int maxChars)
    {
        var batches = new List<List<SceneOutline>>();
        var current = new List<SceneOutline>();
        int chars = 0;
        foreach (var s in scenes)
        {
            var size = ScriptText(s).Length;
            if (current.Count > 0 && (current.Count >= maxScenes || chars + size > maxChars))
            {
                batches.Add(current);
                current = []; chars = 0;
            }
            current.Add(s); chars += size;
        }
        if (current.Count > 0) batches.Add(current);
        return batches;
    }

    /// <summary>What the parser read for sure (sex, child or grown-up, whose other age this is), so the model never contradicts it.</summary>
    private static string Facts(CastMember c)
    {
        var facts = new List<string>();
        if (c.Look.Sex is { } sex) facts.Add(sex);
        if (c.Look.Child is { } child) facts.Add(child ? "a child" : "not a child");
        if (c.Look.Age is { } age) facts.Add(age);
        if (c.PersonName is { } person) facts.Add($"{person} at another age ({c.Period}); not {person}'s look at the other age");
        return facts.Count == 0 ? "" : $" [facts: {string.Join(", ", facts)}]";
    }

    public string Prompt(string template, ScriptBreakdown script, IReadOnlyDictionary<string, string> castSoFar)
    {
        var cast = castSoFar.Count == 0 ? "(none yet)" : string.Join('\n', castSoFar.Select(c => $"- {c.Key}: {c.Value}"));
        var newCast = NewCast.Count == 0 ? "(none)" : string.Join('\n', NewCast.Select(c =>
            $"- {c.Name}{(c.Aliases.Count > 0 ? $" (also called {string.Join(", ", c.Aliases)})" : "")}{(c.Looks.Count > 0 ? ": the script says " + string.Join("; ", c.Looks) : "")}{Facts(c)}"));
        var newSettings = NewSettings.Count == 0 ? "(none)" : string.Join('\n', NewSettings.Select(s =>
            $"- {s.Name} ({s.Interior ?? "unspecified"}{(s.TimesOfDay.Count > 0 ? ", " + string.Join(", ", s.TimesOfDay) : "")}){(s.KeyObject is { } thing ? $"; the picture must show {thing}" : "")}"));
        var scenes = string.Join("\n\n", Scenes.Select(s =>
            $"### sceneNumber {s.Index + 1}\nSetting: {s.SettingName}\nCharacters present: {(s.Present.Count == 0 ? "none" : string.Join(", ", s.Present.Select(p => p.Member.Name + (p.Speaks ? "" : " (silent)"))))}\n\n{ScriptText(s)}"));
        return template.Replace("{{title}}", script.Title ?? "(untitled)").Replace("{{cast}}", cast).Replace("{{new_cast}}", newCast)
            .Replace("{{new_settings}}", newSettings).Replace("{{first}}", First.ToString()).Replace("{{last}}", Last.ToString())
            .Replace("{{total}}", script.Scenes.Count.ToString()).Replace("{{scenes}}", scenes);
    }

    /// <summary>The tool's input schema as raw JSON properties, for <c>InputSchema.FromRawUnchecked</c>.</summary>
    public Dictionary<string, JsonElement> Schema()
    {
        var numbers = new JsonArray(Scenes.Select(s => (JsonNode)JsonValue.Create(s.Index + 1)).ToArray());
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["scenes"] = new JsonObject
                {
                    ["type"] = "array", ["minItems"] = Scenes.Count, ["maxItems"] = Scenes.Count,
                    ["items"] = Item("sceneNumber", new JsonObject { ["type"] = "integer", ["enum"] = numbers },
                        ("title", new JsonObject { ["type"] = "string", ["minLength"] = 2, ["maxLength"] = 80 }),
                        ("description", new JsonObject { ["type"] = "string", ["minLength"] = 60 })),
                },
                ["characters"] = Named(NewCast.Select(c => c.Name).ToList(), 30),
                ["settings"] = Named(NewSettings.Select(s => s.Name).ToList(), 30),
            },
            ["required"] = new JsonArray("scenes", "characters", "settings"),
        };
        return JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(schema.ToJsonString())!;
    }

    private static JsonObject Named(IReadOnlyList<string> names, int minLength)
    {
        if (names.Count == 0) return new JsonObject { ["type"] = "array", ["maxItems"] = 0, ["items"] = new JsonObject { ["type"] = "object" } };
        return new JsonObject
        {
            ["type"] = "array", ["minItems"] = names.Count, ["maxItems"] = names.Count,
            ["items"] = Item("name", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(names.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray()) },
                ("visualDescription", new JsonObject { ["type"] = "string", ["minLength"] = minLength })),
        };
    }

    private static JsonObject Item(string key, JsonObject keySchema, params (string Name, JsonObject Schema)[] fields)
    {
        var props = new JsonObject { [key] = keySchema };
        foreach (var (name, s) in fields) props[name] = s;
        var required = new JsonArray(fields.Select(f => (JsonNode)JsonValue.Create(f.Name)!).Prepend(JsonValue.Create(key)!).ToArray());
        return new JsonObject { ["type"] = "object", ["properties"] = props, ["required"] = required };
    }

    /// <summary>The scene as screenplay text: heading, action, cues, parentheticals and dialogue.</summary>
    public static string ScriptText(SceneOutline scene)
    {
        var sb = new StringBuilder();
        foreach (var e in scene.Block.Elements)
        {
            var text = e.Text.Trim();
            if (text.Length == 0) continue;
            switch (e.Type)
            {
                case ElementTypes.SceneHeading or ElementTypes.Action or ElementTypes.Transition or ElementTypes.Centered:
                    sb.Append(text).Append("\n\n"); break;
                case ElementTypes.Character:
                    sb.Append(text.ToUpperInvariant()).Append('\n'); break;
                case ElementTypes.Parenthetical:
                    sb.Append(text.StartsWith('(') ? text : $"({text})").Append('\n'); break;
                case ElementTypes.Dialogue or ElementTypes.Lyrics:
                    sb.Append(text).Append("\n\n"); break;
            }
        }
        return sb.ToString().TrimEnd();
    }
}
