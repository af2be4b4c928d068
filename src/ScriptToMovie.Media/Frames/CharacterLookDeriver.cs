using System.Globalization;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// Turns a character's name and visual description into a look. Words in the description win;
/// whatever they leave open is filled from a stable hash of the name, so a character looks the
/// same in every frame and on every run.
/// </summary>
public static partial class CharacterLookDeriver
{
    private static readonly SKColor[] SkinTones =
    [
        new(0xF6, 0xD7, 0xBE), new(0xEE, 0xC3, 0x9A), new(0xE0, 0xAC, 0x69), new(0xC6, 0x86, 0x42),
        new(0xA5, 0x6B, 0x3F), new(0x8D, 0x55, 0x24), new(0x5C, 0x38, 0x21),
    ];

    private static readonly SKColor[] NaturalHair =
    [
        new(0x1E, 0x1B, 0x1A), new(0x3B, 0x2A, 0x1E), new(0x5E, 0x3C, 0x23), new(0x8E, 0x3A, 0x1E),
        new(0xC9, 0xA5, 0x5A), new(0x2E, 0x24, 0x1E), new(0x6E, 0x4A, 0x2A),
    ];

    private static readonly SKColor[] Tops =
    [
        new(0xC8, 0x3E, 0x3A), new(0x2F, 0x6F, 0xB5), new(0x3C, 0x8A, 0x56), new(0xE0, 0x9A, 0x2E),
        new(0x7D, 0x4B, 0xA5), new(0x1F, 0x8A, 0x8A), new(0xD8, 0x6A, 0x8E), new(0xE8, 0xE4, 0xD8),
        new(0x9A, 0x5B, 0x3A), new(0x4A, 0x56, 0x6E), new(0xB8, 0xC4, 0x3C), new(0x5A, 0x8E, 0xC8),
    ];

    private static readonly SKColor[] Bottoms =
    [
        new(0x3D, 0x5A, 0x86), new(0x2B, 0x2B, 0x30), new(0xB5, 0xA6, 0x74), new(0x5A, 0x45, 0x35),
        new(0x1F, 0x2B, 0x55), new(0x55, 0x58, 0x5E), new(0x6B, 0x6E, 0x2E),
    ];

    private static readonly SKColor[] AccessoryColours =
    [
        new(0xC8, 0x2A, 0x2A), new(0xEE, 0xC8, 0x2C), new(0x2F, 0x5F, 0xB5), new(0x25, 0x25, 0x2A),
        new(0x6B, 0x45, 0x2B), new(0x1F, 0x8A, 0x5B), new(0xE8, 0x7A, 0x1E), new(0xEE, 0xEE, 0xEA),
    ];

    private static readonly Accessory[] EverydayAccessories =
        [Accessory.Hat, Accessory.Cap, Accessory.Scarf, Accessory.Glasses, Accessory.Tie, Accessory.Bag, Accessory.Headphones, Accessory.Necklace];

    private static readonly Dictionary<string, Accessory> AccessoryNouns = new()
    {
        ["hat"] = Accessory.Hat, ["fedora"] = Accessory.Hat, ["beanie"] = Accessory.Hat, ["beret"] = Accessory.Hat,
        ["bowler"] = Accessory.Hat, ["stetson"] = Accessory.Hat, ["cowboy"] = Accessory.Hat, ["trilby"] = Accessory.Hat,
        ["cap"] = Accessory.Cap, ["baseball"] = Accessory.Cap,
        ["scarf"] = Accessory.Scarf, ["shawl"] = Accessory.Scarf, ["bandana"] = Accessory.Scarf,
        ["glasses"] = Accessory.Glasses, ["spectacles"] = Accessory.Glasses, ["sunglasses"] = Accessory.Glasses,
        ["specs"] = Accessory.Glasses, ["bifocals"] = Accessory.Glasses, ["shades"] = Accessory.Glasses,
        ["tie"] = Accessory.Tie, ["necktie"] = Accessory.Tie, ["bowtie"] = Accessory.Tie,
        ["bag"] = Accessory.Bag, ["backpack"] = Accessory.Bag, ["satchel"] = Accessory.Bag, ["briefcase"] = Accessory.Bag,
        ["purse"] = Accessory.Bag, ["handbag"] = Accessory.Bag, ["tote"] = Accessory.Bag,
        ["cane"] = Accessory.Cane, ["crutch"] = Accessory.Cane, ["stick"] = Accessory.Cane,
        ["headphones"] = Accessory.Headphones, ["earbuds"] = Accessory.Headphones, ["headset"] = Accessory.Headphones,
        ["necklace"] = Accessory.Necklace, ["pendant"] = Accessory.Necklace, ["pearls"] = Accessory.Necklace, ["locket"] = Accessory.Necklace,
    };

