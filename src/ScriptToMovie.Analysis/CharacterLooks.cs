using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// Reads how a character looks from the script. Screenplays introduce a character in capitals with
/// age and look — <c>ALICE (30s, sharp-eyed, red scarf)</c> or <c>BRICK BRADDOCK, retired police
/// detective, is sitting…</c> — and later lines add clothes (<c>wearing a torn leather jacket</c>).
/// </summary>
internal static partial class CharacterLooks
{
    private static readonly HashSet<string> PredicateStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "had", "who", "which", "that", "and", "but", "then", "as", "while", "when", "now",
        "just", "still", "already", "also", "finally", "suddenly", "slowly", "quickly", "we", "he", "she", "they", "it",
    };

    /// <summary>The description right after a capitalised introduction that starts at <paramref name="end"/> in <paramref name="text"/>.</summary>
    public static string? AfterIntroduction(string text, int end)
    {
        var rest = text[end..];
        var paren = ParenthesisAfter().Match(rest);
        // ROBERT (BOB) (40s, …): the capitals in the first parenthesis are a second name, the look comes after.
        if (paren.Success && !paren.Groups[1].Value.Any(char.IsLower))
        {
            rest = rest[paren.Length..];
            paren = ParenthesisAfter().Match(rest);
        }
        if (paren.Success)
        {
            var inner = paren.Groups[1].Value.Trim();
            if (inner.Length >= 2 && !PeopleWords.CueExtensions.Contains(inner.ToUpperInvariant()) && inner.Any(char.IsLower) | inner.Any(char.IsDigit))
                return inner;
            return null;
        }
        var comma = AppositiveAfter().Match(rest);
        if (!comma.Success) return null;
        var segments = comma.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries);
        var kept = new List<string>();
        foreach (var seg in segments)
        {
            if (seg.Length == 0) return null;
            var first = FirstWord().Match(seg).Value;
            if (LooksLikePredicate(first))
            {
                // The appositive only counts when the sentence goes on to say what the character does.
                var look = string.Join(", ", kept);
                return look.Length is >= 3 and <= 200 ? look : null;
            }
            if (kept.Count == 0 && char.IsUpper(seg[0]) && !DescriptiveCapital(first)) return null;
            kept.Add(seg.TrimEnd('-', ' '));
            if (kept.Count > 5) return null;
        }
        // "JEAN-LOUIS, a French boy of six or so." — an appositive that ends the sentence.
        return kept.Count > 0 && (kept[0].StartsWith("a ", StringComparison.Ordinal) || kept[0].StartsWith("an ", StringComparison.Ordinal)) && kept[0].Length <= 120
            ? string.Join(", ", kept) : null;
    }

    /// <summary>"an even larger man, MIKE." — the description written just before the name.</summary>
    public static string? BeforeIntroduction(string text, int start, int end)
    {
        // Only when the name closes the sentence, and the words before it name a person.
        if (end < text.Length && !".!?".Contains(text[end])) return null;
        var m = AppositiveBefore().Match(text[..start]);
        if (!m.Success) return null;
        var look = m.Groups[1].Value.Trim();
        return look.Split(' ').Any(w => PeopleWords.Roles.Contains(w.ToUpperInvariant())) ? look : null;
    }

    /// <summary>Clothes and features in a later line that mentions the character.</summary>
    public static IEnumerable<string> LaterMentions(string sentence)
    {
        foreach (Match m in Wearing().Matches(sentence))
        {
            var clause = m.Value.Trim().TrimEnd('.', ',', ';');
            if (!NotClothes().IsMatch(clause)) yield return clause.Length > 140 ? clause[..140].TrimEnd() : clause;
        }
    }

    private static bool LooksLikePredicate(string word) =>
        word.Length > 0 && (PredicateStarts.Contains(word) || word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5
            || char.IsLower(word[0]) && word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") && !word.EndsWith("ous") && !word.EndsWith("ies") && !word.EndsWith("ish"));

    /// <summary>Capitalised words that still describe a person (nationalities, ages written as a number).</summary>
    private static bool DescriptiveCapital(string word) => word is "French" or "English" or "American" or "British" or "German" or "Italian"
        or "Spanish" or "Russian" or "Chinese" or "Japanese" or "Irish" or "Scottish" or "African" or "Asian" or "Latina" or "Latino" or "Mexican";

    [GeneratedRegex(@"^\s*\(([^)]{2,160})\)")] private static partial Regex ParenthesisAfter();
    [GeneratedRegex(@"^\s*,\s*([^.!?;]{2,240})")] private static partial Regex AppositiveAfter();
    [GeneratedRegex(@"\b((?:an?|the)\s+[a-z][^,.;!?]{2,60}),\s*$")] private static partial Regex AppositiveBefore();
    [GeneratedRegex(@"^[A-Za-z'\-]+")] private static partial Regex FirstWord();
    [GeneratedRegex(@"^(?:wearing|wears|dons|donning|sports|dressed in|clad in)\s+(?:is|was|are|were|it|that|this|off|out|down|thin)\b")] private static partial Regex NotClothes();
    [GeneratedRegex(@"\b(?:wearing|wears|dons|donning|sports|dressed in|clad in|in (?:a|an|his|her|their) [a-z\- ]{0,30}(?:coat|jacket|suit|dress|shirt|uniform|hat|cap|scarf|robe|gown|sweater|hoodie|overalls|coveralls|apron|tuxedo|jeans|boots|glasses|sunglasses|mask))\b[^.;!?]{0,80}")] private static partial Regex Wearing();
}
