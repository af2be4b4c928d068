using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// Reads a <see cref="CharacterLook"/> from the words that introduce one character: the appositive or parenthesis
/// after the name, the rest of that clause up to the next person named, the sentence after it when it starts with
/// a pronoun. The first thing found wins, so a later line never gives a second age or a second coat.
/// </summary>
internal static partial class LookReader
{
    public static CharacterLook Read(IReadOnlyList<string> introduction, string? nameSex, string? period, bool childByName = false)
    {
        string? sex = nameSex, age = null, build = null, hair = null, clothing = null, feature = null;
        bool? child = null;
        foreach (var text in introduction)
        {
            sex ??= SexOf(text);
            if (age is null && AgeOf(text) is { } a) (age, child) = a;
            build ??= First(Build(), text);
            hair ??= HairSo().Match(text) is { Success: true } so ? so.Groups[1].Value.ToLowerInvariant() + " hair" : First(Hair(), text) is { } h ? HairLead().Replace(h, "") switch { "blond" or "blonde" => "blonde hair", "redhead" or "redheaded" => "red hair", "brunette" => "brown hair", "bald" or "balding" => "a " + h + " head", var x => x.EndsWith("-haired") ? x[..^7] + " hair" : CountedHair().IsMatch(x) ? "a " + x : x } : null;
            clothing ??= Clothing(text);
            feature ??= First(Feature(), text);
            if (feature is not null && clothing?.Contains(feature, StringComparison.OrdinalIgnoreCase) == true) feature = null;
        }
        if (childByName && child is null) (age, child) = ("a child", true);
        // LITTLE SUSIE is a child even when the script gives no number; YOUNG EDWARD may be twenty.
        if (child is null && period == "child") child = true;
        if (child is null && period is "old" or "adult" or "teen") child = false;
        if (age is null && period == "old") age = "elderly";
        if (age is null && period == "young") age = "young";
        if (age is null && period == "teen") age = "teenage";
        age = age?.Replace("{p}", sex switch { "male" => "his", "female" => "her", _ => "their" });
        return new CharacterLook(sex, age, child, build, hair, clothing, feature);
    }

    /// <summary>"male"/"female" when the introduction says so in its own words (a man, she, her coat).</summary>
    public static string? SexOf(string text)
    {
        var (he, she) = Counts(text);
        return he > she ? "male" : she > he ? "female" : null;
    }

    /// <summary>
    /// Evidence for "he" and "she": pronouns count once, a person noun (a man, a woman) three times. "X, his wife"
    /// makes X a woman; "X and her husband" says nothing sure about X's own noun, so it does not count.
    /// </summary>
    public static (int He, int She) Counts(string text)
    {
        // ", his wife, 30s": right after the name the relation is the person; anywhere else it is someone else.
        var own = Relation().Replace(text, m => m.Index == text.Length - text.TrimStart(' ', ',', '(').Length ? m.Groups["noun"].Value : "");
        return (HePronoun().Count(own) + 3 * MaleNoun().Count(own), ShePronoun().Count(own) + 3 * FemaleNoun().Count(own));
    }

    /// <summary>The age in words and whether that makes a child.</summary>
    public static (string Age, bool? Child)? AgeOf(string text)
    {
        var decade = NumberDecade().Match(text);
        if (decade.Success && int.Parse(decade.Groups["n"].Value) is var tens and >= 10 && tens % 10 == 0)
            return ($"in {{p}} {Decade(tens, decade.Groups["q"].Value)}", false);
        foreach (var pattern in (Regex[])[YearsOld(), AgeAfterComma(), PersonOfAge(), AgedNumber()])
        {
            var n = pattern.Match(text);
            if (n.Success && Number(n.Groups["n"].Value) is > 0 and < 110 and var value) return ($"about {value}", value < 13);
        }
        var d = DecadeWord().Match(text);
        if (d.Success) return ($"in {{p}} {d.Value.ToLowerInvariant()}", false);
        if (Baby().IsMatch(text)) return ("a baby", true);
        if (ChildWord().IsMatch(text)) return ("a child", true);
        if (Teen().IsMatch(text)) return ("teenage", false);
        if (MiddleAged().IsMatch(text)) return ("middle-aged", false);
        if (Elderly().IsMatch(text)) return ("elderly", false);
        if (Retired().IsMatch(text)) return ("retirement age", false);
        if (YoungAdult().IsMatch(text)) return ("young", false);
        if (YoungWord().IsMatch(text)) return ("young", null);
        return null;
    }

