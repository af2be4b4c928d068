namespace ScriptToMovie.Analysis;

/// <summary>
/// Writes a setting's visual description from its headings (inside or out, the times of day it is
/// seen at) and the action lines of its scenes that describe the place rather than the people.
/// </summary>
internal static partial class SettingDescriptionWriter
{
    private const int MaxPlaceSentences = 2;

    public static string Write(ScriptBreakdown script, SettingGroup setting)
    {
        var words = script.Words;
        var place = words.Place(setting.Name);
        var kind = setting.Interior switch
        {
            null => "A place",
            var i when i.Contains("INT") && i.Contains("EXT") => "A place seen inside and out",
            var i when i.StartsWith("EXT") => "An exterior",
            _ => "An interior",
        };
        var times = setting.TimesOfDay.Select(t => Lighting.When(t)).Where(t => t.Length > 0).Distinct().ToList();
        var parts = new List<string> { $"{kind}: {Capitalise(place)}{(times.Count > 0 ? ", seen " + ToneReader.Join(times) : "")}." };

        // Lines about the place itself: no one from the cast in them.
        var scenes = setting.Scenes.Select(i => script.Scenes[i]).ToList();
        var placeLines = scenes.SelectMany(s => s.Action).SelectMany(ScriptWords.Sentences)
            .Where(s => ScriptWords.WordCount(s) >= 3 && !script.Cast.Any(m => CastFinder.Mentions(m, s)) && !People().IsMatch(s))
            .Take(MaxPlaceSentences).Select(s => Capitalise(words.Prose(s)));
        parts.AddRange(placeLines.Select(s => s.EndsWith('.') || s.EndsWith('!') || s.EndsWith('?') ? s : s + "."));

        if (setting.KeyObject is { } thing) parts.Add($"At the centre of the picture stands {thing}.");
        if (PlaceKinds.Details(setting.Name) is { } details) parts.Add($"Expect {details}.");
        var first = scenes.FirstOrDefault();
        parts.Add(Lighting.Light(setting.Interior ?? first?.Interior, setting.TimesOfDay.FirstOrDefault() ?? first?.LightTime) + ".");
        return string.Join(' ', parts);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:they|them|their|he|him|his|she|her|we|us|you|I|everyone|everybody|someone|somebody|men|women)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex People();

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
