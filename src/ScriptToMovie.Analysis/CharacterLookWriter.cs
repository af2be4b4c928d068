using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ScriptToMovie.Analysis;

/// <summary>
/// Writes a character's visual description: what the script says first (introduction, later
/// clothes), then concrete anchors for anything it leaves open — age, hair, build, face, clothes —
/// picked from the character's name by a stable hash, so every character has a look and it is the
/// same on every run and every machine.
/// </summary>
internal static partial class CharacterLookWriter
{
    private static readonly string[] Ages = ["in {p} late twenties", "in {p} early thirties", "in {p} mid-thirties", "in {p} early forties", "in {p} late forties", "in {p} early fifties"];
    private static readonly string[] Hair = ["short dark-brown hair", "shoulder-length black hair", "close-cropped grey hair", "wavy auburn hair", "sandy blond hair swept back", "tight black curls", "straight chestnut hair", "salt-and-pepper hair"];
    private static readonly string[] Builds = ["a lean build", "a stocky build", "a slight frame", "a tall, broad-shouldered frame", "an average build", "a wiry frame"];
    private static readonly string[] Faces = ["a sharp, watchful face", "warm brown eyes", "a weathered, lined face", "a quick crooked smile", "heavy-lidded grey eyes", "strong dark brows", "a round, open face", "high cheekbones"];
    private static readonly string[] Clothes = ["a faded navy work jacket over a grey T-shirt", "a rumpled charcoal suit with a loosened tie", "a mustard-yellow knit sweater and dark jeans",
        "a worn brown leather jacket and boots", "a crisp white shirt with the sleeves rolled up", "an olive-green field coat", "a burgundy cardigan over a striped shirt", "a black hoodie and scuffed sneakers"];

    public static string Write(CastMember member, ScriptWords words)
    {
        var name = ScriptWords.Name(member.Name);
        var looks = member.Looks.Select(l => words.Prose(l).TrimEnd('.')).Select(l => char.ToLowerInvariant(l[0]) + l[1..]).ToList();
        var said = string.Join(' ', looks);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(member.Name));
        string Pick(string[] options, int slot) => options[hash[slot] % options.Length];

        var (noun, p) = member.Gender switch { "male" => ("A man", "his"), "female" => ("A woman", "her"), _ => ("Someone", "their") };
        // BOY, LITTLE GIRL, KID 2 are children; ART GIRL or DELIVERY BOY name a grown-up by their job.
        var child = ChildWords().Match(member.Name);
        if (child.Success)
            (noun, p) = child.Value switch
            {
                var v when v.EndsWith("BOY", StringComparison.Ordinal) || v.Contains("BOY ", StringComparison.Ordinal) => ("A boy", "his"),
                var v when v.EndsWith("GIRL", StringComparison.Ordinal) || v.Contains("GIRL ", StringComparison.Ordinal) => ("A girl", "her"),
                _ => ("A child", "their"),
            };
        var traits = new List<string>();
        if (child.Success && !AgeWords().IsMatch(said)) traits.Add("of about ten");
        else if (!AgeWords().IsMatch(said)) traits.Add(Pick(Ages, 0).Replace("{p}", p));
        else if (said.Contains("retired", StringComparison.OrdinalIgnoreCase)) traits.Add($"in {p} early sixties");
        var features = new List<string>();
        if (!HairWords().IsMatch(said)) features.Add(Pick(Hair, 1));
        if (!BuildWords().IsMatch(said)) features.Add(Pick(Builds, 2));
        features.Add(Pick(Faces, 3));
        var look = $"{noun} {string.Join(' ', traits)}{(traits.Count > 0 ? " " : "")}with {ToneReader.Join(features)}";
        if (!ClothesWords().IsMatch(said)) look += $", wearing {Pick(Clothes, 4)}";

        var aliases = member.Aliases.Where(a => !a.Contains("VOICE")).Select(ScriptWords.Name).ToList();
        var known = aliases.Count > 0 ? $" (also {ToneReader.Join(aliases)})" : "";
        return looks.Count > 0
            ? $"{name}{known}: {string.Join("; ", looks)}. {look}."
            : $"{name}{known}: {look}.";
    }

    [GeneratedRegex(@"^(?:(?:LITTLE|YOUNG|SMALL)\s+)?(?:BOY|GIRL)(?:\s*#?\d+)?$|\b(?:KID|KIDS|CHILD|TODDLER|SCHOOLBOY|SCHOOLGIRL)\b")] private static partial Regex ChildWords();
    [GeneratedRegex(@"\b(\d{1,2}s?|teens?|twenties|thirties|forties|fifties|sixties|seventies|eighties|young|younger|old|older|elderly|middle-aged|aged|retired|kid|child|boy|girl|baby|teenager|years old)\b", RegexOptions.IgnoreCase)] private static partial Regex AgeWords();
    [GeneratedRegex(@"\b(hair|haired|bald|blond|blonde|brunette|redhead|beard|bearded|dreadlocks|ponytail|braids?|mohawk|shaved)\b", RegexOptions.IgnoreCase)] private static partial Regex HairWords();
    [GeneratedRegex(@"\b(tall|short|thin|skinny|slim|fat|heavy|heavyset|stocky|muscular|burly|petite|large|larger|huge|giant|lanky|build|built)\b", RegexOptions.IgnoreCase)] private static partial Regex BuildWords();
    [GeneratedRegex(@"\b(wearing|wears|dressed|clad|coat|jacket|suit|dress|shirt|shirtless|uniform|coveralls|overalls|robe|gown|sweater|hoodie|apron|tuxedo|jeans|scarf)\b", RegexOptions.IgnoreCase)] private static partial Regex ClothesWords();
}
