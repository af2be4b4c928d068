namespace ScriptToMovie.Media.Subtitles;

/// <summary>One spoken line on screen. <paramref name="SourceLine"/> is the screenplay line it came from.</summary>
public sealed record SubtitleCue(TimeSpan Start, TimeSpan End, string? Speaker, string Text, int? SourceLine = null)
{
    public SubtitleCue Shift(TimeSpan offset) => this with { Start = Start + offset, End = End + offset };
}

public static class SubtitleCues
{
    /// <summary>Moves a scene's cues (timed from the scene's start) to the scene's place in the movie.</summary>
    public static IEnumerable<SubtitleCue> Offset(this IEnumerable<SubtitleCue> cues, TimeSpan sceneStart) =>
        cues.Select(cue => cue.Shift(sceneStart));
}
