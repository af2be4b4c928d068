namespace ScriptToMovie.Analysis;

/// <summary>
/// How long a scene runs on screen. The screenplay rule of thumb is a minute per page (about 55
/// lines); that is refined by what the scene holds: speech at about 2.5 words a second plus a couple
/// of seconds per action beat. The two estimates are averaged, so a page of dense dialogue runs
/// longer than a page of white space.
/// </summary>
public static class DurationEstimate
{
    public const double LinesPerPage = 55;
    public const double WordsPerSecond = 2.5;
    public const double SecondsPerBeat = 2;
    public const int Minimum = 3;
    public const int Maximum = 600;

    public static int Seconds(int sourceLines, int dialogueWords, int actionBeats)
    {
        var byPage = Math.Max(0, sourceLines) / LinesPerPage * 60;
        var byContent = dialogueWords / WordsPerSecond + actionBeats * SecondsPerBeat;
        var seconds = (int)Math.Round((byPage + byContent) / 2, MidpointRounding.AwayFromZero);
        return Math.Clamp(seconds, Minimum, Maximum);
    }
}