    private static string Decade(int value, string qualifier)
    {
        var name = value switch { 20 => "twenties", 30 => "thirties", 40 => "forties", 50 => "fifties", 60 => "sixties", 70 => "seventies", 80 => "eighties", 90 => "nineties", _ => $"{value}s" };
        return qualifier.Length > 0 ? $"{qualifier.ToLowerInvariant().TrimEnd('-')}-{name}" : name;
    }

    /// <summary>What the character wears, from "wearing…", "dressed in…" or "in a … coat".</summary>
    public static string? Clothing(string text)
    {
        // "(30s, red climbing jacket)": a part of the introduction that is just a garment.
        foreach (var part in text.Split([',', '(', ')', ';'], StringSplitOptions.TrimEntries))
            if (Garment().IsMatch(part)) return part;
        foreach (var wear in CharacterLooks.LaterMentions(text))
        {
            var clause = LeadingVerb().Replace(wear, "").Trim();
            clause = StopAtVerb().Replace(clause, "").Trim().TrimEnd(',', ' ');
            // "in his forties whose suit…" is an age, not a coat.
            if (clause.Length >= 3 && AgeOf(clause) is null && !clause.Contains(" whose ", StringComparison.Ordinal)) return clause;
        }
        return null;
    }

    private static readonly string[] Small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static int Number(string word) =>
        int.TryParse(word, out var n) ? n : Array.IndexOf(Small, word.ToLowerInvariant());

