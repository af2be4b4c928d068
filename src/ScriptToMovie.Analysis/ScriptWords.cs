using System.Text;
using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// Turns screenplay capitals into readable prose. Action lines shout (first appearances, sounds,
/// props); descriptions should not. Proper nouns are learnt from the script itself: a word the
/// writer capitalises mid-sentence and never writes in lower case keeps its capital.
/// </summary>
internal sealed partial class ScriptWords
{
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "POV", "TV", "FBI", "CIA", "NYPD", "LAPD", "USA", "US", "UK", "ER", "ICU", "AI", "A.I.", "CEO", "DJ", "OK", "ATM", "SUV", "CCTV", "NASA", "DNA", "ID", "VIP", "PA",
    };

    /// <summary>Words that make the next word a place name: MOUNT GURU, FORT KNOX, SAINT PAUL.</summary>
    private static readonly HashSet<string> PlaceTitles = new(StringComparer.Ordinal) { "MOUNT", "MT", "FORT", "CAPE", "SAINT", "ST", "ISLE" };

    private readonly HashSet<string> _proper;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    private ScriptWords(HashSet<string> proper) => _proper = proper;

    /// <summary>Learns proper nouns from the action text of a script.</summary>
    public static ScriptWords Learn(IEnumerable<string> actionTexts)
    {
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in actionTexts)
            foreach (var sentence in Sentences(text))
            {
                var words = WordPattern().Matches(sentence);
                for (int i = 0; i < words.Count; i++)
                {
                    var w = words[i].Value;
                    if (w.Length < 2) continue;
                    if (char.IsLower(w[0])) lower.Add(w.ToUpperInvariant());
                    else if (i > 0 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower)) capitalised.Add(w.ToUpperInvariant());
                }
            }
        capitalised.ExceptWith(lower);
        return new ScriptWords(capitalised);
    }

    /// <summary>Registers the cast so their names read as names wherever they appear.</summary>
    public void AddNames(IEnumerable<string> upperCaseNames)
    {
        foreach (var n in upperCaseNames.OrderByDescending(n => n.Length))
            _names.TryAdd(n, Name(n));
    }

    /// <summary>JEAN-LOUIS → Jean-Louis, O'BRIEN → O'Brien, BRICK'S → Brick's.</summary>
    public static string Name(string upper)
    {
        var sb = new StringBuilder(upper.Length);
        bool startOfWord = true;
        for (int i = 0; i < upper.Length; i++)
        {
            char c = upper[i];
            if (char.IsLetter(c))
            {
                sb.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                startOfWord = false;
            }
            else
            {
                sb.Append(c);
                // O'BRIEN keeps the capital after the apostrophe; BRICK'S does not.
                startOfWord = c is ' ' or '-' or '.' || (c is '\'' or '\u2019' && i == 1 + LastWordStart(upper, i - 1) && i + 2 < upper.Length);
            }
        }
        return sb.ToString();
    }

    private static int LastWordStart(string s, int end)
    {
        int i = end;
        while (i > 0 && char.IsLetter(s[i - 1])) i--;
        return i;
    }

    /// <summary>A heading's location as it reads in a sentence: COFFEE SHOP → coffee shop, BRICK'S PATIO → Brick's patio.</summary>
    public string Place(string upper) => Soften(upper, sentenceStart: false, forceAll: true);

    /// <summary>Action text with its capitals softened: names read as names, props and sounds in lower case.</summary>
    public string Prose(string text) => Soften(text, sentenceStart: true, forceAll: false);

    private string Soften(string text, bool sentenceStart, bool forceAll)
    {
        // Names first, longest first, so BRICK BRADDOCK becomes Brick Braddock as a whole.
        var result = CapsRun().Replace(text, m =>
        {
            var run = m.Value;
            if (!forceAll && run.Length < 2) return run;
            return SoftenRun(run);
        });
        if (sentenceStart && result.Length > 0 && char.IsLower(result[0]))
            result = char.ToUpperInvariant(result[0]) + result[1..];
        return result;
    }

    private string SoftenRun(string run)
    {
        if (_names.TryGetValue(run, out var whole)) return whole;
        var words = run.Split(' ');
        var output = new List<string>(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            // Try the longest name starting here.
            bool matched = false;
            for (int len = words.Length - i; len >= 1 && !matched; len--)
            {
                var candidate = string.Join(' ', words, i, len);
                var bare = PossessiveSuffix().Replace(candidate, "");
                if (_names.TryGetValue(bare, out var name))
                {
                    output.Add(name + candidate[bare.Length..].ToLowerInvariant());
                    i += len - 1;
                    matched = true;
                }
            }
            if (!matched) output.Add(SoftenWord(words[i]));
        }
        // MOUNT GURU is a name: "Mount Guru", never "mount Guru".
        for (int i = 0; i + 1 < output.Count; i++)
            if (PlaceTitles.Contains(words[i].TrimEnd('.')) && output[i + 1].Length > 0 && char.IsLetter(output[i + 1][0]))
            {
                output[i] = Name(words[i]);
                output[i + 1] = char.ToUpperInvariant(output[i + 1][0]) + output[i + 1][1..];
            }
        return string.Join(' ', output);
    }

    private string SoftenWord(string word)
    {
        if (word.Length == 0) return word;
        if (Acronyms.Contains(word.TrimEnd('.', ',', '!', '?', ':', ';'))) return word;
        var bare = PossessiveSuffix().Replace(word.Trim('.', ',', '!', '?', ':', ';', '"', '(', ')'), "");
        if (word == "I" || word == "A") return word;
        // H.M.S., O.C.A.S.: initials stay capitals.
        if (Initials().IsMatch(word)) return word;
        if (bare.EndsWith("'S", StringComparison.Ordinal) || word.Contains("'S", StringComparison.Ordinal)) return Name(word);
        if (_proper.Contains(bare)) return Name(word);
        return word.ToLowerInvariant();
    }

    /// <summary>Splits action text into sentences; line breaks inside a paragraph are just spaces.</summary>
    public static IEnumerable<string> Sentences(string text)
    {
        var flat = Whitespace().Replace(text, " ").Trim();
        if (flat.Length == 0) yield break;
        foreach (var s in SentenceBreak().Split(flat))
        {
            var t = s.Trim();
            if (t.Length > 0) yield return t;
        }
    }

    public static int WordCount(string text) => WordPattern().Count(text);

    /// <summary>"a old uniform" in the script reads "an old uniform"; "a one-way street" and "a unicorn" keep their "a".</summary>
    public static string FixArticles(string text) => ArticleBeforeVowel().Replace(text, "${a}n ${w}");

    [GeneratedRegex(@"[A-Za-z][A-Za-z'\u2019\-]*")] private static partial Regex WordPattern();
    [GeneratedRegex(@"\b[A-Z][A-Z0-9'\u2019\.\-]*[A-Z0-9](?:'S)?(?:\s+[A-Z][A-Z0-9'\u2019\.\-]*[A-Z0-9](?:'S)?)*\b|\b[A-Z]\b")] private static partial Regex CapsRun();
    [GeneratedRegex(@"['\u2019]S$")] private static partial Regex PossessiveSuffix();
    [GeneratedRegex(@"\b(?<a>[Aa]) (?<w>(?:[aeioAEIO](?!ne\b|ne-|nce\b))\w*)")] private static partial Regex ArticleBeforeVowel();
    [GeneratedRegex(@"^(?:[A-Z]\.){2,}[A-Z]?\.?[,;:]?$")] private static partial Regex Initials();
    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
    [GeneratedRegex(@"(?<=[.!?…])[""'\u201D]?\s+(?=[""'\u201C(]?[A-Z0-9])")] private static partial Regex SentenceBreak();
}
