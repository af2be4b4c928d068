using System.Text.RegularExpressions;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.Analysis;

/// <summary>
/// Writes a scene's title and its description in the seed's "strong" style: where and when, who is
/// there and what they do (from the action lines, with a line of what they say), the light and
/// atmosphere (from INT./EXT. and the time of day) and the emotional tone (from the wording).
/// </summary>
internal static partial class SceneDescriptionWriter
{
    private const int ActionWordBudget = 70;
    private const int MaxSentenceWords = 45;
    private const int QuoteWords = 14;

    public static SceneText Write(ScriptBreakdown script, SceneOutline scene)
    {
        var words = script.Words;
        var block = scene.Block;
        var parts = new List<string> { Opening(script, scene) };

        // What happens, in the script's own action lines, trimmed to a paragraph's worth.
        var sentences = scene.Action.SelectMany(ScriptWords.Sentences).Select(s => WeSee().Replace(s, "")).Where(IsPicture)
            .Where(s => !Lighting.Contradicts(s, scene.LightTime)).ToList();
        var chosen = new SortedSet<int>();
        int budget = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            var n = ScriptWords.WordCount(sentences[i]);
            if (budget + n > ActionWordBudget && chosen.Count > 0) break;
            chosen.Add(i); budget += n;
        }
        var named = new HashSet<CastMember>(scene.Present.Where(p => chosen.Any(i => CastFinder.Mentions(p.Member, sentences[i]))).Select(p => p.Member));
        foreach (var p in scene.Present.Where(p => !named.Contains(p.Member)))
        {
            var at = sentences.FindIndex(s => CastFinder.Mentions(p.Member, s));
            if (at < 0) continue;
            chosen.Add(at);
            foreach (var q in scene.Present.Where(q => CastFinder.Mentions(q.Member, sentences[at]))) named.Add(q.Member);
        }
        parts.AddRange(chosen.Select(i => Shorten(words.Prose(sentences[i]))));

        // Title cards and lyrics are part of the picture too.
        foreach (var e in block.Elements.Where(e => e.Type is ElementTypes.Centered).Take(2))
            parts.Add($"Title text on screen reads “{words.Prose(Flat(e.Text)).TrimEnd('.')}”.");

        parts.AddRange(Speech(scene, named));
        var unseen = scene.Present.Where(p => !named.Contains(p.Member)).Select(p => ScriptWords.Name(p.Member.Name)).ToList();
        if (unseen.Count > 0) parts.Add($"{ToneReader.Join(unseen)} {(unseen.Count == 1 ? "is" : "are")} also there.");
        if (parts.Count == 1) parts.Add($"The camera holds on the {(scene.Interior?.StartsWith("EXT") == true ? "place" : "room")} itself, empty of people.");

        var cues = Lighting.FromAction(string.Join(' ', sentences)).Where(c => !Lighting.Contradicts(c, scene.LightTime)).ToList();
        parts.Add(Lighting.Light(scene.Interior, scene.LightTime) + (cues.Count > 0 ? ", and " + ToneReader.Join(cues) : "") + ".");
        parts.Add(ToneReader.Describe(scene.Dialogue, string.Join(' ', scene.Action)));

