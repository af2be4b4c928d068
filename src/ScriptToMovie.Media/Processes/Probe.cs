using System.Globalization;
using System.Text.Json;

namespace ScriptToMovie.Media.Processes;

/// <summary>Reads durations, streams and chapters with ffprobe's JSON output.</summary>
public sealed class Probe(ProcessRunner runner)
{
    public static IReadOnlyList<string> Arguments(string path) =>
    [
        "-v", "error",
        "-print_format", "json",
        "-show_format", "-show_streams", "-show_chapters",
        path,
    ];

    public async Task<MediaInfo> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = await runner.RunFFprobeAsync(
            Arguments(path), $"reading {Path.GetFileName(path)}", cancellationToken);
        return Parse(result.StandardOutput);
    }

    public async Task<TimeSpan> DurationAsync(string path, CancellationToken cancellationToken = default) =>
        (await ReadAsync(path, cancellationToken)).Duration;

    internal static MediaInfo Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        var streams = new List<MediaStream>();
        if (root.TryGetProperty("streams", out var streamArray))
        {
            foreach (var s in streamArray.EnumerateArray())
            {
                streams.Add(new MediaStream(
                    Int(s, "index") ?? streams.Count,
                    Text(s, "codec_type") ?? "unknown",
                    Text(s, "codec_name") ?? "unknown",
                    Int(s, "width"),
                    Int(s, "height"),
                    Int(s, "sample_rate"),
                    Int(s, "channels"),
                    Seconds(s, "duration"),
                    Text(s, "pix_fmt"),
                    Rate(Text(s, "avg_frame_rate"))));
            }
        }

        var chapters = new List<MediaChapter>();
        if (root.TryGetProperty("chapters", out var chapterArray))
        {
            foreach (var c in chapterArray.EnumerateArray())
            {
                var title = c.TryGetProperty("tags", out var tags) ? Text(tags, "title") : null;
                chapters.Add(new MediaChapter(
                    Seconds(c, "start_time") ?? TimeSpan.Zero, Seconds(c, "end_time") ?? TimeSpan.Zero, title));
            }
        }

        var duration = root.TryGetProperty("format", out var format) ? Seconds(format, "duration") : null;
        duration ??= streams.Select(s => s.Duration).Max() ?? TimeSpan.Zero;
        return new MediaInfo(duration.Value, streams, chapters);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // ffprobe prints most numbers as strings ("48000", "5.000000"), a few as numbers.
    private static int? Int(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)) return number;
        return int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed : null;
    }

    private static TimeSpan? Seconds(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        var text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.GetString();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : null;
    }

    private static double? Rate(string? fraction)
    {
        if (fraction is null) return null;
        var parts = fraction.Split('/');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var num)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var den)
            || den == 0) return null;
        return num / den;
    }
}
