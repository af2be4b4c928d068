using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers;

namespace ScriptToMovie.App.Steps.Cast;

/// <summary>
/// On the Kling path (IMAGE_PROVIDER or VIDEO_PROVIDER kling), one cast sheet and one element per character who
/// appears in at least one scene, made once: a sheet whose pictures and element exist is skipped, a half-made one is
/// finished from where it stopped. Offline it is done at once and costs nothing. A character whose sheet fails is
/// told in the step's notes and never fails the step: their clips carry them by the storyboard frame and the prompt.
/// </summary>
public sealed class CastStep(ProviderSettings providers, ILogger<CastStep> log) : IPipelineStep
{
    public StepDefinition Definition => PipelineOrder.Cast;

    public async Task RunAsync(StepContext context, CancellationToken ct)
    {
        if (providers.Image != ImageProviders.Kling && providers.Video != VideoProviders.Kling)
        {
            context.Notes.Add("Cast sheets are made only when Kling makes the pictures or clips.");
            return;
        }
        var maker = context.Services.GetRequiredKeyedService<ICastSheetMaker>(VideoProviders.Kling);
        if (!maker.Enabled)
        {
            context.Notes.Add("Cast sheets are off: KLING_CAST_SHEETS is false, or neither KLING_MODEL nor KLING_IMAGE_MODEL takes elements.");
            return;
        }
        var db = context.Db;
        // A sheet regenerated or replaced from the Characters tab runs this step for that character's scenes alone.
        var only = context.OnlyScenes.ToList();
        var present = db.SceneCharacters.Where(sc => sc.Scene!.ProjectId == context.ProjectId && (only.Count == 0 || only.Contains(sc.SceneId)))
            .Select(sc => sc.CharacterId);
        var cast = await db.Characters.AsNoTracking()
            .Where(c => c.ProjectId == context.ProjectId && present.Contains(c.Id))
            .OrderByDescending(c => c.DialogueLines).ThenBy(c => c.Id).ToListAsync(ct);

        int done = 0, failed = 0;
        await context.ReportAsync(0, $"Making cast sheets for {cast.Count} character{(cast.Count == 1 ? "" : "s")}");
        foreach (var character in cast)
        {
            var sheet = await CastSheet.LoadAsync(context.Storage, context.ProjectId, character.Id, ct)
                        ?? new CastSheet { CharacterId = character.Id, Name = character.Name };
            try
            {
                await maker.MakeAsync(context.ProjectId, context.RunId, sheet, Appearance(character), ct);
            }
            catch (ProviderFailedException ex)
            {
                log.LogWarning(ex, "No cast sheet for {Character}", character.Name);
                context.Notes.Add(ex.Message);
                failed++;
            }
            await context.ReportAsync(++done * 100 / cast.Count, $"Cast sheet {done} of {cast.Count} ready ({character.Name})");
        }
        if (failed > 0) context.Notes.Add($"{failed} of {cast.Count} characters have no cast sheet; their clips rely on the frame and the prompt.");
    }

    private static string Appearance(Data.Character c) =>
        string.IsNullOrWhiteSpace(c.VisualDescription) ? $"{c.Name}, as the script introduces them." : c.VisualDescription.Trim();
}
