using System.Text;
using System.Text.RegularExpressions;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Fits the prompts step's prompt into Kling's 2,500 characters. A prompt is read as descriptions (paragraphs,
/// then sentences); the first one says what happens and is always kept, the rest are kept in order while
/// they fit, so a description is dropped whole rather than cut in the middle. The negative prompt is a list
/// of terms, kept whole in order.
/// </summary>
public static partial class KlingPrompt
{
    public const int MaxLength = 2500;

    public static string Fit(string prompt, int maxLength = MaxLength)
    {
        var text = prompt.Trim();
        if (text.Length <= maxLength) return text;

        var parts = Descriptions(text);
        var kept = new StringBuilder();
        foreach (var (part, separator) in parts)
        {
            var addition = kept.Length == 0 ? part : separator + part;
            if (kept.Length + addition.Length <= maxLength) kept.Append(addition);
            else if (kept.Length == 0) kept.Append(CutAtWord(part, maxLength));
        }
        return kept.ToString();
    }

    public static string? FitNegative(string? negative, int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(negative)) return null;
        var text = negative.Trim();
        if (text.Length <= maxLength) return text;
        var kept = new StringBuilder();
        foreach (var term in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var addition = kept.Length == 0 ? term : ", " + term;
            if (kept.Length + addition.Length > maxLength) break;
            kept.Append(addition);
        }
        return kept.Length == 0 ? CutAtWord(text, maxLength) : kept.ToString();
    }

    /// <summary>Paragraphs, each split into sentences, with the separator that preceded each piece.</summary>
    private static List<(string Part, string Separator)> Descriptions(string text)
    {
        var result = new List<(string, string)>();
        foreach (var paragraph in ParagraphBreak().Split(text).Where(p => p.Trim().Length > 0))
        {
            var first = true;
            foreach (var sentence in SentenceEnd().Split(paragraph.Trim()).Where(s => s.Length > 0))
            {
                result.Add((sentence.Trim(), first && result.Count > 0 ? "\n\n" : " "));
                first = false;
            }
        }
        return result;
    }

    /// <summary>Only a single description longer than the whole limit is ever shortened, and then at a word.</summary>
    private static string CutAtWord(string text, int maxLength)
    {
        var cut = text[..maxLength];
        var space = cut.LastIndexOf(' ');
        return (space > maxLength / 2 ? cut[..space] : cut).TrimEnd(',', ';', ' ');
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\S)")]
    private static partial Regex SentenceEnd();
}
