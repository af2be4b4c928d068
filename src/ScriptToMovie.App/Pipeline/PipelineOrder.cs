namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// The one place that says what comes after what. Voices come before clips because a clip lasts as
/// long as its scene's speech.
/// </summary>
public static class PipelineOrder
{
    public sealed record Phase(string Name, string Title, IReadOnlyList<string> Steps);

    public static readonly IReadOnlyList<Phase> Phases =
    [
        new("script-to-trailer", "Script to trailer", ["parse", "trailer"]),
        new("trailer-to-storyboard", "Trailer to storyboard", ["storyboard"]),
        new("storyboard-to-movie", "Storyboard to movie", ["prompts", "voices", "clips", "assemble"]),
    ];

    public static readonly IReadOnlyList<string> Steps = Phases.SelectMany(p => p.Steps).ToList();

    public static int IndexOf(string step) => Steps.ToList().IndexOf(step);

    public static Phase PhaseOf(string step) => Phases.First(p => p.Steps.Contains(step));

    /// <summary>The steps before <paramref name="step"/>, which must have completed first.</summary>
    public static IEnumerable<string> Before(string step) => Steps.Take(IndexOf(step));
}