        return new SceneText(Title(script, scene, sentences), string.Join(' ', parts.Select(Sentence)));
    }

    /// <summary>"Inside the coffee shop in the morning, among small tables…" — the where and when.</summary>
    private static string Opening(ScriptBreakdown script, SceneOutline scene)
    {
        var words = script.Words;
        var location = scene.Block.Location.Length > 0 ? scene.Block.Location : scene.Block.Heading;
        var place = WithArticle(words.Place(location).TrimEnd(',', ';', ':', ' ', '-'));
        var interior = scene.Block.Interior?.ToUpperInvariant();
        string where = interior switch
        {
            null => Capitalise(words.Place(location).TrimEnd(',', ';', ':', ' ', '-')) + (SettingNames.Normalize(location) != scene.SettingName ? $", at {WithArticle(words.Place(scene.SettingName))}" : ""),
            var i when i.Contains("INT") && i.Contains("EXT") => $"In and around {place}",
            var i when i.StartsWith("EXT") => $"{Outdoors(scene.SettingName)} {place}",
            _ => $"Inside {place}",
        };
        var when = Lighting.When(scene.LightTime);
        var details = PlaceKinds.Details(scene.SettingName) ?? PlaceKinds.Details(SettingNames.Normalize(location));
        return where + (when.Length > 0 ? " " + when : "") + (details is null ? "" : ", among " + details);
    }

    /// <summary>One line of what each speaker says, so a talky scene still shows who speaks and how.</summary>
    private static IEnumerable<string> Speech(SceneOutline scene, HashSet<CastMember> named)
    {
        var said = new List<CastMember>();
        string? manner = null;
        CastMember? speaker = null;
        var result = new List<string>();
        foreach (var e in scene.Block.Elements)
        {
            if (e.Type == ElementTypes.Character)
            {
                speaker = scene.Present.Select(p => p.Member).FirstOrDefault(m => e.Character is not null && m.Names.Contains(e.Character));
                manner = null;
            }
            else if (e.Type == ElementTypes.Parenthetical) manner = Flat(e.Text).Trim('(', ')', ' ');
            else if (e.Type == ElementTypes.Dialogue && speaker is not null && !said.Contains(speaker))
            {
                said.Add(speaker);
                named.Add(speaker);
                if (said.Count > 3) continue;
                var line = Quote(Flat(e.Text));
                var verb = line.EndsWith('?') ? "asks" : line.EndsWith('!') ? (said.Count == 1 ? "exclaims" : "shoots back") : said.Count == 1 ? "says" : "replies";
                var who = ScriptWords.Name(speaker.Name) + (manner is { Length: > 0 and < 40 } ? $", {manner}," : "");
                result.Add($"{who} {verb}, “{line}”");
            }
        }
        var more = said.Skip(3).Select(m => ScriptWords.Name(m.Name)).ToList();
        if (more.Count > 0) result.Add($"{ToneReader.Join(more)} also {(more.Count == 1 ? "speaks" : "speak")}.");
        return result;
    }

    private static string Title(ScriptBreakdown script, SceneOutline scene, List<string> sentences)
    {
        var location = scene.Block.Location.Length > 0 ? scene.Block.Location : scene.Block.Heading;
        var place = Capitalise(script.Words.Place(location));
        if (place.Length == 0 && sentences.Count > 0) place = string.Join(' ', script.Words.Prose(sentences[0]).Split(' ').Take(6)).TrimEnd('.', ',');
        var time = scene.Block.TimeOfDay is { Length: > 0 } t ? t.ToLowerInvariant() : null;
        var title = time is null ? place : $"{place} – {time}";
        return title.Length > 120 ? title[..117] + "…" : title.Length == 0 ? $"Scene {scene.Index + 1}" : title;
    }

    private static bool IsPicture(string sentence) =>
        ScriptWords.WordCount(sentence) >= 2 && !CameraOnly().IsMatch(sentence);

    private static string Quote(string line)
    {
        var first = ScriptWords.Sentences(line).FirstOrDefault() ?? line;
        var w = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return w.Length <= QuoteWords ? first : string.Join(' ', w.Take(QuoteWords)).TrimEnd(',', ';', ':') + "…";
    }

    private static string Shorten(string sentence)
    {
        var w = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return w.Length <= MaxSentenceWords ? sentence : string.Join(' ', w.Take(MaxSentenceWords)).TrimEnd(',', ';', ':', '-') + "…";
    }

    private static string WithArticle(string place) =>
        place.Length == 0 ? place : char.IsUpper(place[0]) || place.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? place : "the " + place;

    /// <summary>"Out on the patio", "Outside the mansion", "Outdoors in the park".</summary>
    private static string Outdoors(string upperSetting) =>
        Point().IsMatch(upperSetting) ? "At" : Surface().IsMatch(upperSetting) ? "Out on" : Building().IsMatch(upperSetting) ? "Outside" : "Outdoors in";

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Flat(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Every part ends as a sentence, starting with a capital.</summary>
    private static string Sentence(string part)
    {
        var s = Capitalise(DoubledSmallWord().Replace(ScriptWords.FixArticles(part.Trim().TrimEnd(':', ';', ',', ' ', '-')), "$1"));
        return s.Length == 0 || ".!?…”\"".Contains(s[^1]) ? s : s + ".";
    }

    [GeneratedRegex(@"^(?:WIDER(?: ANGLE)?|ANGLE ON|CLOSE ON|CLOSE UP|INSERT|BACK TO SCENE|CONTINUED|POV|REVERSE ANGLE|ON [A-Z ]+)\b[^a-z]*$")] private static partial Regex CameraOnly();
    [GeneratedRegex(@"^(?:We (?:see|hear|find|watch|notice)|We're (?:in|at)) ", RegexOptions.IgnoreCase)] private static partial Regex WeSee();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    // "in comparison the the ship": a typo in the script, not a way of speaking.
    [GeneratedRegex(@"\b(the|a|an|to|of|and|in|on|at)\s+\1\b", RegexOptions.IgnoreCase)] private static partial Regex DoubledSmallWord();
    [GeneratedRegex(@"^(?:THE\s+)?(?:PEAK|SUMMIT|TOP|TIP|EDGE|FOOT|BASE|END|MOUTH|ENTRANCE|GATES?|CREST|BRINK|RIM|HEART|CENTER|CENTRE|BOTTOM)\b")] private static partial Regex Point();
    [GeneratedRegex(@"\b(?:STREET|ROAD|AVENUE|BOULEVARD|HIGHWAY|PATIO|PORCH|DECK|ROOF|ROOFTOP|TERRACE|BALCONY|BRIDGE|BEACH|SIDEWALK|POOL|LAWN|DOCK|PIER|HULL)S?\b")] private static partial Regex Surface();
    [GeneratedRegex(@"\b(?:SHACK|HOUSE|HOME|MANSION|BUILDING|SKYSCRAPER|TOWER|HOTEL|CHURCH|SCHOOL|STATION|LIBRARY|APARTMENT|CABIN|BAR|RESTAURANT|DINER|SHOP|STORE|OFFICE|HOSPITAL|WAREHOUSE|TRAILER|GARAGE|EMBASSY|PALACE|CASTLE|BANK|CAFE|MOTEL|FACTORY|BARN|SHIPYARD)S?\b")] private static partial Regex Building();
}