    private static readonly HashSet<string> TopNouns =
    [
        "shirt", "t-shirt", "tee", "blouse", "sweater", "jumper", "hoodie", "jacket", "blazer", "cardigan", "vest",
        "top", "uniform", "scrubs", "apron", "tunic", "jersey", "polo", "turtleneck", "sweatshirt", "fleece", "windbreaker",
    ];

    private static readonly HashSet<string> CoatNouns = ["coat", "overcoat", "trench", "trenchcoat", "raincoat", "parka", "mac", "duster"];

    private static readonly HashSet<string> SuitNouns = ["suit", "tuxedo", "tux", "pinstripe", "three-piece"];

    private static readonly HashSet<string> DressNouns = ["dress", "gown", "sundress", "frock"];

    private static readonly HashSet<string> BottomNouns = ["jeans", "trousers", "pants", "slacks", "skirt", "shorts", "chinos", "leggings", "overalls"];

    private static readonly HashSet<string> BroadWords =
        ["burly", "stocky", "broad", "broad-shouldered", "heavy", "heavyset", "hulking", "muscular", "portly", "stout", "chubby", "plump", "fat", "big", "large", "beefy", "barrel-chested", "bulky", "husky"];

    private static readonly HashSet<string> SlimWords =
        ["thin", "slim", "skinny", "slender", "wiry", "lanky", "gaunt", "petite", "slight", "willowy", "bony", "scrawny", "lean"];

    private static readonly HashSet<string> TallWords = ["tall", "towering", "lanky", "gangly", "statuesque", "giant"];

    private static readonly HashSet<string> ShortWords = ["short", "petite", "diminutive", "tiny", "small"];

    private static readonly HashSet<string> ElderlyWords =
        ["elderly", "senior", "grandmother", "grandfather", "grandma", "grandpa", "granny", "aged", "octogenarian", "geriatric", "wizened"];

    private static readonly HashSet<string> ChildWords = ["child", "kid", "toddler", "schoolgirl", "schoolboy", "tot", "youngster", "kiddo", "preteen"];

    private static readonly HashSet<string> FemaleWords =
        ["she", "her", "woman", "girl", "lady", "mother", "mom", "mum", "wife", "daughter", "sister", "grandmother", "grandma", "granny", "actress", "waitress", "queen", "princess", "aunt", "mrs", "ms", "miss", "female", "businesswoman", "policewoman"];

    private static readonly HashSet<string> SuitedWords =
        ["detective", "lawyer", "attorney", "executive", "businessman", "businesswoman", "banker", "agent", "manager", "boss", "politician", "ceo", "accountant", "salesman", "senator", "mayor", "diplomat", "butler"];

    private static readonly SKColor[] SuitCloth = [new(0x2A, 0x33, 0x4E), new(0x3D, 0x40, 0x45), new(0x6E, 0x70, 0x74), new(0x5A, 0x45, 0x35)];

    internal static readonly SKColor SunglassesColour = new(0x18, 0x18, 0x1C);

    private static readonly HashSet<string> MaleWords =
        ["he", "his", "him", "man", "guy", "boy", "father", "dad", "husband", "son", "brother", "grandfather", "grandpa", "king", "prince", "uncle", "mr", "sir", "gentleman", "male", "businessman", "policeman"];

