using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScriptToMovie.Fakes.Kling;

/// <summary>What Kling refuses with code 1201 before it creates a task: wrong types, missing or oversized prompts, unknown durations, modes and aspects, pictures that are neither a URL nor raw Base64.</summary>
internal static class FakeKlingValidation
{
    internal static (int Code, string Message)? Validate(JsonObject body, string product)
    {
        foreach (var field in new[] { "prompt", "negative_prompt", "model_name", "mode", "duration", "aspect_ratio", "image", "image_tail", "external_task_id" })
            if (body[field] is { } value && value.GetValueKind() != JsonValueKind.String)
                return (1201, $"Invalid parameter: {field} must be a string");
        var prompt = Text(body, "prompt");
        if (product is "text2video" or "generations" or "omni-image" or "omni-video" && string.IsNullOrWhiteSpace(prompt)) return (1201, "Invalid parameter: prompt is required");
        if (prompt is { Length: > 2500 }) return (1201, "Invalid parameter: prompt must not exceed 2500 characters");
        if (Text(body, "negative_prompt") is { Length: > 2500 }) return (1201, "Invalid parameter: negative_prompt must not exceed 2500 characters");
        if (product is not ("generations" or "omni-image") && Text(body, "duration") is { } d && d is not ("5" or "10"))
            return (1201, "Invalid parameter: duration must be 5 or 10");
        if (Text(body, "mode") is { } m && m is not ("std" or "pro")) return (1201, "Invalid parameter: mode must be std or pro");
        var aspects = product is "generations" or "omni-image" ? new[] { "16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3", "21:9" } : ["16:9", "9:16", "1:1"];
        if (Text(body, "aspect_ratio") is { } a && !aspects.Contains(a)) return (1201, "Invalid parameter: aspect_ratio is not supported");
        if (body["cfg_scale"] is JsonValue cfg && (!cfg.TryGetValue<double>(out var c) || c < 0 || c > 1))
            return (1201, "Invalid parameter: cfg_scale must be between 0 and 1");
        if (body["n"] is JsonValue nv && (!nv.TryGetValue<int>(out var n) || n < 1 || n > 9))
            return (1201, "Invalid parameter: n must be between 1 and 9");
        if (product == "image2video")
        {
            var image = Text(body, "image");
            var tail = Text(body, "image_tail");
            if (string.IsNullOrEmpty(image) && string.IsNullOrEmpty(tail)) return (1201, "Invalid parameter: image or image_tail is required");
            foreach (var picture in new[] { image, tail })
                if (!string.IsNullOrEmpty(picture) && !IsUrlOrRawBase64(picture))
                    return (1201, "Invalid parameter: image must be a URL or raw Base64 without a data: prefix");
        }
        return null;
    }

    internal static bool IsUrlOrRawBase64(string picture)
    {
        if (picture.StartsWith("https://", StringComparison.Ordinal) || picture.StartsWith("http://", StringComparison.Ordinal)) return true;
        if (picture.StartsWith("data:", StringComparison.Ordinal)) return false;
        var buffer = new byte[picture.Length];
        return Convert.TryFromBase64String(picture, buffer, out var written) && written > 8;
    }

    internal static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
