using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.Media.Speech;

namespace ScriptToMovie.App.Steps.Voices;

/// <summary>
/// Each character's voice, chosen once for the whole movie: a voice already stored (cast earlier, or set by
/// the user) stays; the others are cast so no two characters share one while a free one is left.
/// </summary>
public static class VoiceCasting
{
    /// <returns>Every character's voice by name (case-insensitive); stores the newly cast ones on the rows.</returns>
    public static async Task<IReadOnlyDictionary<string, VoiceProfile>> CastAsync(AppDb db, int projectId, CancellationToken ct)
    {
        var characters = await db.Characters.Where(c => c.ProjectId == projectId).OrderBy(c => c.Id).ToListAsync(ct);
        var cast = Cast(characters);
        foreach (var character in characters)
            if (!VoiceProfile.TryParse(character.Voice, out _))
                character.Voice = cast[character.Name].ToString();
        await db.SaveChangesAsync(ct);
        return cast;
    }

    /// <summary>The voices without storing them (for a preview before the voices step has run).</summary>
    public static IReadOnlyDictionary<string, VoiceProfile> Cast(IReadOnlyList<Character> characters)
    {
        // Casting the whole script in one fixed order gives every character the voice it got last time.
        var ordered = characters.OrderBy(c => c.Id).ToList();
        var fresh = VoiceCaster.Cast(ordered.Select(c => (c.Name, (string?)c.VisualDescription)));
        var voices = new Dictionary<string, VoiceProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in ordered)
            voices.TryAdd(c.Name, VoiceProfile.TryParse(c.Voice, out var kept) ? kept : fresh[c.Name]);
        return voices;
    }
}
