using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Steps;
using ScriptToMovie.App.Projects;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Speech;
using ScriptToMovie.App.Problems;

namespace ScriptToMovie.App.Steps.Voices;

/// <summary>
/// GET /api/projects/{id}/characters/{characterId}/voice-preview: a WAV of the character's first line (or a
/// greeting) in their voice. <c>?voice=espeak:en-us+f3:p55:s165</c> previews another voice before it is saved.
/// </summary>
public static class VoicePreviewEndpoint
{
    private const int LongestSample = 160;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/projects/{id:int}/characters/{characterId:int}/voice-preview", PreviewAsync)
            .RequireAuthorization()
            .WithTags("Characters")
            .WithSummary("A sample line in the character's voice (audio/wav).");

    private static async Task<IResult> PreviewAsync(
        int id, int characterId, string? voice, HttpContext http, AppDb db, ProcessRunner runner, CancellationToken ct)
    {
        var project = await db.FindOwnedAsync(id, http.User.Id(), ct);
        var characters = await db.Characters.AsNoTracking().Where(c => c.ProjectId == project.Id).ToListAsync(ct);
        var character = characters.FirstOrDefault(c => c.Id == characterId) ?? throw ApiProblem.NotFound("character");

        VoiceProfile profile;
        if (!string.IsNullOrWhiteSpace(voice))
        {
            if (!VoiceProfile.TryParse(voice, out var asked))
                throw ApiProblem.BadRequest("That voice is not one we can speak; use the form espeak:en-us+f3:p55:s165.");
            profile = asked;
        }
        else
        {
            profile = VoiceCasting.Cast(characters)[character.Name];
        }

        var wav = Path.Combine(Path.GetTempPath(), $"s2m-preview-{Guid.NewGuid():N}.wav");
        try
        {
            await new SpeechSynthesizer(runner).SynthesizeAsync(
                await SampleLineAsync(db, project.Id, character.Name, ct), profile, Delivery.Normal, wav, $"previewing {character.Name}'s voice", ct);
            return Results.File(await File.ReadAllBytesAsync(wav, ct), "audio/wav", $"{character.Name}-voice.wav");
        }
        catch (MediaProcessException e)
        {
            throw new ApiProblem(503, e.UserMessage);
        }
        finally
        {
            File.Delete(wav);
        }
    }

    /// <summary>The character's first line in the script, so the preview sounds like the movie; else a greeting.</summary>
    internal static async Task<string> SampleLineAsync(AppDb db, int projectId, string name, CancellationToken ct)
    {
        await ParsedScript.EnsureAsync(db, projectId, ct);
        var spoken = await (from l in db.DialogueLines
                            join s in db.Scenes on l.SceneId equals s.Id
                            where s.ProjectId == projectId
                            orderby s.Order, s.SceneNumber, l.Order
                            select new { l.Speaker, l.Text }).AsNoTracking().ToListAsync(ct);
        var first = spoken.FirstOrDefault(l => string.Equals(l.Speaker, name, StringComparison.OrdinalIgnoreCase) && l.Text.Length >= 12);
        var text = first?.Text ?? $"Hello, I'm {System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant())}.";
        return text.Length <= LongestSample ? text : text[..text.LastIndexOf(' ', LongestSample)] + "…";
    }
}
