namespace ScriptToMovie.App.Steps.Storyboard;

/// <summary>How the storyboard step paces itself; every wait is configurable so tests run in seconds.</summary>
public sealed record FrameSettings(int Concurrency, int Attempts, TimeSpan RetryDelay)
{
    public static FrameSettings From(IConfiguration c) => new(
        // Kling counts image tasks against the account's image pack; the painter draws one at a time.
        Concurrency: int.TryParse(c["IMAGE_CONCURRENCY"], out var n) && n > 0 ? n : 2,
        Attempts: int.TryParse(c["FRAME_ATTEMPTS"], out var a) && a > 0 ? a : 3,
        RetryDelay: TimeSpan.FromMilliseconds(int.TryParse(c["FRAME_RETRY_DELAY_MS"], out var d) && d >= 0 ? d : 2000));
}
