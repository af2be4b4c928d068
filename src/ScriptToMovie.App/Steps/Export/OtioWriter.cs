using System.Text;
using System.Text.Json;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// OpenTimelineIO JSON for Resolve 18.5+ and Premiere 25.6+: one video and one dialogue audio track of the same
/// clips, a marker per scene on the stack. Only schema versions every released reader knows (Clip.2, Marker.2),
/// and relative target_urls, because Resolve refuses file:// URLs and finds media next to the file.
/// </summary>
public static class OtioWriter
{
    public static byte[] Write(ExportTimeline timeline)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("OTIO_SCHEMA", "Timeline.1");
            json.WriteStartObject("metadata");
            json.WriteStartObject("Resolve_OTIO");
            json.WriteString("Resolve OTIO Meta Version", "1.0");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("name", timeline.Title);
            json.WritePropertyName("global_start_time");
            Time(json, 0);
            json.WriteStartObject("tracks");
            json.WriteString("OTIO_SCHEMA", "Stack.1");
            Empty(json, "tracks");
            json.WriteStartArray("markers");
            foreach (var scene in timeline.Scenes) Marker(json, scene);
            json.WriteEndArray();
            json.WriteStartArray("children");
            Track(json, timeline, "V1", "Video");
            Track(json, timeline, "A1", "Audio");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Track(Utf8JsonWriter json, ExportTimeline timeline, string name, string kind)
    {
        json.WriteStartObject();
        json.WriteString("OTIO_SCHEMA", "Track.1");
        Empty(json, name);
        json.WriteString("kind", kind);
        json.WriteStartArray("markers");
        json.WriteEndArray();
        json.WriteStartArray("children");
        foreach (var scene in timeline.Scenes) Clip(json, scene);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // No instancing in OTIO: the video and the audio track each get their own copy of the clip.
    private static void Clip(Utf8JsonWriter json, ExportScene scene)
    {
        json.WriteStartObject();
        json.WriteString("OTIO_SCHEMA", "Clip.2");
        json.WriteStartObject("metadata");
        json.WriteStartObject("Resolve_OTIO");
        json.WriteNumber("Link Group ID", scene.SceneNumber);
        json.WriteEndObject();
        json.WriteStartObject("PremierePro_OTIO");
        json.WriteString("LinkID", $"scene-{scene.SceneNumber}");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("name", scene.ClipName);
        json.WritePropertyName("source_range");
        Range(json, 0, scene.Frames);
        json.WriteStartArray("effects");
        json.WriteEndArray();
        json.WriteStartArray("markers");
        json.WriteEndArray();
        json.WriteBoolean("enabled", true);
        json.WriteString("active_media_reference_key", "DEFAULT_MEDIA");
        json.WriteStartObject("media_references");
        json.WriteStartObject("DEFAULT_MEDIA");
        json.WriteString("OTIO_SCHEMA", "ExternalReference.1");
        json.WriteStartObject("metadata");
        json.WriteEndObject();
        json.WriteString("name", scene.ClipFile);
        json.WriteString("target_url", BundleLayout.ClipPath(scene));
        json.WritePropertyName("available_range");
        Range(json, 0, scene.ClipFrames);
        json.WriteNull("available_image_bounds");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Marker(Utf8JsonWriter json, ExportScene scene)
    {
        json.WriteStartObject();
        json.WriteString("OTIO_SCHEMA", "Marker.2");
        json.WriteStartObject("metadata");
        json.WriteEndObject();
        json.WriteString("name", scene.ClipName);
        json.WriteString("color", "RED");
        json.WriteString("comment", scene.Action);
        json.WritePropertyName("marked_range");
        Range(json, scene.StartFrame, 0);
        json.WriteEndObject();
    }

    /// <summary>The fields every composition shares, empty.</summary>
    private static void Empty(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject("metadata");
        json.WriteEndObject();
        json.WriteString("name", name);
        json.WriteNull("source_range");
        json.WriteStartArray("effects");
        json.WriteEndArray();
        json.WriteBoolean("enabled", true);
    }

    private static void Range(Utf8JsonWriter json, long start, long duration)
    {
        json.WriteStartObject();
        json.WriteString("OTIO_SCHEMA", "TimeRange.1");
        json.WritePropertyName("start_time");
        Time(json, start);
        json.WritePropertyName("duration");
        Time(json, duration);
        json.WriteEndObject();
    }

    private static void Time(Utf8JsonWriter json, long frames)
    {
        json.WriteStartObject();
        json.WriteString("OTIO_SCHEMA", "RationalTime.1");
        json.WriteNumber("rate", Frames24.Rate);
        json.WriteNumber("value", frames);
        json.WriteEndObject();
    }
}
