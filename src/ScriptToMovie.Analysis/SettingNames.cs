using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// Turns a heading's location into the name of a setting, so that <c>COFFEE SHOP - LATER</c> and
/// <c>COFFEE SHOP - CONTINUOUS</c> are the same place: continuity and time-of-day suffixes go, case
/// and spacing are folded.
/// </summary>
internal static partial class SettingNames
{
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "DAY", "NIGHT", "MORNING", "AFTERNOON", "EVENING", "DAWN", "DUSK", "SUNSET", "SUNRISE", "NOON", "MIDNIGHT",
        "LATER", "MOMENTS LATER", "A MOMENT LATER", "MOMENT LATER", "SECONDS LATER", "MINUTES LATER", "HOURS LATER",
        "CONTINUOUS", "CONT'D", "CONTD", "CONTINUED", "SAME", "SAME TIME", "THE SAME", "SIMULTANEOUS", "LATE NIGHT",
        "EARLY MORNING", "LATE AFTERNOON", "EARLY EVENING", "MAGIC HOUR", "NIGHTFALL", "FLASHBACK", "PRESENT", "PRESENT DAY",
    };

    /// <summary>Words that say "the same time as the scene before" rather than a time of day.</summary>
    private static readonly HashSet<string> ContinuityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "LATER", "MOMENTS LATER", "A MOMENT LATER", "MOMENT LATER", "SECONDS LATER", "MINUTES LATER", "HOURS LATER",
        "CONTINUOUS", "CONT'D", "CONTD", "CONTINUED", "SAME", "SAME TIME", "THE SAME", "SIMULTANEOUS",
    };

    public static string Normalize(string location)
    {
        var s = location.ToUpperInvariant().Replace('\u2013', '-').Replace('\u2014', '-');
        s = Parenthesised().Replace(s, m => TimeWords.Contains(m.Groups[1].Value.Trim()) ? "" : m.Value);
        s = DoubleDash().Replace(s, " - ");
        s = Spaces().Replace(s, " ").Trim();
        // Strip trailing "- LATER", ", CONTINUOUS" segments, however many there are.
        while (true)
        {
            var m = TrailingSegment().Match(s);
            if (!m.Success || !TimeWords.Contains(m.Groups[2].Value.Trim())) break;
            s = m.Groups[1].Value.TrimEnd();
        }
        return s.Trim(' ', '-', ',', '.', ':', ';');
    }

    /// <summary>A time of day that says what the light is (DAY, NIGHT…), not one that points back (LATER, CONTINUOUS).</summary>
    public static string? RealTimeOfDay(string? timeOfDay)
    {
        if (string.IsNullOrWhiteSpace(timeOfDay)) return null;
        var t = Spaces().Replace(timeOfDay.ToUpperInvariant().Trim(' ', '.', '(', ')'), " ");
        if (ContinuityWords.Contains(t)) return null;
        // "LATER THAT EVENING" points back and names the light: the light wins.
        foreach (var c in ContinuityWords) if (t.Contains(c, StringComparison.Ordinal) && Lighting.Bucket(t) == Lighting.Time.Unknown) return null;
        return t;
    }

    /// <summary>How a time of day is listed on its setting: DAY, NIGHT…; "TWO DAYS LATER" lists as DAY.</summary>
    public static string? TimeForList(string? realTime)
    {
        if (realTime is null) return null;
        if (TimeWords.Contains(realTime) && !ContinuityWords.Contains(realTime)) return realTime;
        return Lighting.Bucket(realTime) switch
        {
            Lighting.Time.Dawn => "DAWN", Lighting.Time.Morning => "MORNING", Lighting.Time.Day => "DAY",
            Lighting.Time.Dusk => "EVENING", Lighting.Time.Night => "NIGHT", _ => null,
        };
    }

    [GeneratedRegex(@"\(([^)]*)\)")] private static partial Regex Parenthesised();
    [GeneratedRegex(@"\s*-{2,}\s*")] private static partial Regex DoubleDash();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"^(.*\S)\s*[-,/]\s*([^-,/]+)$")] private static partial Regex TrailingSegment();
}
