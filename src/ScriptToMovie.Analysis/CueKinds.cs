using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// Names that are not one visible person: a voice (A VOICE, MALE VOICE, INTERCOM) is heard and not seen, a crowd
/// (THE CROWD, VARIOUS TOWNFOLK, PATRONS THREE AND FOUR) is many people, and YOUNG EDWARD or LITTLE SUSIE is one
/// person at another age.
/// </summary>
internal static partial class CueKinds
{
    private static readonly HashSet<string> Heard = new(StringComparer.Ordinal)
    {
        "VOICE", "VOICES", "NARRATOR", "INTERCOM", "RADIO", "PHONE", "TELEPHONE", "TV", "TELEVISION", "SPEAKER", "LOUDSPEAKER",
        "RECORDING", "ANSWERING MACHINE", "VOICEMAIL", "P.A.", "TANNOY", "COMPUTER", "SYSTEM",
    };

    private static readonly HashSet<string> Many = new(StringComparer.Ordinal)
    {
        "CROWD", "ALL", "EVERYONE", "EVERYBODY", "TOGETHER", "TOWNFOLK", "TOWNSFOLK", "TOWNSPEOPLE", "VILLAGERS", "PEOPLE", "OTHERS",
        "AUDIENCE", "CHORUS", "CONGREGATION", "CLASS", "GROUP", "MEN", "WOMEN", "KIDS", "CHILDREN", "GUESTS", "PATRONS", "STUDENTS",
        "SOLDIERS", "GUARDS", "FANS", "SPECTATORS", "PASSENGERS", "CUSTOMERS", "WORKERS", "TEAM", "FAMILY", "BAND", "THEM", "THEY",
    };

    private static readonly HashSet<string> ManyLeading = new(StringComparer.Ordinal) { "VARIOUS", "SEVERAL", "MANY", "SOME", "OTHER", "MORE" };

    /// <summary>Cue words for the people speaking just before: BOTH says the last two speakers' line together.</summary>
    public static bool IsBoth(string cue) => cue is "BOTH" or "THE TWO" or "THE TWO OF THEM" or "TOGETHER";

    /// <summary>A voice the script never shows: A VOICE, MALE VOICE, WOMAN'S VOICE, THE INTERCOM. REGGIE'S VOICE is kept when REGGIE speaks (one person).</summary>
    public static bool IsVoice(string name)
    {
        var words = Words(name);
        if (words.Length == 0) return false;
        return Heard.Contains(string.Join(' ', words)) || words.Contains("VOICE") || words.Contains("VOICES") || words[^1] is "NARRATOR" or "INTERCOM" or "RADIO";
    }

    /// <summary>Many people at once: THE CROWD, VARIOUS TOWNFOLK, PATRONS THREE AND FOUR, ALL.</summary>
    public static bool IsCrowd(string name)
    {
        var words = Words(name);
        if (words.Length == 0) return false;
        return words.Any(Many.Contains) || ManyLeading.Contains(words[0]) && words.Length > 1
            || words.Any(w => w.EndsWith('S') && w.Length > 3 && PeopleWords.Roles.Contains(w[..^1]));
    }

    /// <summary>YOUNG EDWARD → ("young", "EDWARD"); null when the name has no age word in front.</summary>
    public static (string Period, string Person)? PeriodOf(string name)
    {
        var m = PeriodPrefix().Match(name);
        if (!m.Success) return null;
        var period = m.Groups[1].Value switch
        {
            "LITTLE" or "BABY" or "CHILD" or "KID" => "child",
            "TEENAGE" or "TEEN" or "TEENAGED" => "teen",
            "OLD" or "OLDER" or "ELDERLY" or "AGED" => "old",
            "ADULT" or "GROWN" => "adult",
            _ => "young",
        };
        return (period, m.Groups[2].Value);
    }

    private static string[] Words(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "THE" or "A" or "AN").ToArray();

    [GeneratedRegex(@"^(YOUNG|YOUNGER|LITTLE|BABY|CHILD|KID|TEENAGE|TEENAGED|TEEN|OLD|OLDER|ELDERLY|AGED|ADULT|GROWN)\s+([A-Z][A-Z'\-. ]+)$")] private static partial Regex PeriodPrefix();
}
