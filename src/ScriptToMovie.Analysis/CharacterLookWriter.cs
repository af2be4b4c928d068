namespace ScriptToMovie.Analysis;

/// <summary>
/// Writes a character's visual description from what the script says and nothing else: the words that introduce
/// them, then one sentence that puts the look in order (sex, age, build, hair, clothes). A field the script leaves
/// open stays out; an invented age or coat would contradict the script as often as it matched it.
/// </summary>
internal static partial class CharacterLookWriter
{
    public static string Write(CastMember member, ScriptWords words)
    {
        var name = ScriptWords.Name(member.Name);
        // The introduction's own words; later "wearing…" lines only feed the summary, they are actions as often as looks.
        var looks = OneAge(member.Looks.Except(member.Worn)).Select(l => ScriptWords.FixArticles(words.Prose(l)).TrimEnd('.')).Select(l => char.ToLowerInvariant(l[0]) + l[1..]).ToList();
        var aliases = member.Aliases.Where(a => !a.Contains("VOICE")).Select(ScriptWords.Name).ToList();
        var known = aliases.Count > 0 ? $" (also {ToneReader.Join(aliases)})" : "";
        var period = member.PersonName is { } person ? $" {ScriptWords.Name(person)} {PeriodWords(member.Period)}." : "";
        var summary = Summary(member.Look) is { } s ? ScriptWords.FixArticles(s) : null;
        // "ANNA, a small woman with red curls": a summary whose every word the introduction already says adds nothing.
        if (summary is not null && Words(summary).IsSubsetOf(looks.SelectMany(Words))) summary = null;
        if (looks.Count == 0 && summary is null) return $"{name}{known}:{(period.Length > 0 ? period : " the script does not describe them.")}";
        var said = looks.Count > 0 ? " " + string.Join("; ", looks) + "." : "";
        return $"{name}{known}:{said}{(summary is null ? "" : " " + summary + ".")}{period}";
    }

    /// <summary>"A tall woman of about 30 with long red hair, wearing a black robe", or null when nothing is known.</summary>
    internal static string? Summary(CharacterLook look)
    {
        var age = look.Age;
        string noun = (look.Child, look.Sex, age) switch
        {
            (true, _, "a baby") => "baby",
            (true, "male", _) => "boy",
            (true, "female", _) => "girl",
            (true, _, _) => "child",
            (_, "male", "teenage") => "boy",
            (_, "female", "teenage") => "girl",
            (_, _, "teenage") => "teenager",
            (_, "male", _) when Teen(age) => "teenage boy",
            (_, "female", _) when Teen(age) => "teenage girl",
            (_, _, _) when Teen(age) => "teenager",
            (_, "male", _) => "man",
            (_, "female", _) => "woman",
            _ => "",
        };
        var adjectives = new List<string>();
        if (age is "elderly" or "middle-aged" or "young" or "teenage" && noun != "teenager") adjectives.Add(age);
        string? build = look.Build, buildPhrase = null;
        if (build is not null && !build.Contains(' ')) adjectives.Insert(0, build);
        else if (build is not null) buildPhrase = build.EndsWith("build") || build.EndsWith("frame") ? $"a {build}" : build;

        var parts = new List<string>();
        if (noun.Length > 0 || adjectives.Count > 0)
            parts.Add(Article(string.Join(' ', adjectives.Append(noun.Length > 0 ? noun : "person"))));
        else if (age is not null || look.Hair is not null || look.Clothing is not null || buildPhrase is not null || look.Feature is not null) parts.Add("Someone");
        else return null;
        if (age is not null && age.StartsWith("in ", StringComparison.Ordinal)) parts.Add(age);
        else if (age is not null && age.StartsWith("about ", StringComparison.Ordinal)) parts.Add("of " + age);
        else if (age == "retirement age") parts.Add("of retirement age");
        var with = new[] { buildPhrase, look.Hair, look.Feature is { } f && CountableFeature().IsMatch(f) && !f.StartsWith("a ") && !f.StartsWith("an ") ? "a " + f : look.Feature }.Where(x => x is not null).ToList();
        if (with.Count > 0) parts.Add("with " + string.Join(" and ", with));
        var text = string.Join(' ', parts);
        if (look.Clothing is not null) text += ", wearing " + look.Clothing;
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static readonly HashSet<string> Glue = ["a", "an", "the", "with", "wearing", "of", "in", "and"];

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', ';'], StringSplitOptions.RemoveEmptyEntries).Where(w => !Glue.Contains(w)).ToHashSet();

    private static bool Teen(string? age) =>
        age is not null && age.StartsWith("about ", StringComparison.Ordinal) && int.TryParse(age[6..], out var years) && years is >= 13 and <= 19;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:face|scar|tattoo|limp|eye-patch|eyepatch|horn)$")] private static partial System.Text.RegularExpressions.Regex CountableFeature();

    private static string PeriodWords(string? period) => period switch
    {
        "child" => "as a child",
        "teen" => "as a teenager",
        "old" => "in old age",
        "adult" => "grown up",
        _ => "when young",
    };

    /// <summary>Introductions stay in script order, but only the first that gives an age keeps it.</summary>
    private static IEnumerable<string> OneAge(IEnumerable<string> looks)
    {
        bool aged = false;
        foreach (var look in looks)
        {
            var hasAge = LookReader.AgeOf(look) is not null;
            if (hasAge && aged) continue;
            aged |= hasAge;
            yield return look;
        }
    }

    private static string Article(string phrase) => ("aeiou".Contains(char.ToLowerInvariant(phrase[0])) ? "an " : "a ") + phrase;
}
