namespace ScriptToMovie.Fakes.Kling;

/// <summary>One generation task as the fake account stores it. Its status follows from the clock.</summary>
public sealed class FakeKlingTask
{
    public required string TaskId { get; init; }
    /// <summary>text2video, image2video, omni-video, generations or omni-image (images), ai-multi-shot or advanced-custom-elements.</summary>
    public required string Product { get; init; }
    public string? ExternalTaskId { get; init; }
    public required string Prompt { get; init; }
    public string? NegativePrompt { get; init; }
    public required string Model { get; init; }
    public required string Mode { get; init; }
    public required string Duration { get; init; }
    public string? AspectRatio { get; init; }
    public int ImageCount { get; init; } = 1;
    public required double Units { get; init; }
    public required bool WillFail { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ProcessingAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>Set when a query first sees the task finished: the signed result URL and when it stops working.</summary>
    public string? ResultToken { get; set; }
    public DateTimeOffset ResultExpiresAt { get; set; }

    /// <summary>The element ids the request's element_list named, in order (clips, omni-video, pictures).</summary>
    public IReadOnlyList<string> ElementIds { get; init; } = [];

    /// <summary>The reference pictures the request's image_list sent (omni-image, omni-video), as SHA-256 hex of their bytes, in order.</summary>
    public IReadOnlyList<string> ReferencedImages { get; init; } = [];

    /// <summary>For an advanced-custom-elements task: the element it registers, and its name.</summary>
    public string? ElementId { get; init; }
    public string? ElementName { get; init; }

    public bool IsVideo => IsVideoProduct(Product);

    public static bool IsVideoProduct(string product) => product is "text2video" or "image2video" or "omni-video";

    /// <summary>Video tasks hold one slot of the pack's concurrency; an image task holds one per image, the general ones one.</summary>
    public int Slots => IsVideo || Product is not ("generations" or "omni-image") ? 1 : ImageCount;

    public string StatusAt(DateTimeOffset now) =>
        now < ProcessingAt ? "submitted" : now < EndsAt ? "processing" : WillFail ? "failed" : "succeed";

    public bool IsActiveAt(DateTimeOffset now) => now < EndsAt;
}
