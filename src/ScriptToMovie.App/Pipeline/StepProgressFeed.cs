namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Feeds a tool's 0..1 progress (ffmpeg's <c>-progress</c>) into the running step's progress between two figures,
/// so a long encode moves the bar instead of sitting on "Cutting the trailer" for minutes. Writes go out one at a
/// time, in order, at most one per <c>every</c>; a step awaits <see cref="FlushAsync"/> before it returns, so no
/// late report lands on a finished step.
/// </summary>
public sealed class StepProgressFeed(StepContext context, int from, int to, Func<double, string?> message, TimeSpan? every = null) : IProgress<double>
{
    private readonly TimeSpan _every = every ?? TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private Task _writes = Task.CompletedTask;
    private readonly int _from = from;
    private int _last = from;
    private long? _lastAt;

    public void Report(double fraction)
    {
        var clamped = Math.Clamp(fraction, 0, 1);
        var percent = _from + (int)Math.Floor((to - _from) * clamped);
        lock (_gate)
        {
            var now = Environment.TickCount64;
            if (percent <= _last || now - _lastAt < _every.TotalMilliseconds) return; // null (never written) compares false
            _last = percent;
            _lastAt = now;
            Enqueue(percent, message(clamped));
        }
    }

    /// <summary>A report that must not be throttled (a clip finished), kept in order with the fed ones.</summary>
    public Task ReportNowAsync(int percent, string? text)
    {
        lock (_gate)
        {
            _last = Math.Max(_last, percent);
            return Enqueue(percent, text);
        }
    }

    public Task FlushAsync()
    {
        lock (_gate) return _writes;
    }

    private Task Enqueue(int percent, string? text) =>
        _writes = _writes.ContinueWith(_ => WriteAsync(percent, text), TaskScheduler.Default).Unwrap();

    private async Task WriteAsync(int percent, string? text)
    {
        // A lost progress report is repaired by the next one; it must never fail the step.
        try { await context.ReportAsync(percent, text); }
        catch (Exception) { }
    }
}
