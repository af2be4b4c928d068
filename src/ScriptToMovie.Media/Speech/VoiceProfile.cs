using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ScriptToMovie.Media.Speech;

public enum SpeechEngine
{
    Espeak,
    Flite,
}

/// <summary>
/// A character's voice: engine, voice name (espeak-ng "en-us+f3", flite "slt"), pitch 0–99 and speed in
/// words per minute. Stored as a compact string such as <c>espeak:en-us+f3:p55:s165</c>.
/// </summary>
public sealed record VoiceProfile(SpeechEngine Engine, string Voice, int Pitch, int Speed)
{
    public const int DefaultSpeed = 170;

    /// <summary>The voice for a character on its own, the same every time for the same name.</summary>
    /// <remarks>Use <see cref="VoiceCaster.Cast"/> for a whole script, which also keeps the voices apart.</remarks>
    public static VoiceProfile ForCharacter(string name, string? visualDescription) =>
        VoiceCaster.Candidate(name, CharacterGender.Guess(name, visualDescription), 0);

    public bool SoundsFemale => Engine == SpeechEngine.Espeak ? Voice.Contains("+f", StringComparison.Ordinal) : Voice == "slt";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{EngineName(Engine)}:{Voice}:p{Pitch}:s{Speed}");

    public static VoiceProfile Parse(string text) =>
        TryParse(text, out var profile)
            ? profile
            : throw new FormatException($"'{text}' is not a voice; expected something like espeak:en-us+f3:p55:s165.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out VoiceProfile? profile)
    {
        profile = null;
        var parts = text?.Trim().Split(':');
        if (parts is not { Length: 4 }) return false;

        SpeechEngine? engine = parts[0].ToLowerInvariant() switch
        {
            "espeak" or "espeak-ng" => SpeechEngine.Espeak,
            "flite" => SpeechEngine.Flite,
            _ => null,
        };
        if (engine is null
            || parts[1].Length == 0 || parts[1].Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '_'))
            || !TryNumber(parts[2], 'p', out var pitch) || pitch is < 0 or > 99
            || !TryNumber(parts[3], 's', out var speed) || speed is < 80 or > 450)
            return false;

        profile = new VoiceProfile(engine.Value, parts[1], pitch, speed);
        return true;
    }

    private static bool TryNumber(string part, char prefix, out int value)
    {
        value = 0;
        return part.Length > 1 && part[0] == prefix
            && int.TryParse(part.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string EngineName(SpeechEngine engine) => engine == SpeechEngine.Flite ? "flite" : "espeak";
}
