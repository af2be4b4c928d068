namespace ScriptToMovie.Media.Frames;

/// <summary>Outcome of checking a rendered frame; <paramref name="Problem"/> is a sentence a user can read.</summary>
public sealed record FrameValidation(bool Ok, string? Problem)
{
    public static FrameValidation Valid { get; } = new(true, null);

    public static FrameValidation Invalid(string problem) => new(false, problem);
}
