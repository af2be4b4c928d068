namespace ScriptToMovie.Fakes.Kling;

/// <summary>One generation task as the fake account stores it. Its status follows from the clock.</summary>
public sealed class FakeKlingTask
{
    public required string TaskId { get; init; }
    /// <summary>text2video, image2video or generations (images).</summary>
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

    public bool IsVideo => Product != "generations";

    /// <summary>Video tasks hold one slot of the pack's concurrency; an image task holds one per image.</summary>
    public int Slots => IsVideo ? 1 : ImageCount;

    public string StatusAt(DateTimeOffset now) =>
        now < ProcessingAt ? "submitted" : now < EndsAt ? "processing" : WillFail ? "failed" : "succeed";

    public bool IsActiveAt(DateTimeOffset now) => now < EndsAt;
}
