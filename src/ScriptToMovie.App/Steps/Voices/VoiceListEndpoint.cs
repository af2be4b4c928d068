using ScriptToMovie.App.Problems;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Speech;

namespace ScriptToMovie.App.Steps.Voices;

/// <summary>
/// GET /api/voices: the English accents and voice variants installed on this server, so the Characters tab offers
/// a list instead of a free-text voice string. Not project data, so any signed-in user may read it.
/// </summary>
public static class VoiceListEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/voices", async (InstalledVoices voices, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await voices.ListAsync(ct));
            }
            catch (MediaProcessException e)
            {
                throw new ApiProblem(503, e.UserMessage);
            }
        })
        .RequireAuthorization()
        .WithTags("Characters")
        .WithSummary("The installed speech voices: English accents and the variants that can follow any of them.")
        .Produces<VoiceCatalog>()
        .ProducesProblem(503);
}
