using ScriptToMovie.App.Data;

namespace ScriptToMovie.App.Providers;

/// <summary>
/// Makes one scene's clip. The clips step picks the provider (animatic, mock, kling) and hands it the
/// scene's frame, prompt and voice track; the provider writes an MP4 in the shared encoding profile
/// (H.264 yuv420p, fixed size and fps, AAC stereo 48 kHz, lasting <see cref="ClipRequest.Duration"/>) to
/// <see cref="ClipRequest.OutputPath"/>, so the final movie joins without re-encoding.
/// </summary>
public interface IVideoProvider
{
    /// <summary>animatic, mock or kling: stored in generatedVideos.provider.</summary>
    string Name { get; }

    /// <summary>
    /// Generates the clip. <paramref name="row"/> is the scene's generatedVideos row; a provider that pays per
    /// task stores its task ids on it and calls <see cref="ClipRequest.SaveRowAsync"/> before sending a
    /// request, so a resumed run finds the task instead of paying twice. Throw
    /// <see cref="ClipFailedException"/> for a failure the user should read.
    /// </summary>
    Task GenerateAsync(ClipRequest request, GeneratedVideo row, CancellationToken ct);

    /// <summary>
    /// True for a provider whose clip is made on a remote service: it holds a clip slot (<see cref="ClipRequest.HoldSlotAsync"/>)
    /// only while the service works on its task, and downloads and fits the result outside it, so the next
    /// scene's task starts at once. A local provider's whole clip is the work, and the step holds the slot around it.
    /// </summary>
    bool HoldsItsOwnSlot => false;
}

public sealed record ClipRequest(
    int ProjectId,
    int SceneId,
    int SceneNumber,
    string Heading,
    string Prompt,
    string? NegativePrompt,
    /// <summary>Seconds the clip must last: the scene's speech plus a breath, at least 3 s.</summary>
    double Duration,
    /// <summary>The scene's storyboard frame (PNG), or null when it has none.</summary>
    string? FramePath,
    /// <summary>The scene's voice track (WAV), or null when nobody speaks.</summary>
    string? AudioPath,
    int Width,
    int Height,
    string AspectRatio,
    string OutputPath,
    /// <summary>True when the user asked for this retry.</summary>
    bool IsUserRetry,
    Func<CancellationToken, Task> SaveRowAsync,
    /// <summary>For a provider that <see cref="IVideoProvider.HoldsItsOwnSlot"/>: waits for a clip slot and holds it until disposed.</summary>
    Func<CancellationToken, Task<IAsyncDisposable>>? HoldSlotAsync = null)
{
    /// <summary>The share of the clip made so far (0..1), from ffmpeg's progress where the provider encodes locally.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>The scene's characters' elements, most important first (see Steps/SceneCast); empty when none were made.</summary>
    public IReadOnlyList<CastElement> Elements { get; init; } = [];
}

/// <summary>A provider's failure with a sentence for the user (stored in the row's errorMessage).</summary>
public class ProviderFailedException(string userMessage, bool transient = false, Exception? inner = null) : Exception(userMessage, inner)
{
    /// <summary>True when trying again later may succeed (timeouts, outages); false for permanent refusals.</summary>
    public bool Transient { get; } = transient;
}

/// <summary>A clip failure with a sentence for the user (stored in generatedVideos.errorMessage).</summary>
public class ClipFailedException(string userMessage, bool transient = false, Exception? inner = null)
    : ProviderFailedException(userMessage, transient, inner);
