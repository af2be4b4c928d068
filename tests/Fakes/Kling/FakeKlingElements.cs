using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static ScriptToMovie.Fakes.Kling.FakeKlingReplies;
using static ScriptToMovie.Fakes.Kling.FakeKlingValidation;

namespace ScriptToMovie.Fakes.Kling;

/// <summary>
/// The Element Library side of the fake (shared/docs/kling-elements.md A.1): ai-multi-shot (three angles from a front
/// view), advanced-custom-elements (a front view and 1–3 others registered as an element), and the element limits of
/// the requests that use them: image2video ≤ 3 on kling-v3 only, omni-video images + elements ≤ 7 (≤ 4 with a
/// reference video), image generation images + elements ≤ 10. It records which elements each clip named.
/// </summary>
public sealed partial class FakeKlingServer
{
    private long _nextElementId = 286_000_000_000;

    /// <summary>Models whose image2video takes an element_list (the capability map: Kling 3.0 only).</summary>
    public static readonly string[] ElementVideoModels = ["kling-v3"];
    public static readonly string[] OmniVideoModels = ["kling-video-o1", "kling-v3-omni"];
    public static readonly string[] OmniImageModels = ["kling-image-o1", "kling-v3-omni"];

    /// <summary>Storyboard picture tasks (generations and omni-image) with what each referenced, in creation order.</summary>
    public IReadOnlyList<FakeKlingTask> PictureTasks => Tasks.Where(t => t.Product is "generations" or "omni-image").OrderBy(t => t.CreatedAt).ToList();

    /// <summary>Video tasks (image2video, text2video, omni-video) with the elements each named, in creation order.</summary>
    public IReadOnlyList<FakeKlingTask> ClipTasks => Tasks.Where(t => t.IsVideo).OrderBy(t => t.CreatedAt).ToList();

    /// <summary>The elements registered, by name (an advanced-custom-elements task each).</summary>
    public IReadOnlyList<FakeKlingTask> ElementTasks => Tasks.Where(t => t.ElementId is not null).ToList();

    private void MapGeneral(WebApplication app)
    {
        app.MapPost("/v1/general/{product}", (HttpContext http, string product) => product switch
        {
            "ai-multi-shot" when Options.RefuseMultiShot => Error(http, 403, 1103, "Account has no permission to access the requested resource"),
            "ai-multi-shot" or "advanced-custom-elements" => CreateAsync(http, product),
            _ => Error(http, 404, 1202, "Invalid request method"),
        });
        app.MapGet("/v1/general/{product}/{id}", (HttpContext http, string product, string id) => QueryAsync(http, product, id));
    }