    public static CharacterLook Derive(string name, string? visualDescription)
    {
        // Every gap is drawn from the name's generator in a fixed order, so what the description
        // happens to mention never shifts the rest of the look.
        var rng = new SeededRandom(StableHash.Of(NormaliseName(name)));
        var fill = new
        {
            Skin = SkinTones[rng.Next(SkinTones.Length)],
            Hair = NaturalHair[rng.Next(NaturalHair.Length)],
            StyleRoll = rng.NextFloat(),
            Top = Tops[rng.Next(Tops.Length)],
            Bottom = Bottoms[rng.Next(Bottoms.Length)],
            OutfitRoll = rng.NextFloat(),
            Accessory = EverydayAccessories[rng.Next(EverydayAccessories.Length)],
            AccessoryColour = AccessoryColours[rng.Next(AccessoryColours.Length)],
            BuildRoll = rng.NextFloat(),
            StatureJitter = rng.Range(-0.04f, 0.04f),
        };

        var words = Words(visualDescription);
        var wordSet = words.ToHashSet();
        var age = AgeOf(visualDescription, words);
        var isChild = age is < 13 || wordSet.Overlaps(ChildWords) || HasPair(words, "little", "boy", "girl") || HasPair(words, "young", "boy", "girl");
        var isElderly = !isChild && (age is >= 65 || wordSet.Overlaps(ElderlyWords) || HasPair(words, "old", "man", "woman", "lady", "timer", "gentleman"));
        var greying = isElderly || age is >= 55 || wordSet.Contains("retired");
        var female = wordSet.Overlaps(FemaleWords);
        var male = !female && wordSet.Overlaps(MaleWords);

        var clothes = ReadClothes(words);

        var build = wordSet.Overlaps(BroadWords) ? BodyBuild.Broad
            : wordSet.Overlaps(SlimWords) ? BodyBuild.Slim
            : fill.BuildRoll switch { < 0.25f => BodyBuild.Slim, < 0.8f => BodyBuild.Average, _ => BodyBuild.Broad };
        if (isChild) build = BodyBuild.Slim;

        var stature = 1f + fill.StatureJitter;
        if (wordSet.Overlaps(TallWords)) stature = 1.08f;
        else if (wordSet.Overlaps(ShortWords)) stature = 0.92f;
        if (isChild) stature = 0.62f;
        else if (isElderly) stature -= 0.03f;

        var hairColour = clothes.Hair ?? (greying ? (isElderly ? new SKColor(0xD8, 0xD8, 0xD4) : new SKColor(0x9A, 0x98, 0x94)) : fill.Hair);
        var hairStyle = clothes.HairStyle ?? PickStyle(fill.StyleRoll, female, male, isElderly);

        var outfit = clothes.Outfit ?? (fill.OutfitRoll switch
        {
            < 0.5f when wordSet.Overlaps(SuitedWords) && !isChild => OutfitCut.Suit,
            < 0.12f when male && !isChild => OutfitCut.Suit,
            < 0.22f when female && !isChild => OutfitCut.Dress,
            > 0.86f when !isChild => OutfitCut.LongCoat,
            _ => OutfitCut.Casual,
        });

        var top = clothes.Top ?? fill.Top;
        var bottom = clothes.Bottom ?? (outfit is OutfitCut.Suit or OutfitCut.Dress && clothes.Top is { } suitColour ? suitColour : fill.Bottom);
        if (outfit == OutfitCut.Suit && clothes.Top is null && clothes.Bottom is null)
        {
            // A suit is one cloth, in a suit colour.
            top = bottom = SuitCloth[Array.IndexOf(Tops, fill.Top) % SuitCloth.Length];
        }
        if (outfit != OutfitCut.Suit && outfit != OutfitCut.Dress && clothes.Bottom is null && ColourDistance(top, bottom) < 60)
        {
            bottom = Bottoms[(Array.IndexOf(Bottoms, bottom) + 3) % Bottoms.Length];
        }

        var accessory = clothes.Accessory
            ?? (isElderly ? Accessory.Cane
            : outfit == OutfitCut.Suit ? Accessory.Tie
            : fill.Accessory);
        var accessoryColour = clothes.AccessoryColour ?? DefaultAccessoryColour(accessory, fill.AccessoryColour, top);

        // The accessory is what tells characters apart at a glance: don't let a made-up top swallow it.
        if (clothes.Top is null && outfit != OutfitCut.Suit && ColourDistance(top, accessoryColour) < 120)
        {
            var alternative = Tops[(Array.IndexOf(Tops, top) + 5) % Tops.Length];
            top = ColourDistance(alternative, accessoryColour) < 120 ? Tops[(Array.IndexOf(Tops, top) + 2) % Tops.Length] : alternative;
        }

        return new CharacterLook(build, stature, Skin: SkinFrom(wordSet) ?? fill.Skin, hairColour, hairStyle, top, bottom, outfit, accessory, accessoryColour, isChild, isElderly);
    }

    internal static string NormaliseName(string name)
    {
        var bare = ExtensionPattern().Replace(name, "");
        return bare.Trim().ToUpperInvariant();
    }

