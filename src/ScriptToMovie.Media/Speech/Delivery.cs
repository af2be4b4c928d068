namespace ScriptToMovie.Media.Speech;

/// <summary>How a line is said, from its parenthetical.</summary>
public enum Delivery
{
    Normal,

    /// <summary>(whispering), (quietly), (softly): quieter and slower.</summary>
    Soft,

    /// <summary>(shouting), (yelling), (angry): louder, faster and a little higher.</summary>
    Loud,
}

public static class Deliveries
{
    private static readonly string[] SoftWords =
        ["whisper", "quiet", "soft", "murmur", "hush", "under breath", "under his breath", "under her breath", "mutter", "sotto voce", "gently", "barely audible"];

    private static readonly string[] LoudWords =
        ["shout", "yell", "scream", "angr", "furious", "roar", "bellow", "loud", "enraged", "screech", "hollering", "exploding"];

    /// <summary>Reads a parenthetical such as "(whispering)" or "(angrily, to Bob)".</summary>
    public static Delivery FromParenthetical(string? parenthetical)
    {
        if (string.IsNullOrWhiteSpace(parenthetical)) return Delivery.Normal;
        var text = parenthetical.ToLowerInvariant();
        if (SoftWords.Any(text.Contains)) return Delivery.Soft;
        if (LoudWords.Any(text.Contains)) return Delivery.Loud;
        return Delivery.Normal;
    }

    /// <summary>espeak-ng amplitude (0–200, 100 normal).</summary>
    internal static int Amplitude(this Delivery delivery) => delivery switch
    {
        Delivery.Soft => 35,
        Delivery.Loud => 190,
        _ => 100,
    };

    internal static double SpeedFactor(this Delivery delivery) => delivery switch
    {
        Delivery.Soft => 0.88,
        Delivery.Loud => 1.12,
        _ => 1.0,
    };

    internal static int PitchShift(this Delivery delivery) => delivery switch
    {
        Delivery.Soft => -5,
        Delivery.Loud => 10,
        _ => 0,
    };

    /// <summary>Gain for engines without an amplitude setting (flite), in dB.</summary>
    internal static double GainDb(this Delivery delivery) => delivery switch
    {
        Delivery.Soft => -12,
        Delivery.Loud => 5,
        _ => 0,
    };
}
