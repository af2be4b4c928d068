using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScriptToMovie.Screenplay;

/// <summary>The JSON that <c>./s2m parse</c> prints and the API returns (camelCase).</summary>
public static class ScreenplayJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Pretty = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static string Serialize(ScreenplayDocument doc, bool pretty = false)
    {
        ArgumentNullException.ThrowIfNull(doc);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, pretty ? Pretty : Compact))
            Write(w, doc);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public static void Write(Utf8JsonWriter w, ScreenplayDocument doc)
    {
        w.WriteStartObject();
        w.WriteString("title", doc.Title);
        w.WriteStartObject("titlePage");
        foreach (var (key, value) in doc.TitlePage) w.WriteString(key, value);
        w.WriteEndObject();
        w.WriteString("format", doc.Format);

        w.WriteStartArray("messages");
        foreach (var m in doc.Messages)
        {
            w.WriteStartObject();
            w.WriteString("text", m.Text);
            if (m.Line is int line) w.WriteNumber("line", line); else w.WriteNull("line");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("scenes");
        foreach (var s in doc.Scenes)
        {
            w.WriteStartObject();
            w.WriteNumber("number", s.Number);
            w.WriteString("scriptSceneNumber", s.ScriptSceneNumber);
            w.WriteString("heading", s.Heading);
            w.WriteString("interior", s.Interior);
            w.WriteString("location", s.Location);
            w.WriteString("timeOfDay", s.TimeOfDay);
            w.WriteStartArray("characters");
            foreach (var c in s.Characters) w.WriteStringValue(c);
            w.WriteEndArray();
            w.WriteNumber("startLine", s.StartLine);
            w.WriteNumber("endLine", s.EndLine);
            WriteElements(w, s.Elements);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        WriteElements(w, doc.Elements);

        w.WriteStartArray("characters");
        foreach (var c in doc.Characters)
        {
            w.WriteStartObject();
            w.WriteString("name", c.Name);
            w.WriteNumber("dialogueLines", c.DialogueLines);
            w.WriteStartArray("scenes");
            foreach (var n in c.Scenes) w.WriteNumberValue(n);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteElements(Utf8JsonWriter w, IReadOnlyList<ScriptElement> elements)
    {
        w.WriteStartArray("elements");
        foreach (var e in elements)
        {
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            w.WriteString("text", e.Text);
            w.WriteNumber("line", e.Line);
            w.WriteNumber("endLine", e.LastLine);
            if (e.Character != null) w.WriteString("character", e.Character);
            if (e.Dual is bool dual) w.WriteBoolean("dual", dual);
            if (e.Depth is int depth) w.WriteNumber("depth", depth);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
