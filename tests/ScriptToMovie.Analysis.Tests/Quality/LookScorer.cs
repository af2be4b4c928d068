using System.Text.Json;
using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis.Tests.Quality;

public sealed record LabelledCharacter(string Script, string Name, string? Sex, bool Child, string? Trait);
public sealed record LabelledSetting(string Script, string Setting, string KeyObject);

/// <summary>The hand-labelled set in labelled-looks.json: main characters and the key object of 20 settings.</summary>
public sealed record LabelledSet(IReadOnlyList<LabelledCharacter> Characters, IReadOnlyList<LabelledSetting> Settings)
{
    public static LabelledSet Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Quality", "labelled-looks.json");
        return JsonSerializer.Deserialize<LabelledSet>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public IEnumerable<string> Scripts => Characters.Select(c => c.Script).Concat(Settings.Select(s => s.Script)).Distinct();
}

/// <summary>How many labels an analyser's words got right, and which it missed.</summary>
public sealed record LookScore(int Sex, int SexOf, int Child, int ChildOf, int Trait, int TraitOf, int Key, int KeyOf, IReadOnlyList<string> Misses)
{
    public double TraitShare => TraitOf == 0 ? 1 : Trait / (double)TraitOf;
    public double KeyShare => KeyOf == 0 ? 1 : Key / (double)KeyOf;

    public override string ToString() =>
        $"sex {Sex}/{SexOf}, child/adult {Child}/{ChildOf}, traits {Trait}/{TraitOf} ({TraitShare:P0}), key objects {Key}/{KeyOf} ({KeyShare:P0})";
}

/// <summary>
/// Scores descriptions as a reader would: the sex and the age a description states in its own words, whether the
/// labelled trait is in it. The same scorer reads the offline analyser's words and Claude's.
/// </summary>
public static partial class LookScorer
{
    /// <param name="describe">A script's character descriptions by cast name.</param>
    /// <param name="keyObjectText">For a script and a setting name, the text that should name its key object.</param>
    public static LookScore Score(LabelledSet set, Func<string, IReadOnlyDictionary<string, string>> describe, Func<string, string, string?> keyObjectText)
    {
        int sex = 0, sexOf = 0, child = 0, childOf = 0, trait = 0, traitOf = 0, key = 0;
        var misses = new List<string>();
        foreach (var c in set.Characters)
        {
            var description = describe(c.Script).GetValueOrDefault(c.Name);
            if (description is null)
            {
                misses.Add($"{c.Name}: not in the cast");
                sexOf += c.Sex is null ? 0 : 1; childOf++; traitOf += c.Trait is null ? 0 : 1;
                continue;
            }
            if (c.Sex is not null)
            {
                sexOf++;
                if (SexOf(description) == c.Sex) sex++; else misses.Add($"{c.Name}: sex {SexOf(description) ?? "unsaid"}, labelled {c.Sex} — {description}");
            }
            childOf++;
            if (ChildOf(description) == c.Child) child++; else misses.Add($"{c.Name}: child {ChildOf(description)}, labelled {c.Child} — {description}");
            if (c.Trait is not null)
            {
                traitOf++;
                if (Mentions(description, c.Trait)) trait++; else misses.Add($"{c.Name}: no “{c.Trait}” — {description}");
            }
        }
        foreach (var s in set.Settings)
        {
            var text = keyObjectText(s.Script, s.Setting);
            if (text is not null && Mentions(text, s.KeyObject)) key++; else misses.Add($"{s.Setting}: no “{s.KeyObject}” — {text ?? "(none)"}");
        }
        return new LookScore(sex, sexOf, child, childOf, trait, traitOf, key, set.Settings.Count, misses);
    }

    /// <summary>
    /// "male", "female" or null from the description's own words, the name before the colon left out: the first word
    /// that names the person ("a woman", "a brown unicorn mare", "male and 15") decides; otherwise the pronouns.
    /// </summary>
    public static string? SexOf(string description)
    {
        var own = Body(description);
        var noun = SexNoun().Match(own);
        if (noun.Success) return noun.Groups["m"].Success ? "male" : "female";
        int he = Male().Count(own), she = Female().Count(own);
        return he > she ? "male" : she > he ? "female" : null;
    }

    /// <summary>
    /// A child when the description gives an age under 13, or when the first word naming the person is a child's
    /// ("a French boy", not "a woman … cradling her newborn daughter"; a teenage boy is no child).
    /// </summary>
    public static bool ChildOf(string description)
    {
        var own = Body(description);
        // "six years old (twenty-six in human years); she is an adult": said outright, that settles it.
        if (Grown().IsMatch(own)) return false;
        var age = Age().Match(own);
        if (age.Success) return Number(age.Groups["n"].Value) < 13;
        var noun = AgeNoun().Match(own);
        return noun.Success && noun.Groups["child"].Success;
    }

    public static bool Mentions(string text, string alternatives) =>
        alternatives.Split('|').Any(a => text.Contains(a.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>ART GIRL's name is not her age: only the words after "Name:" count.</summary>
    private static string Body(string description)
    {
        var colon = description.IndexOf(':');
        return colon >= 0 && colon < 60 ? description[(colon + 1)..] : description;
    }

    [GeneratedRegex(@"\b(?:he|his|him|himself)\b", RegexOptions.IgnoreCase)] private static partial Regex Male();
    [GeneratedRegex(@"\b(?:she|her|hers|herself)\b", RegexOptions.IgnoreCase)] private static partial Regex Female();
    [GeneratedRegex(@"\b(?:(?<m>man|boy|gentleman|male|guy|fellow|father|husband|son|brother|king|prince|lord)|(?<f>woman|girl|lady|female|mare|mother|wife|daughter|sister|queen|princess|actress|amazon))\b", RegexOptions.IgnoreCase)] private static partial Regex SexNoun();
    [GeneratedRegex(@"(?<adult>\bteen(?:age|aged)? (?:boy|girl)|\b(?:man|woman|lady|gentleman|guy|fellow|teenager|adult|mare|amazon|male|female)\b)|(?<child>\b(?:boy|girl|child|kid|baby|infant|toddler|newborn)\b)")] private static partial Regex AgeNoun();
    [GeneratedRegex(@"\b(?:about|aged?|of) (?<n>\d{1,2})\b(?! (?:in|or))|\b(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ]years?[- ]old\b", RegexOptions.IgnoreCase)] private static partial Regex Age();

    [GeneratedRegex(@"\b(?:an adult|a grown-up|grown up|fully grown)\b", RegexOptions.IgnoreCase)] private static partial Regex Grown();

    private static readonly string[] Small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static int Number(string word) => int.TryParse(word, out var n) ? n : Array.IndexOf(Small, word.ToLowerInvariant());
}
