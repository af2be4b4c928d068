using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// The ways a screenplay introduces a person besides <c>NAME (30s, red scarf)</c>: the rest of their clause, the
/// sentence after it ("She wears…"), a list sharing one description ("CHALF, NAR and YOR, each male and 15"), the
/// description before the name ("A man in a grey suit… This must be JACOB BILLUPS."), adjectives in front of it
/// ("an attractive young ART GIRL") and a later line in ordinary case ("Brutalia is a seven-foot Amazon of a woman").
/// Each reads only the words about that one person.
/// </summary>
internal static partial class Introductions
{
    private static readonly HashSet<string> NotDescriptive = new(StringComparer.Ordinal)
    {
        "other", "nearby", "same", "first", "second", "third", "last", "next", "whole", "entire", "real", "new", "two", "three", "few", "only",
    };

    /// <summary>
    /// The words about the person named at <paramref name="start"/>: the rest of the sentence up to the next name in
    /// capitals; when they are the first person the sentence names (its subject), also the next sentences that go on
    /// about them ("She wears…", "Cassidy has…") and name no one else.
    /// </summary>
    public static string OwnClause(string text, int start, int length, string ownTitleName)
    {
        var end = SentenceEnd(text, start + length);
        var next = CapsNames(text[..end]).FirstOrDefault(r => r.Index >= start + length);
        var clause = next is not null ? text[(start + length)..next.Index] : text[(start + length)..end];
        var sentenceStart = SentenceStart(text, start);
        if (CapsNames(text[sentenceStart..start]).Any()) return clause;
        var rest = text[end..];
        for (int n = 0; n < 2; n++)
        {
            var trimmed = rest.TrimStart();
            if (!(PronounStart().IsMatch(trimmed) || ownTitleName.Length > 1 && trimmed.StartsWith(ownTitleName + " ", StringComparison.Ordinal))) break;
            var following = trimmed[..SentenceEnd(trimmed, 0)];
            if (CapsNames(following).Any()) break;
            clause += " " + following;
            rest = trimmed[following.Length..];
        }
        return clause;
    }

    /// <summary>", NAR, and YOR, each male and 15, all dressed in robes…": what the list of names shares.</summary>
    public static string? Shared(string text, int end)
    {
        var m = EachAfter().Match(text[end..]);
        if (!m.Success) return null;
        var kept = new List<string>();
        foreach (var raw in Regex.Replace(m.Groups["look"].Value, @"\s+", " ").Split(','))
        {
            var segment = raw.Trim();
            if (segment.Length == 0) continue;
            // "and Chalf with a beanie" is one of them, not all.
            var first = Regex.Match(segment, @"^(?:and\s+)?(\S+)").Groups[1].Value;
            if (first.Length > 0 && char.IsUpper(first[0]) || StopWord().IsMatch(segment)) break;
            kept.Add(segment);
        }
        return kept.Count == 0 ? null : string.Join(", ", kept);
    }

    /// <summary>"A man in a grey suit… This must be JACOB BILLUPS." / "…a woman… Her name is NANCY.": the sentences before.</summary>
    public static string? NamedAfterDescription(string text, int start)
    {
        if (!NameIsNow().IsMatch(text[..start])) return null;
        var before = text[..SentenceStart(text, start)];
        var sentences = ScriptWords.Sentences(before).TakeLast(3).ToList();
        var about = sentences.LastOrDefault(s => PersonNoun().IsMatch(s) && !CapsNames(s).Any());
        return about;
    }

