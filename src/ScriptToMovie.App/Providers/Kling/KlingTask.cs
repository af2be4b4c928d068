using System.Globalization;
using System.Text.Json;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>A task as Kling reports it (legacy standard: task_id, task_status, task_result, final_unit_deduction).</summary>
public sealed record KlingTask(
    string TaskId,
    string Status,
    string? StatusMessage,
    string? ExternalTaskId,
    IReadOnlyList<string> ResultUrls,
    double? UnitsCharged)
{
    /// <summary>The element an advanced-custom-elements task registered (task_result.elements[0].element_id).</summary>
    public string? ElementId { get; init; }

    public bool Succeeded => Status == "succeed";
    public bool Failed => Status == "failed";
    public bool IsFinished => Succeeded || Failed;

    public static KlingTask Parse(JsonElement data)
    {
        var urls = new List<string>();
        string? element = null;
        if (data.TryGetProperty("task_result", out var result) && result.ValueKind == JsonValueKind.Object)
        {
            foreach (var list in new[] { "videos", "images" })
                if (result.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array)
                    urls.AddRange(items.EnumerateArray().Select(i => Text(i, "url")).OfType<string>());
            if (result.TryGetProperty("elements", out var elements) && elements.ValueKind == JsonValueKind.Array)
                element = elements.EnumerateArray().Select(e => Text(e, "element_id")).OfType<string>().FirstOrDefault();
        }

        string? external = null;
        if (data.TryGetProperty("task_info", out var info) && info.ValueKind == JsonValueKind.Object)
            external = Text(info, "external_task_id") is { Length: > 0 } e ? e : null;

        // final_unit_deduction is documented as a string; accept a number too.
        double? units = data.TryGetProperty("final_unit_deduction", out var u)
            ? u.ValueKind == JsonValueKind.Number ? u.GetDouble()
            : double.TryParse(u.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null
            : null;

        return new KlingTask(
            Text(data, "task_id") ?? throw new JsonException("Kling's reply has no task_id."),
            Text(data, "task_status") ?? "submitted",
            Text(data, "task_status_msg") is { Length: > 0 } m ? m : null,
            external,
            urls,
            units) { ElementId = element };
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
