using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Steps.Clips;

/// <summary>
/// How the clips step paces itself; every wait is configurable so tests run in seconds. How many clips are made at
/// once is the pipeline's VIDEO_CONCURRENCY (<see cref="Pipeline.PipelineSettings.VideoConcurrency"/>): one key, one place.
/// </summary>
public sealed record ClipSettings
{
    [Setting("CLIP_ATTEMPTS", "A run's own attempts per clip.")]
    [Range(1, 20)]
    public int Attempts { get; init; } = 3;

    [Setting("CLIP_RETRY_DELAY_MS", "The delay before a clip's next attempt, in milliseconds.", Unit = TimeUnit.Milliseconds)]
    [Range(0, 3_600_000)]
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    // Animatic clips are encoded here by ffmpeg, which already uses every core: two at once only
    // contend (bench/render measured 1.85x the one-at-a-time floor). Remote providers wait, so they overlap.
    [Setting("ANIMATIC_CONCURRENCY", "Animatic clips encoded at once in one process (ffmpeg already uses every core).")]
    [Range(1, 16)]
    public int AnimaticConcurrency { get; init; } = 1;

    public static ClipSettings From(IConfiguration c) => SettingsBinder.Bind<ClipSettings>(c);
}
