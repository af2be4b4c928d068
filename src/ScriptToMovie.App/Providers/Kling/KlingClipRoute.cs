namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Which Kling product, model and elements a clip uses (kling-elements.md A.3 §6–11). Image-to-video passes up to
/// KLING_MODEL's element limit; a scene with more characters than that goes to omni-video, whose limit counts the
/// first frame too; whoever is left is carried by the frame and the prompt's words. A model that takes no elements
/// (and text-to-video, which has none) sends the frame and the prompt alone.
/// </summary>
public sealed record KlingClipRoute(string Product, string Model, IReadOnlyList<CastElement> Elements)
{
    public static KlingClipRoute For(ClipRequest request, KlingSettings settings)
    {
        if (request.FramePath is null) return new(KlingClient.Text2Video, settings.Model, []);
        var limit = settings.VideoElementLimit(settings.Model);
        if (request.Elements.Count == 0 || limit == 0) return new(KlingClient.Image2Video, settings.Model, []);
        if (request.Elements.Count <= limit) return new(KlingClient.Image2Video, settings.Model, request.Elements);
        var omni = settings.VideoElementLimit(settings.OmniModel) - 1;
        return omni > limit
            ? new(KlingClient.OmniVideo, settings.OmniModel, request.Elements.Take(omni).ToList())
            : new(KlingClient.Image2Video, settings.Model, request.Elements.Take(limit).ToList());
    }

    /// <summary>The prompt naming each element as Kling asks, <c>&lt;&lt;&lt;element_N&gt;&gt;&gt;</c>, before the scene's own words.</summary>
    public string Prompt(string prompt) => Elements.Count == 0 ? prompt
        : string.Join(", ", Elements.Select((e, i) => $"<<<element_{i + 1}>>> is {e.Name}")) + ". " + prompt;
}