    private (int Code, string Message)? ValidateElements(JsonObject body, string product)
    {
        var elements = body["element_list"];
        if (elements is not null and not JsonArray) return (1201, "Invalid parameter: element_list must be an array");
        var ids = ElementIdsOf(body);
        if (elements is JsonArray list && list.Count != ids.Count) return (1201, "Invalid parameter: element_list[].element_id is required");
        var images = body["image_list"] is JsonArray il ? il.Count : 0;
        switch (product)
        {
            case "ai-multi-shot":
                if (string.IsNullOrEmpty(Text(body, "element_frontal_image"))) return (1201, "Invalid parameter: element_frontal_image is required");
                break;
            case "advanced-custom-elements":
                if (Text(body, "element_name") is not { Length: > 0 and <= 20 }) return (1201, "Invalid parameter: element_name is required and must not exceed 20 characters");
                if (Text(body, "element_description") is { Length: > 100 }) return (1201, "Invalid parameter: element_description must not exceed 100 characters");
                if (Text(body, "reference_type") is not "image_refer") return (1201, "Invalid parameter: reference_type must be image_refer or video_refer");
                if (body["element_image_list"] is not JsonObject pictures || string.IsNullOrEmpty(Text(pictures, "frontal_image")))
                    return (1201, "Invalid parameter: element_image_list.frontal_image is required");
                if (pictures["refer_images"] is not JsonArray { Count: >= 1 and <= 3 } refer || refer.Any(r => r is not JsonObject o || string.IsNullOrEmpty(Text(o, "image_url"))))
                    return (1201, "Invalid parameter: element_image_list.refer_images must hold 1 to 3 images");
                break;
            case "image2video" when ids.Count > 0:
                if (!ElementVideoModels.Contains(Text(body, "model_name"))) return (1201, "Invalid parameter: the model does not support element_list");
                if (ids.Count > 3) return (1201, "Invalid parameter: element_list supports at most 3 elements");
                break;
            case "text2video" when ids.Count > 0:
                return (1201, "Invalid parameter: element_list is not supported in text-to-video");
            case "omni-video":
                if (!OmniVideoModels.Contains(Text(body, "model_name"))) return (1201, "Invalid parameter: model_name must be kling-video-o1 or kling-v3-omni");
                var cap = body["video_list"] is JsonArray { Count: > 0 } ? 4 : 7;
                if (images + ids.Count > cap) return (1201, $"Invalid parameter: images and elements together must not exceed {cap}");
                if (images == 0 && Text(body, "aspect_ratio") is null) return (1201, "Invalid parameter: aspect_ratio is required without a first frame");
                break;
            case "generations" when images + ids.Count > 10:
                return (1201, "Invalid parameter: reference images and elements together must not exceed 10");
            case "omni-image":
                if (!OmniImageModels.Contains(Text(body, "model_name"))) return (1201, "Invalid parameter: model_name must be kling-image-o1 or kling-v3-omni");
                if (images + ids.Count > 10) return (1201, "Invalid parameter: images and elements together must not exceed 10");
                if (body["image_list"] is JsonArray pictureList && pictureList.Any(p => p is not JsonObject o || Text(o, "image") is not { Length: > 0 } image || !IsUrlOrRawBase64(image)))
                    return (1201, "Invalid parameter: image_list[].image must be a URL or raw Base64 without a data: prefix");
                break;
        }
        if (ids.Count > 0)
            lock (_gate)
            {
                var known = _tasks.Where(t => t.ElementId is not null && t.StatusAt(DateTimeOffset.UtcNow) == "succeed").Select(t => t.ElementId!).ToHashSet();
                if (ids.FirstOrDefault(id => !known.Contains(id)) is { } unknown) return (1201, $"Invalid parameter: element {unknown} does not exist");
            }
        return null;
    }

    private static List<string> ElementIdsOf(JsonObject body) =>
        body["element_list"] is JsonArray list
            ? list.Select(e => e is JsonObject o && o["element_id"] is JsonValue v
                    ? v.GetValueKind() == JsonValueKind.Number ? v.ToJsonString() : v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null
                    : null)
                .OfType<string>().ToList()
            : [];

    private static List<string> ReferencedImagesOf(JsonObject body) =>
        body["image_list"] is JsonArray list
            ? list.Select(e => e is JsonObject o ? Text(o, "image") ?? Text(o, "image_url") : null).OfType<string>()
                .Select(Fingerprint).ToList()
            : [];

    /// <summary>A link as it is; raw Base64 as the SHA-256 of its bytes, so a test can tell which stored file was sent.</summary>
    private static string Fingerprint(string picture)
    {
        if (picture.StartsWith("http", StringComparison.Ordinal)) return picture;
        var buffer = new byte[picture.Length];
        return Convert.TryFromBase64String(picture, buffer, out var n) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(buffer.AsSpan(0, n))) : "not-base64";
    }

    private static JsonObject ElementResult(FakeKlingTask task) => new()
    {
        ["elements"] = new JsonArray(new JsonObject
        {
            // A long, as the docs show it.
            ["element_id"] = long.Parse(task.ElementId!, CultureInfo.InvariantCulture),
            ["element_name"] = task.ElementName,
            ["status"] = "succeed",
        }),
    };
}
