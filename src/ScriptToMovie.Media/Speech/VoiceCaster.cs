using System.Text;

namespace ScriptToMovie.Media.Speech;

/// <summary>
/// Gives each character of a script a voice of their own: women get espeak-ng's female variants
/// (+f1..+f5), everyone else a male one (+m1..+m7), and no two characters share a variant while an
/// unused one is left; after that, voices sharing a variant are kept apart in pitch.
/// </summary>
public static class VoiceCaster
{
    private static readonly string[] FemaleVoices = ["en-us+f1", "en-us+f2", "en-us+f3", "en-us+f4", "en-us+f5"];
    private static readonly string[] MaleVoices = ["en-us+m1", "en-us+m2", "en-us+m3", "en-us+m4", "en-us+m5", "en-us+m6", "en-us+m7"];
    private const int MinimumPitchDistance = 12;

    /// <summary>Voices for a script's characters, keyed by name (case-insensitive). Later duplicates of a name are ignored.</summary>
    public static IReadOnlyDictionary<string, VoiceProfile> Cast(IEnumerable<(string Name, string? Description)> characters)
    {
        var cast = new Dictionary<string, VoiceProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, description) in characters)
        {
            if (cast.ContainsKey(name)) continue;
            var gender = CharacterGender.Guess(name, description);
            var pool = Pool(gender);
            var taken = cast.Values.Select(v => v.Voice).ToHashSet();

            VoiceProfile? chosen = null;
            // First choice: the character's own voice, or the next variant nobody has yet.
            for (var shift = 0; shift < pool.Length && chosen is null; shift++)
            {
                var candidate = Candidate(name, gender, shift);
                if (!taken.Contains(candidate.Voice)) chosen = candidate;
            }
            // Every variant is in use: share the variant whose pitches leave the most room.
            chosen ??= Enumerable.Range(0, pool.Length)
                .Select(shift => SeparatePitch(Candidate(name, gender, shift), cast.Values))
                .OrderByDescending(c => c.Distance)
                .First().Profile;
            cast[name] = chosen;
        }
        return cast;
    }

    /// <summary>The character's voice, moved <paramref name="shift"/> variants along its pool.</summary>
    internal static VoiceProfile Candidate(string name, Gender gender, int shift)
    {
        var hash = StableHash(name.Trim().ToUpperInvariant());
        var pool = Pool(gender);
        var voice = pool[(int)((hash + (uint)shift) % (uint)pool.Length)];
        // Women's variants already sit higher; the pitch spreads voices within a variant.
        var pitch = (gender == Gender.Female ? 45 : 30) + (int)(hash >> 8 & 0xFF) % 31;
        var speed = 155 + (int)(hash >> 16 & 0xFF) % 31;
        return new VoiceProfile(SpeechEngine.Espeak, voice, pitch, speed);
    }

    private static string[] Pool(Gender gender) => gender == Gender.Female ? FemaleVoices : MaleVoices;

    private static (VoiceProfile Profile, int Distance) SeparatePitch(VoiceProfile candidate, IEnumerable<VoiceProfile> others)
    {
        var sharing = others.Where(o => o.Voice == candidate.Voice).Select(o => o.Pitch).ToList();
        if (sharing.Count == 0) return (candidate, 99);
        // The pitch nearest the character's own that stands clear of the others; failing that, the clearest.
        var pitches = Enumerable.Range(0, 100)
            .Select(p => (Pitch: p, Distance: sharing.Min(s => Math.Abs(s - p))))
            .ToList();
        var best = pitches.Where(p => p.Distance >= MinimumPitchDistance)
            .OrderBy(p => Math.Abs(p.Pitch - candidate.Pitch))
            .Cast<(int Pitch, int Distance)?>()
            .FirstOrDefault() ?? pitches.MaxBy(p => p.Distance);
        return (candidate with { Pitch = best.Pitch }, best.Distance);
    }

    /// <summary>FNV-1a: unlike string.GetHashCode it is the same in every process, so a name keeps its voice.</summary>
    internal static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return hash;
    }
}