    private static string? First(Regex pattern, string text)
    {
        var m = pattern.Match(text);
        return m.Success ? m.Value.Trim().ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"\b(?:his|her|their)\s+(?:[a-z\-]+\s+){0,2}(?<noun>wife|husband|son|daughter|mother|father|brother|sister|partner|friend|boss|girlfriend|boyfriend|fiancee?|mom|dad|uncle|aunt|grandmother|grandfather|niece|nephew)\b", RegexOptions.IgnoreCase)] private static partial Regex Relation();
    // "watches him": an object is usually someone else.
    [GeneratedRegex(@"\b(?:he|his|himself)\b", RegexOptions.IgnoreCase)] private static partial Regex HePronoun();
    [GeneratedRegex(@"\b(?:she|her|hers|herself)\b", RegexOptions.IgnoreCase)] private static partial Regex ShePronoun();
    [GeneratedRegex(@"\b(?:man|boy|guy|gentleman|father|husband|son|brother|grandfather|uncle|king|prince|lord|monk|priest|fellow|dad|businessman|policeman|nephew|male)\b", RegexOptions.IgnoreCase)] private static partial Regex MaleNoun();
    [GeneratedRegex(@"\b(?:woman|girl|lady|mother|wife|daughter|sister|grandmother|aunt|queen|princess|nun|actress|waitress|mare|mom|niece|businesswoman|widow|female|amazon)\b", RegexOptions.IgnoreCase)] private static partial Regex FemaleNoun();
    [GeneratedRegex(@"(?<![\w$#])(?:(?<q>early|mid|late)[- ]?)?(?<n>\d0)['\u2019]?s\b", RegexOptions.IgnoreCase)] private static partial Regex NumberDecade();
    [GeneratedRegex(@"\b(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ]years?[- ]old\b", RegexOptions.IgnoreCase)] private static partial Regex YearsOld();
    [GeneratedRegex(@"(?:^|[(,]|\band)\s*(?<n>\d{1,2})\s*(?=[),;]|$)")] private static partial Regex AgeAfterComma();
    [GeneratedRegex(@"^(?!(?:in|all|dressed|wearing|wears|clad|and|with|who|is|was|on|at)\b)(?:(?:a|an|his|her|their)\s+)?(?:[a-z\-]+\s+){0,3}(?:coat|jacket|suit|dress|shirt|t-shirt|uniform|hat|cap|scarf|robe|gown|sweater|hoodie|overalls|coveralls|apron|tuxedo|jeans|boots|glasses|sunglasses|cloak|armor|armour|vest|kimono|sari|pajamas|pyjamas)s?$", RegexOptions.IgnoreCase)] private static partial Regex Garment();
    [GeneratedRegex(@"\bhair (?:so|that is|is) (red|blond|blonde|black|brown|grey|gray|white|silver|auburn|dark|long|short|curly|wild)\b", RegexOptions.IgnoreCase)] private static partial Regex HairSo();
    [GeneratedRegex(@"\b(?:(?:a|an)\s+)?(?:(?:(?!(?:with|and|to|a|an|the|of|has|had|is|reveal|his|her|their)\b)[a-z]{2,}(?:-[a-z]+)*,?\s+){1,2})(?:face|eyes|skin|scar|tattoos?|glasses|spectacles|goggles|freckles|eyebrows|eye-patch|eyepatch|limp|wings|horns?)\b", RegexOptions.IgnoreCase)] private static partial Regex Feature();
    [GeneratedRegex(@"\b(?:man|woman|boy|girl|kid|child|lady|fellow|guy) of (?:about |around |maybe )?(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b", RegexOptions.IgnoreCase)] private static partial Regex PersonOfAge();
    [GeneratedRegex(@"\bage[d]? (?:about |around )?(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b", RegexOptions.IgnoreCase)] private static partial Regex AgedNumber();
    [GeneratedRegex(@"\b(?:(?:early|mid|late)[- ]?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", RegexOptions.IgnoreCase)] private static partial Regex DecadeWord();
    [GeneratedRegex(@"^\W*(?:an?|the)\s+(?:[a-z\-]+\s+){0,3}(?:baby|infant|newborn|toddler)\b(?! blue)")] private static partial Regex Baby();
    [GeneratedRegex(@"^\W*(?:an?|the)\s+(?:[a-z\-]+\s+){0,3}(?:child|kid|boy|girl|schoolboy|schoolgirl)\b")] private static partial Regex ChildWord();
    [GeneratedRegex(@"\b(?:teen|teens|teenage|teenaged|teenager|adolescent)\b", RegexOptions.IgnoreCase)] private static partial Regex Teen();
    [GeneratedRegex(@"\b(?:elderly|old (?:man|woman|lady|fellow|timer)|ancient|grey-haired old|white-haired)\b", RegexOptions.IgnoreCase)] private static partial Regex Elderly();
    [GeneratedRegex(@"\bmiddle[- ]aged\b", RegexOptions.IgnoreCase)] private static partial Regex MiddleAged();
    [GeneratedRegex(@"(?<!\bnot )\byoung\b", RegexOptions.IgnoreCase)] private static partial Regex YoungWord();
    [GeneratedRegex(@"\bretired?\b|\bretiree\b", RegexOptions.IgnoreCase)] private static partial Regex Retired();
    [GeneratedRegex(@"\byoung (?:man|woman|lady|guy|fellow|couple|mother|father)\b", RegexOptions.IgnoreCase)] private static partial Regex YoungAdult();
    [GeneratedRegex(@"\b(?:very |rather |quite |extremely |a bit )?(?:tall|short|thin|skinny|slim|slender|fat|heavy|heavyset|overweight|stocky|muscular|burly|brawny|petite|lanky|wiry|gangly|portly|plump|chubby|rotund|hulking|huge|giant|enormous|tiny|small|frail|athletic|broad-shouldered|barrel-chested|pot-bellied)\b(?!-)(?: (?:build|frame))?(?!\s+(?:[a-z\-]+\s+)?(?:hair|haired|beard|skirt|sleeves|dress|coat|jacket|pants|trousers|boots|shorts|while|time|distance|walk|pause)\b)", RegexOptions.IgnoreCase)] private static partial Regex Build();
    [GeneratedRegex(@"\b(?:(?:(?:(?!(?:with|and|man|woman|a|an|the|of|has|had|is|not|his|her|their|its|skin|eyes|face)\b)(?![a-z]+(?<!ss|ou|le)s\b)[a-z]+(?:-[a-z]+)*,? ){1,3}(?:[a-z]+-)?|\b[a-z]+-)(?:hair|haired|mane|beard|bearded|moustache|mustache|ponytail|braids|dreadlocks|curls|mohawk|pigtails)\b|bald(?:ing)?\b|blonde?\b(?! hair)|redhead(?:ed)?\b|brunette\b)", RegexOptions.IgnoreCase)] private static partial Regex Hair();
    [GeneratedRegex(@"^(?:(?:his|her|their)\s+)+", RegexOptions.IgnoreCase)] private static partial Regex HairLead();
    [GeneratedRegex(@"^(?!an? )[\w\- ,]*\b(?:beard|moustache|mustache|ponytail|mohawk|mane)$")] private static partial Regex CountedHair();
    [GeneratedRegex(@"^(?:wearing|wears|dons|donning|sports|dressed in|clad in|in)\s+", RegexOptions.IgnoreCase)] private static partial Regex LeadingVerb();
    [GeneratedRegex(@"\s+and\s+\w+ing\b.*$|,\s*(?:(?-i:[A-Z])|(?:his|her|their|he|she|they|it|who|which|as|then)\b|\w+ing\b|[a-z]{4,}s\s+(?:a|an|the|in|on|at|by|to|into|within|over|across)\b).*$|\s+(?:as|while|when|who|which|that|is|are|was|were|he|she|they|sits|stands|walks|enters)\b.*$", RegexOptions.IgnoreCase)] private static partial Regex StopAtVerb();
}
