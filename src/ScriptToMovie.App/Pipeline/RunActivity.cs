namespace ScriptToMovie.App.Pipeline;

/// <summary>A scene a running step is working on right now.</summary>
public sealed record WorkingSceneJson(int SceneNumber, string Title);

/// <summary>
/// What the running step is doing: since when, how long it has taken, how long it should still take and which
/// scenes it is on. Seconds are as of the document's building; clients add the time since they received it.
/// </summary>
public sealed record RunActivityJson(
    string Step, string Title, int StepProgress, DateTime? StepStartedAt, int ElapsedSeconds, int RunElapsedSeconds,
    int? EstimatedSecondsLeft, IReadOnlyList<WorkingSceneJson> WorkingOn, bool Slow, string? Notice);

public static class RunActivity
{
    /// <summary>The seed's sentence for a run that has gone on too long (DEVELOPER_GUIDE, error table).</summary>
    public const string SlowNotice = "Generation is taking longer than expected. You can refresh to check progress.";

    /// <summary>An estimate needs some measured work behind it; before that the client says "estimating".</summary>
    private const int MinimumProgressForEstimate = 3;
    private static readonly TimeSpan MinimumElapsedForEstimate = TimeSpan.FromSeconds(2);

    public static RunActivityJson Of(StepStatusJson step, DateTime runStartedAt, DateTime now, bool slow, IReadOnlyList<SceneStatusJson> scenes)
    {
        var definition = PipelineOrder.Named(step.Name);
        var elapsed = step.StartedAt is { } started && now > started ? now - started : TimeSpan.Zero;
        return new RunActivityJson(
            step.Name, definition.Title, step.Progress, step.StartedAt, (int)elapsed.TotalSeconds,
            (int)Math.Max(0, (now - runStartedAt).TotalSeconds),
            Estimate(step.Progress, elapsed), WorkingOn(step.Name, scenes), slow, slow ? SlowNotice : null);
    }

    /// <summary>
    /// Seconds left at the step's measured rate on this server in this run. Clip, trailer and assembly progress
    /// moves with ffmpeg's output position, so the rate is seconds of work per second of film made so far.
    /// </summary>
    public static int? Estimate(int progress, TimeSpan elapsed)
    {
        if (progress < MinimumProgressForEstimate || elapsed < MinimumElapsedForEstimate) return null;
        if (progress >= 100) return 0;
        return (int)Math.Ceiling(elapsed.TotalSeconds * (100 - progress) / progress);
    }

    private static List<WorkingSceneJson> WorkingOn(string step, IReadOnlyList<SceneStatusJson> scenes)
    {
        Func<SceneStatusJson, string>? part =
            step == PipelineOrder.Storyboard.Name ? s => s.Storyboard
            : step == PipelineOrder.Voices.Name ? s => s.Voice
            : step == PipelineOrder.Clips.Name ? s => s.Clip
            : null;
        return part is null ? [] : scenes.Where(s => part(s) == StepStatus.Running).Select(s => new WorkingSceneJson(s.SceneNumber, s.Title)).ToList();
    }
}
