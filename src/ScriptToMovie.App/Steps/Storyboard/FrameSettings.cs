using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Steps.Storyboard;

/// <summary>How the storyboard step paces itself; every wait is configurable so tests run in seconds.</summary>
public sealed record FrameSettings
{
    // Kling counts image tasks against the account's image pack; the painter draws one at a time.
    [Setting("IMAGE_CONCURRENCY", "Pictures made at once by a remote provider.")]
    [Range(1, 16)]
    public int Concurrency { get; init; } = 2;

    [Setting("FRAME_ATTEMPTS", "Attempts per storyboard picture.")]
    [Range(1, 20)]
    public int Attempts { get; init; } = 3;

    [Setting("FRAME_RETRY_DELAY_MS", "The delay before a picture's next attempt, in milliseconds.", Unit = TimeUnit.Milliseconds)]
    [Range(0, 3_600_000)]
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    public static FrameSettings From(IConfiguration c) => SettingsBinder.Bind<FrameSettings>(c);
}
