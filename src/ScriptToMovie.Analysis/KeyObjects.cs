using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// The one thing a setting is about when its heading or first action names it: EXT. FLOATING BRIDGE, a throne
/// room, "A pool glitters in the moonlight." The picture of the place has to show it.
/// </summary>
internal static partial class KeyObjects
{
    private static readonly HashSet<string> NotAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "with", "his", "her", "their", "its", "is", "are", "was", "by", "from", "into",
        "onto", "over", "under", "near", "beside", "behind", "across", "toward", "towards", "through", "up", "down", "this", "that", "one", "old",
        "int", "ext", "we", "see", "there", "inside", "outside", "top", "peak", "end", "edge", "foot", "side", "front", "back", "middle", "centre", "center",
    };

    /// <summary>"a floating bridge", or null when neither the heading nor the first action names one of the things a frame can hold.</summary>
    public static string? Find(string location, string? interior, IEnumerable<string> firstAction)
    {
        // A starship's bridge (INT. BRIDGE) is a room, not a bridge.
        var fromHeading = Match(location.ToLowerInvariant(), heading: true, inside: interior?.StartsWith("INT", StringComparison.OrdinalIgnoreCase) == true);
        var opening = string.Join(' ', firstAction.SelectMany(ScriptWords.Sentences).Take(2));
        var fromAction = opening.Length == 0 ? null : Match(opening, heading: false, inside: false);
        if (fromHeading is null) return fromAction;
        // THRONE ROOM, then "A golden throne stands empty": the same thing, said more fully.
        return fromAction is not null && fromAction.EndsWith(" " + fromHeading.Split(' ')[^1], StringComparison.Ordinal) && fromAction.Length > fromHeading.Length
            ? fromAction : fromHeading;
    }

    private static string? Match(string text, bool heading, bool inside)
    {
        Match? best = null;
        // A heading's thing is its last noun (GOLDEN GATE BRIDGE is a bridge); an action's is the first one named.
        var matches = NounPattern().Matches(text).Cast<Match>();
        foreach (Match m in heading ? matches.Reverse() : matches)
        {
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            if (inside && noun is "bridge" or "ship" or "spaceship") continue;
            // THE BAR is the place, not a thing in it; in a heading only objects that are a place's centrepiece count.
            if (heading && noun is "bar" or "counter" or "door" or "window" or "car" or "truck" or "bus" or "train" or "plane" or "table" or "stage" or "ship") continue;
            best = m;
            break;
        }
        if (best is null) return null;
        var noun2 = best.Groups["noun"].Value.ToLowerInvariant();
        // Up to two describing words before it, as long as they are not articles, prepositions or verbs.
        var before = text[..best.Index].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse()
            .TakeWhile(w => Regex.IsMatch(w, "^[A-Za-z][a-z\\-]*$") && !NotAdjectives.Contains(w) && !w.EndsWith("ly") && !(w.EndsWith('s') && !w.EndsWith("ss")))
            .Take(2).Reverse().Select(w => w.ToLowerInvariant()).ToList();
        var phrase = string.Join(' ', before.Append(noun2));
        if (noun2.EndsWith('s') && noun2 is not ("bus" or "canvas")) return phrase;
        if (noun2.EndsWith("gun") && noun2.Length > 3 && !phrase.Contains(' ')) return "a " + noun2;
        return ("aeiou".Contains(phrase[0]) ? "an " : "a ") + phrase;
    }

    [GeneratedRegex(@"\b(?<noun>rope bridge|phone booth|machine gun|treehouse|\w*gun|cannon|drawbridge|bridge|thrones?|pool|fountain|statue|altar|tree|bed|desk|piano|fireplace|boat|spaceship|ship|tower|gates?|staircase|stairs|stage|grave|gravestone|tombstones?|coffin|campfire|bonfire|tent|lighthouse|windmill|clock|mirror|bathtub|tub|swing|bench|bus|train|plane|helicopter|cage|portal|telescope|easel|shrine|temple|waterfall|printer|car|truck|table|sofa|couch|bookshelves|machine|cannon|ladder|wagon|carriage|crystal|obelisk|monolith|pillar|arch|computer|console|pedestal|podium|pulpit|cauldron|anvil|forge|mailbox|jukebox|canoe|raft)\b", RegexOptions.IgnoreCase)] private static partial Regex NounPattern();
}
