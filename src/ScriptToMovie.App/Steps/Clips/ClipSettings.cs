namespace ScriptToMovie.App.Steps.Clips;

/// <summary>How the clips step paces itself; every wait is configurable so tests run in seconds.</summary>
public sealed record ClipSettings(int Concurrency, int Attempts, TimeSpan RetryDelay, int AnimaticConcurrency = 1)
{
    public static ClipSettings From(IConfiguration c) => new(
        Concurrency: int.TryParse(c["VIDEO_CONCURRENCY"], out var n) && n > 0 ? n : 2,
        Attempts: int.TryParse(c["CLIP_ATTEMPTS"], out var a) && a > 0 ? a : 3,
        RetryDelay: TimeSpan.FromMilliseconds(int.TryParse(c["CLIP_RETRY_DELAY_MS"], out var d) && d >= 0 ? d : 2000),
        // Animatic clips are encoded here by ffmpeg, which already uses every core: two at once only
        // contend (bench/render measured 1.85x the one-at-a-time floor). Remote providers wait, so they overlap.
        AnimaticConcurrency: int.TryParse(c["ANIMATIC_CONCURRENCY"], out var l) && l > 0 ? l : 1);
}