    /// <summary>"a attractive young ART GIRL" → "attractive young"; not "a beer bottle onto SCOTT's paintings".</summary>
    public static string? AdjectivesBefore(string text, int start, int end)
    {
        if (end < text.Length && text[end] is '\'' or '\u2019') return null;
        var m = ArticleAndWords().Match(text[..start]);
        if (!m.Success) return null;
        var words = m.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',')).ToList();
        if (words.Count == 0 || words.Any(NotDescriptive.Contains) || !words.All(IsAdjective)) return null;
        return string.Join(' ', words);
    }

    private static bool IsAdjective(string word) => Adjectives.Contains(word) || AdjectiveEnding().IsMatch(word);

    private static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal)
    {
        "young", "old", "tall", "short", "big", "little", "small", "pretty", "handsome", "beautiful", "attractive", "lovely", "elderly", "fat", "thin",
        "tired", "nervous", "burly", "lanky", "skinny", "grizzled", "scruffy", "sharp", "slim", "stout", "frail", "plump", "stocky", "muscular", "petite",
        "gorgeous", "homely", "wiry", "bald", "blond", "blonde", "dark", "pale", "tanned", "wrinkled", "bearded", "grey", "gray", "white", "black", "red",
    };

    /// <summary>"Samantha turns to Jeff, an ordinary-looking gentleman in a plain brown suit." / "Brutalia is a seven-foot Amazon…".</summary>
    public static string? InOrdinaryCase(string sentence, string titleName)
    {
        var at = Regex.Match(sentence, @"(?<![\w'])" + Regex.Escape(titleName) + @"(?:,\s+|\s+is\s+)(?<look>an?\s+[^.;!?]{3,200})");
        if (!at.Success) return null;
        var segments = new List<string>();
        foreach (var raw in at.Groups["look"].Value.Split(','))
        {
            var segment = raw.Trim();
            if (segment.Length == 0 || StopWord().IsMatch(segment) || segments.Count > 0 && char.IsUpper(segment[0])) break;
            segments.Add(segment);
        }
        // "As Katy turns, a notification appears" is no description of Katy: the words must name a kind of person.
        return segments.Count == 0 || !PersonNoun().IsMatch(segments[0]) ? null : string.Join(", ", segments);
    }

    /// <summary>"DICK STEEL, his former partner": the person named before is a man.</summary>
    public static string? SexOfTheOneBefore(string look)
    {
        var m = RelationOfPrevious().Match(look);
        return !m.Success ? null : m.Groups[1].Value.Equals("his", StringComparison.OrdinalIgnoreCase) ? "male" : "female";
    }

    private static IEnumerable<Match> CapsNames(string text) =>
        CapsRun().Matches(text).Where(r => r.Length >= 2 && !PeopleWords.CueExtensions.Contains(r.Value) && !PeopleWords.NotPeople.Contains(r.Value));

    private static int SentenceEnd(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) return i + 1;
        return text.Length;
    }

    private static int SentenceStart(string text, int at)
    {
        for (int i = at - 1; i > 0; i--)
            if (text[i - 1] is '.' or '!' or '?' && char.IsWhiteSpace(text[i])) return i;
        return 0;
    }

    [GeneratedRegex(@"(?<![A-Za-z'])[A-Z][A-Z'\u2019\-]*[A-Z](?:['\u2019]S)?(?:[ ]+[A-Z][A-Z'\u2019\-]*[A-Z](?:['\u2019]S)?)*(?![A-Za-z])")] private static partial Regex CapsRun();
    [GeneratedRegex(@"^(?:He|She|His|Her)\b")] private static partial Regex PronounStart();
    [GeneratedRegex(@"^(?:\s*,?\s*(?:and\s+)?[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-]+)*)*\s*,\s*each\s+(?<look>[^.;]{3,300})")] private static partial Regex EachAfter();
    [GeneratedRegex(@"^(?:sits?|stands?|walks?|runs?|enters?|is|are|was|were|who|which|that|as|while|when)\b", RegexOptions.IgnoreCase)] private static partial Regex StopWord();
    [GeneratedRegex(@"(?:\b(?:[Tt]his|[Tt]hat|[Ii]t) (?:must be|is|has to be)|\b(?:[Hh]er|[Hh]is|[Tt]heir) name is)\s*$")] private static partial Regex NameIsNow();
    [GeneratedRegex(@"\b(?:man|woman|boy|girl|lady|guy|gentleman|fellow|kid|child|person|amazon|type|giant|dwarf|teenager|figure|soldier|warrior|creature)\b", RegexOptions.IgnoreCase)] private static partial Regex PersonNoun();
    [GeneratedRegex(@"\b(?:[Aa]n?|[Tt]he)\s+(?<words>(?:[a-z][a-z\-]+,?\s+){1,3})$")] private static partial Regex ArticleAndWords();
    [GeneratedRegex(@"^[a-z]+-[a-z]+ed$|^[a-z]{3,}(?:ive|ful|ous|ish|less|able|ible|some|y)$")] private static partial Regex AdjectiveEnding();
    [GeneratedRegex(@"^(his|her)\s+(?:[a-z\-]+\s+){0,2}(?:partner|wife|husband|friend|colleague|boss|assistant|brother|sister|son|daughter|mother|father|girlfriend|boyfriend|fiancee?|sidekick|lover)\b", RegexOptions.IgnoreCase)] private static partial Regex RelationOfPrevious();
}
