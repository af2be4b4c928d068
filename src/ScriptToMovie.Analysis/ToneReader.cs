using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// The emotional tone of a scene from the words of its dialogue and action: a small lexicon of
/// moods plus the shape of the speech (exclamations, questions, trailing pauses).
/// </summary>
internal static partial class ToneReader
{
    private sealed record Mood(string Adjective, Regex Words);

    // Listed in priority order: when two moods score the same, the earlier one wins, so results are stable.
    private static readonly Mood[] Moods =
    [
        new("heated", Lexicon("angry|anger|furious|rage|shout\\w*|yell\\w*|slam\\w*|smack\\w*|punch\\w*|hit|hits|argue\\w*|vociferously|damn|hell|hate|kill|dead|screw|roughing")),
        new("fearful", Lexicon("afraid|scared|fear|terror|terrified|panic\\w*|trembl\\w*|shaking|hide|hiding|scream\\w*|horror|danger\\w*")),
        new("impatient", Lexicon("waiting|waited|hours|finally|late|where were you|took you|taking so long|any minute")),
        new("apologetic", Lexicon("sorry|apologi\\w*|forgive|my fault|excuse me|mortified|embarrass\\w*")),
        new("urgent", Lexicon("hurry|quick\\w*|rush\\w*|run|runs|running|now|fast|speed\\w*|chase\\w*|out of breath|emergency|coming after")),
        new("melancholy", Lexicon("cry|cries|crying|tears|alone|lonely|miss|lost|grief|sad|sadly|sigh\\w*|depress\\w*|empty|goodbye|funeral")),
        new("tender", Lexicon("love|loves|hug\\w*|kiss\\w*|gentl\\w*|softly|dear|sweet\\w*|thank\\w*|smile\\w*|hold\\w* hands")),
        new("comic", Lexicon("laugh\\w*|joke|jokes|funny|dumb|ridiculous|silly|giggl\\w*|grin\\w*|crap|mercifully|unfortunately|weirdo|burp")),
        new("celebratory", Lexicon("cheer\\w*|celebrat\\w*|to retirement|toast|party|dance\\w*|happy|birthday|congratulations|drink\\w*|beers?")),
        new("mysterious", Lexicon("shadow\\w*|strange|mystery|secret\\w*|whisper\\w*|unknown|hidden|myth|mastermind")),
        new("tense", Lexicon("tense|quiet\\w*|stare\\w*|glare\\w*|silence|silent|careful\\w*|worried|threat\\w*|watch\\w*|freez\\w*|pause|beat|gravity|bad")),
        new("awkward", Lexicon("um|uh|awkward\\w*|hesitat\\w*|stammer\\w*|nervous\\w*")),
    ];

    public static string Describe(string dialogue, string action)
    {
        var text = dialogue + "\n" + action;
        var scored = Moods.Select((m, i) => (m.Adjective, Score: m.Words.Count(text), i))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenBy(x => x.i).Take(2).Select(x => x.Adjective).ToList();

        var lines = dialogue.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var signals = new List<string>();
        int exclaim = dialogue.Count(c => c == '!'), questions = dialogue.Count(c => c == '?');
        if (lines.Length > 0 && exclaim * 2 >= lines.Length) signals.Add("raised voices");
        if (lines.Length > 0 && questions * 2 >= lines.Length) signals.Add("pointed questions");
        if (dialogue.Contains("...") || dialogue.Contains('…') || dialogue.Contains(" -- ")) signals.Add("halting pauses");
        if (lines.Length >= 4 && lines.Average(l => ScriptWords.WordCount(l)) <= 6) signals.Add("clipped back-and-forth lines");

        string mood = scored.Count switch
        {
            0 => lines.Length == 0 ? "quiet and observational, the images carrying the moment without words" : "measured and conversational",
            1 => scored[0],
            _ => $"{scored[0]} and {scored[1]}",
        };
        var tail = signals.Count == 0 ? "" : ", with " + Join(signals);
        return $"The emotional tone is {mood}{tail}.";
    }

    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static Regex Lexicon(string alternatives) => new(@"\b(?:" + alternatives + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