    private static List<string> Words(string? description) =>
        description is null ? [] : WordPattern().Matches(description.ToLowerInvariant()).Select(m => m.Value).ToList();

    private static bool HasPair(List<string> words, string first, params string[] seconds)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == first && seconds.Contains(words[i + 1])) return true;
        }
        return false;
    }

    private static int? AgeOf(string? description, List<string> words)
    {
        if (description is null) return null;
        var match = AgePattern().Match(description);
        if (match.Success)
        {
            return match.Groups["age"].Success
                ? int.Parse(match.Groups["age"].Value, CultureInfo.InvariantCulture)
                : 10 * int.Parse(match.Groups["decade"].Value, CultureInfo.InvariantCulture);
        }
        var decades = new Dictionary<string, int> { ["twenties"] = 20, ["thirties"] = 30, ["forties"] = 40, ["fifties"] = 50, ["sixties"] = 60, ["seventies"] = 70, ["eighties"] = 80, ["nineties"] = 90 };
        foreach (var w in words)
        {
            if (decades.TryGetValue(w, out var decade)) return decade;
        }
        return null;
    }

    private sealed record Clothes(
        SKColor? Top, SKColor? Bottom, OutfitCut? Outfit, Accessory? Accessory, SKColor? AccessoryColour, SKColor? Hair, HairStyle? HairStyle);

    private static Clothes ReadClothes(List<string> words)
    {
        SKColor? top = null, bottom = null, accessoryColour = null, hair = null;
        OutfitCut? outfit = null;
        Accessory? accessory = null;
        HairStyle? hairStyle = null;

        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (SuitNouns.Contains(w))
            {
                var c = ColourBefore(words, i);
                top ??= c;
                bottom ??= c;
                outfit ??= OutfitCut.Suit;
            }
            else if (DressNouns.Contains(w))
            {
                var c = ColourBefore(words, i);
                top ??= c;
                bottom ??= c;
                outfit ??= OutfitCut.Dress;
            }
            else if (CoatNouns.Contains(w))
            {
                top ??= ColourBefore(words, i);
                outfit ??= OutfitCut.LongCoat;
            }
            else if (TopNouns.Contains(w))
            {
                top ??= ColourBefore(words, i) ?? (w == "scrubs" ? new SKColor(0x4F, 0x9E, 0xA8) : null);
            }
            else if (BottomNouns.Contains(w))
            {
                bottom ??= ColourBefore(words, i) ?? (w == "jeans" ? new SKColor(0x3D, 0x5A, 0x86) : null);
            }
            else if (AccessoryNouns.TryGetValue(w, out var found) && accessory is null && !(w == "stick" && (i == 0 || words[i - 1] != "walking")))
            {
                accessory = found;
                accessoryColour = ColourBefore(words, i) ?? (w == "sunglasses" || w == "shades" ? SunglassesColour : null);
            }
            else if (w is "hair" or "haired")
            {
                hair ??= HairColourBefore(words, i);
                for (var j = Math.Max(0, i - 3); j < i; j++)
                {
                    if (words[j] is "long" or "shoulder-length" or "waist-length" or "flowing") hairStyle ??= HairStyle.Long;
                    if (words[j] is "short" or "cropped") hairStyle ??= HairStyle.Short;
                    if (words[j] is "curly" or "frizzy" or "wild") hairStyle ??= HairStyle.Curly;
                }
            }
            else if (w.EndsWith("-haired", StringComparison.Ordinal))
            {
                var colourWord = w[..^"-haired".Length];
                if (ColourWords.TryHair(colourWord, out var hc)) hair ??= hc;
                if (colourWord == "long") hairStyle ??= HairStyle.Long;
                if (colourWord == "curly") hairStyle ??= HairStyle.Curly;
            }
            else if (w is "blonde" or "blond" or "brunette" or "redhead" or "ginger" or "platinum-blonde")
            {
                ColourWords.TryHair(w.Replace("platinum-", "", StringComparison.Ordinal), out var hc);
                hair ??= hc;
            }
            else if (w is "bald" or "balding" or "shaved" or "hairless")
            {
                hairStyle ??= HairStyle.Bald;
            }
            else if (w is "buzz" or "buzzcut" or "crewcut" or "crew-cut" or "buzzed" or "flattop")
            {
                hairStyle ??= HairStyle.Buzz;
            }
            else if (w is "curly" or "curls" or "afro" or "dreadlocks" or "dreads")
            {
                hairStyle ??= HairStyle.Curly;
                hair ??= HairColourBefore(words, i); // "tight black curls"
            }
            else if (w is "ponytail" or "braid" or "braids" or "pigtails")
            {
                hairStyle ??= HairStyle.Ponytail;
                hair ??= HairColourBefore(words, i);
            }
            else if (w is "bun" or "chignon" or "updo")
            {
                hairStyle ??= HairStyle.Bun;
                hair ??= HairColourBefore(words, i);
            }
        }
        return new Clothes(top, bottom, outfit, accessory, accessoryColour, hair, hairStyle);
    }

    // A colour word counts for a noun when it sits among the three words before it, with no
    // other garment in between ("a red scarf and grey suit" gives red to the scarf, grey to the suit).
    private static SKColor? ColourBefore(List<string> words, int nounIndex)
    {
        for (var j = nounIndex - 1; j >= Math.Max(0, nounIndex - 3); j--)
        {
            var w = words[j];
            if (IsGarment(w)) return null;
            if (ColourWords.TryClothing(w, out var c)) return c;
            var dash = w.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && ColourWords.TryClothing(w[..dash], out var prefixed)) return prefixed; // "navy-blue", "blood-red"
            if (dash > 0 && ColourWords.TryClothing(w[(dash + 1)..], out var suffixed)) return suffixed;
        }
        return null;
    }

    private static SKColor? HairColourBefore(List<string> words, int nounIndex)
    {
        for (var j = nounIndex - 1; j >= Math.Max(0, nounIndex - 3); j--)
        {
            if (IsGarment(words[j])) return null;
            if (ColourWords.TryHair(words[j], out var c)) return c;
        }
        return null;
    }

    private static bool IsGarment(string w) =>
        TopNouns.Contains(w) || BottomNouns.Contains(w) || SuitNouns.Contains(w) || DressNouns.Contains(w) || CoatNouns.Contains(w) || AccessoryNouns.ContainsKey(w);

    private static HairStyle PickStyle(float roll, bool female, bool male, bool elderly)
    {
        HairStyle[] options = female ? [HairStyle.Long, HairStyle.Bun, HairStyle.Ponytail, HairStyle.Curly, HairStyle.Long, HairStyle.Short]
            : male ? (elderly ? [HairStyle.Short, HairStyle.Bald, HairStyle.Buzz] : [HairStyle.Short, HairStyle.Buzz, HairStyle.Curly, HairStyle.Short, HairStyle.Bald])
            : [HairStyle.Short, HairStyle.Long, HairStyle.Curly, HairStyle.Ponytail, HairStyle.Buzz, HairStyle.Bun, HairStyle.Short];
        return options[Math.Min(options.Length - 1, (int)(roll * options.Length))];
    }

    private static SKColor? SkinFrom(HashSet<string> words) =>
        words.Contains("pale") || words.Contains("freckled") ? SkinTones[0]
        : words.Contains("olive-skinned") ? SkinTones[3]
        : words.Contains("dark-skinned") || words.Contains("ebony") ? SkinTones[6]
        : null;

    private static SKColor DefaultAccessoryColour(Accessory accessory, SKColor rolled, SKColor top) => accessory switch
    {
        Accessory.Glasses => new SKColor(0x22, 0x22, 0x26),
        Accessory.Cane => new SKColor(0x5A, 0x3A, 0x22),
        Accessory.Headphones => new SKColor(0x2A, 0x2A, 0x2E),
        Accessory.Necklace => new SKColor(0xE8, 0xC5, 0x4A),
        _ => ColourDistance(rolled, top) < 80 ? AccessoryColours[(Array.IndexOf(AccessoryColours, rolled) + 4) % AccessoryColours.Length] : rolled,
    };

    private static int ColourDistance(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);

    [GeneratedRegex(@"[a-z]+(?:['-][a-z]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\((?<age>\d{1,2})\)|\((?<decade>[1-9])0s\)|\b(?<age>\d{1,2})[- ]?(?:years?|yrs?)[- ]old\b|\baged? (?<age>\d{1,2})\b|\b(?<decade>[1-9])0s\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"\((?:V\.?O\.?|O\.?S\.?|O\.?C\.?|CONT'?D|CONT\.|CONTINUED)\)", RegexOptions.IgnoreCase)]
    private static partial Regex ExtensionPattern();
}
