using ScriptToMovie.App.Data;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Providers;

/// <summary>
/// Makes one scene's storyboard picture. The storyboard step picks the provider (IMAGE_PROVIDER: painted, the
/// offline default, or kling), validates what comes back and stores it; clips are then animated from it.
/// </summary>
public interface IImageProvider
{
    /// <summary>painted or kling: stored in storyboardImages.provider.</summary>
    string Name { get; }

    /// <summary>
    /// The picture as a PNG of exactly the job's size. <paramref name="row"/> is the scene's storyboardImages row;
    /// a provider that pays per picture stores its task ids on it and calls <see cref="FrameJob.SaveRowAsync"/>
    /// before sending a request, so a resumed run finds the task instead of paying twice. Throw
    /// <see cref="FrameFailedException"/> for a failure the user should read.
    /// </summary>
    Task<byte[]> MakeAsync(FrameJob job, StoryboardImage row, CancellationToken ct);
}

public sealed record FrameJob(
    int ProjectId,
    int SceneId,
    int SceneNumber,
    /// <summary>What the offline painter draws from; its Width and Height are the size every provider must deliver.</summary>
    FrameRequest Drawing,
    /// <summary>The picture described in words, for a generative model.</summary>
    string Prompt,
    string? NegativePrompt,
    string AspectRatio,
    /// <summary>True when the user asked for this retry or redraw.</summary>
    bool IsUserRetry,
    /// <summary>True when the scene already has a finished picture that is to be replaced by a new one.</summary>
    bool Redraw,
    Func<CancellationToken, Task> SaveRowAsync)
{
    /// <summary>The scene's characters' elements, most important first (see Steps/SceneCast); empty when none were made.</summary>
    public IReadOnlyList<CastElement> Elements { get; init; } = [];

    /// <summary>The stored frame (PNG) of the latest earlier scene in the same place, for a model that takes reference pictures; null when there is none.</summary>
    public byte[]? PreviousFrame { get; init; }
}

/// <summary>A storyboard picture failure with a sentence for the user (stored in storyboardImages.errorMessage).</summary>
public class FrameFailedException(string userMessage, bool transient = false, Exception? inner = null)
    : ProviderFailedException(userMessage, transient, inner);
