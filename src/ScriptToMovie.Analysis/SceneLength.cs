using ScriptToMovie.Screenplay;

namespace ScriptToMovie.Analysis;

/// <summary>
/// How long a scene runs on screen: the one rule the parse, the quote, the clips and the movie's chapters share
/// (decision 0092). A scene lasts as long as its lines take to say plus a breath, or as long as its action needs
/// (a couple of seconds a beat, up to the guide's 10 s for an action or establishing shot), whichever is longer,
/// and never less than a viewer needs to take in a picture. Before the voices exist the lines are estimated from
/// their words; once the voices step has measured them, the measured length replaces the estimate. Whole seconds,
/// so a clip, its chapter and the number on the Scenes tab are the same to the frame.
/// </summary>
public static class SceneLength
{
    /// <summary>espeak-ng speaks about 160 words a minute; people a little slower.</summary>
    public const double WordsPerSecond = 2.5;

    /// <summary>The pause after the last line, so a cut never clips a word.</summary>
    public const double Breath = 0.8;

    public const double SecondsPerBeat = 2;

    /// <summary>The guide's longest action or establishing shot; action does not stretch a scene further.</summary>
    public const int LongestAction = 10;

    public const int Shortest = 3;
    public const int Longest = 600;

    /// <summary>Before the voices: the lines' words at <see cref="WordsPerSecond"/>.</summary>
    public static int Estimate(int dialogueWords, int actionBeats) =>
        Seconds(dialogueWords / WordsPerSecond, actionBeats);

    /// <summary>The length in whole seconds for speech of <paramref name="speechSeconds"/> and the scene's action beats.</summary>
    public static int Seconds(double speechSeconds, int actionBeats)
    {
        // A hair of tolerance so 2.2 s of measured speech plus the breath is 3 s, not 4 s from rounding noise.
        var speech = speechSeconds > 0 ? Math.Ceiling(speechSeconds + Breath - 0.001) : 0;
        var action = Math.Min(Math.Max(0, actionBeats) * SecondsPerBeat, LongestAction);
        return (int)Math.Clamp(Math.Max(speech, action), Shortest, Longest);
    }

    /// <summary>The action's beats: its sentences.</summary>
    public static int ActionBeats(IEnumerable<string> actionParagraphs) =>
        actionParagraphs.Sum(a => ScriptWords.Sentences(a).Count());

    /// <summary>The beats of a scene's action as the script writes it.</summary>
    public static int ActionBeats(SceneBlock block) =>
        ActionBeats(block.Elements.Where(e => e.Type == ElementTypes.Action).Select(e => e.Text));
}
