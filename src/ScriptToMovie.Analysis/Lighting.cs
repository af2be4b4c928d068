using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>Light and atmosphere from INT./EXT., the time of day and what the action says about the weather.</summary>
internal static partial class Lighting
{
    public enum Time { Unknown, Dawn, Morning, Day, Dusk, Night }

    public static Time Bucket(string? timeOfDay)
    {
        if (string.IsNullOrWhiteSpace(timeOfDay)) return Time.Unknown;
        var t = timeOfDay.ToUpperInvariant();
        if (t.Contains("DAWN") || t.Contains("SUNRISE") || t.Contains("FIRST LIGHT") || t.Contains("EARLY MORNING")) return Time.Dawn;
        if (t.Contains("NIGHT") || t.Contains("MIDNIGHT")) return Time.Night;
        if (t.Contains("DUSK") || t.Contains("SUNSET") || t.Contains("EVENING") || t.Contains("TWILIGHT") || t.Contains("MAGIC HOUR")) return Time.Dusk;
        if (t.Contains("MORNING")) return Time.Morning;
        if (t.Contains("DAY") || t.Contains("AFTERNOON") || t.Contains("NOON")) return Time.Day;
        return Time.Unknown;
    }

    /// <summary>"in the morning", "at night"…; empty when the heading says nothing about the light.</summary>
    public static string When(string? timeOfDay) => Bucket(timeOfDay) switch
    {
        Time.Dawn => "at dawn",
        Time.Morning => "in the morning",
        Time.Day => timeOfDay!.ToUpperInvariant().Contains("AFTERNOON") ? "in the afternoon" : "during the day",
        Time.Dusk => timeOfDay!.ToUpperInvariant().Contains("SUNSET") ? "at sunset" : "in the evening",
        Time.Night => "at night",
        _ => "",
    };

    public static string Light(string? interior, string? timeOfDay)
    {
        bool outside = interior is not null && interior.StartsWith("EXT", StringComparison.OrdinalIgnoreCase);
        return (outside, Bucket(timeOfDay)) switch
        {
            (false, Time.Dawn) => "Thin grey-blue dawn light seeps through the windows, most of the room still in shadow",
            (false, Time.Morning) => "Soft morning light streams in through the windows, warm and low, laying long bright patches across the floor",
            (false, Time.Day) => "Even daylight falls in from the windows, natural and clear",
            (false, Time.Dusk) => "Amber evening light slants in low through the windows while the corners sink into shadow",
            (false, Time.Night) => "Lamps and practical lights pool warm light in the dark, with deep shadows beyond their reach",
            (false, _) when interior is null => "The frame is lit simply and evenly, nothing competing with what is shown",
            (false, _) => "Steady practical light from the room's own lamps lights the space",
            (true, Time.Dawn) => "Pale dawn light rises over the horizon, shadows cool and blue, a little mist in the air",
            (true, Time.Morning) => "Low golden morning sun rakes across everything, throwing long shadows",
            (true, Time.Day) => "Bright daylight under an open sky casts crisp, hard-edged shadows",
            (true, Time.Dusk) => "Warm orange dusk light fades toward blue, figures turning to silhouettes against the sky",
            (true, Time.Night) => "It is dark; streetlights and moonlight cut pools of light out of the night",
            (true, _) => "Natural outdoor light, open and unfiltered",
        };
    }

    /// <summary>
    /// True when <paramref name="text"/> states a time of day, or a light, the heading rules out: "It is early
    /// twilight" in a NIGHT scene, "the sun is out" at night, "moonlight" at noon.
    /// </summary>
    public static bool Contradicts(string text, string? timeOfDay)
    {
        var time = Bucket(timeOfDay);
        if (time == Time.Unknown) return false;
        foreach (Match m in StatedTime().Matches(text))
        {
            var said = Bucket(m.Groups["t"].Value);
            if (said != Time.Unknown && said != time && !(said is Time.Morning or Time.Day && time is Time.Morning or Time.Day)) return true;
        }
        if (time is Time.Night && SunOut().IsMatch(text)) return true;
        return time is Time.Day or Time.Morning && Moonlit().IsMatch(text);
    }

    [GeneratedRegex(@"\bit(?:'s|\u2019s| is| was)\s+(?:(?:early|late|still|already|nearly|almost|deep|just|now|a|the)\s+)*(?<t>twilight|dusk|dawn|daybreak|sunrise|sunset|night|nighttime|midnight|morning|noon|midday|afternoon|evening|daytime)\b|\b(?<t>twilight|dusk|dawn|night|day|morning|evening)\s+(?:falls|breaks|comes|is falling|is breaking)\b", RegexOptions.IgnoreCase)] private static partial Regex StatedTime();
    [GeneratedRegex(@"\b(?:sun is (?:shining|out|up|high|blazing)|sunny|sunshine|blazing sun|midday sun|broad daylight)\b", RegexOptions.IgnoreCase)] private static partial Regex SunOut();
    [GeneratedRegex(@"\b(?:moonlight|moonlit|moon is (?:up|out|full)|starlight|stars? (?:shine|twinkle|glitter))", RegexOptions.IgnoreCase)] private static partial Regex Moonlit();

    /// <summary>Weather and light sources the action mentions (rain, fire, neon…), as short clauses.</summary>
    public static IEnumerable<string> FromAction(string action)
    {
        var found = new List<string>();
        foreach (var (pattern, clause) in Cues)
            if (pattern.IsMatch(action) && found.Count < 2) found.Add(clause);
        return found;
    }

    private static readonly (Regex, string)[] Cues =
    [
        (new Regex(@"\b(rain|raining|downpour|drizzle)\b", RegexOptions.IgnoreCase), "rain streaks the air and slicks every surface"),
        (new Regex(@"\b(snow|snowing|blizzard|snow-covered)\b", RegexOptions.IgnoreCase), "snow softens the light to a cold white"),
        (new Regex(@"\b(fog|foggy|mist|misty|haze)\b", RegexOptions.IgnoreCase), "haze hangs in the air and blurs the distance"),
        (new Regex(@"\b(storm|thunder|lightning)\b", RegexOptions.IgnoreCase), "stormy light flickers with flashes of lightning"),
        // "fire engines" and "the engines fire" are no firelight.
        (new Regex(@"\b(flames?|burning|blaze|blazing|campfire|bonfire|fireplace|hearth|fire (?:crackles|roars|burns|blazes))\b", RegexOptions.IgnoreCase), "orange firelight flickers over faces and walls"),
        (new Regex(@"\b(candle|candles|candlelight)\b", RegexOptions.IgnoreCase), "candlelight glows soft and unsteady"),
        (new Regex(@"\bneon\b", RegexOptions.IgnoreCase), "neon signs tint the shadows pink and blue"),
        (new Regex(@"\b(sun is shining|sunny|sunshine|gorgeous day|beautiful day)\b", RegexOptions.IgnoreCase), "the sun is out and the colours are saturated"),
        (new Regex(@"\b(dark|darkness|dim|dimly)\b", RegexOptions.IgnoreCase), "the light is dim, faces half in shadow"),
        (new Regex(@"\b(monitors?|computer screens?|consoles?|holograms?|holo\w*)\b", RegexOptions.IgnoreCase), "screens cast a cool glow"),
    ];
}
