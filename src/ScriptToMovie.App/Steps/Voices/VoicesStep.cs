using Microsoft.EntityFrameworkCore;
using ScriptToMovie.Analysis;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Steps;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Speech;
using SceneAudioRow = ScriptToMovie.App.Data.SceneAudio;

namespace ScriptToMovie.App.Steps.Voices;

/// <summary>
/// Phase 3, before the clips: every character gets a voice once, then each scene's dialogue is spoken in
/// script order into one WAV (parentheticals change the delivery, dual dialogue overlaps), with the measured
/// start and end of every line stored for the subtitles.
/// </summary>
public sealed class VoicesStep(ProcessRunner runner) : IPipelineStep
{
    public StepDefinition Definition => PipelineOrder.Voices;

    public async Task RunAsync(StepContext context, CancellationToken ct)
    {
        var db = context.Db;
        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == context.ProjectId, ct);
        var scenes = await db.Scenes.AsNoTracking()
            .Where(s => s.ProjectId == project.Id)
            .OrderBy(s => s.Order).ThenBy(s => s.SceneNumber)
            .ToListAsync(ct);
        if (scenes.Count == 0) throw new StepFailedException("There are no scenes to voice. Parse the script first.");

        var voices = await VoiceCasting.CastAsync(db, project.Id, ct);
        var names = await db.Characters.AsNoTracking().Where(c => c.ProjectId == project.Id).Select(c => c.Name).ToListAsync(ct);
        await ParsedScript.EnsureAsync(db, project.Id, ct);
        var spoken = await ParsedScript.LinesBySceneAsync(db, project.Id, ct);
        var rows = await db.SceneAudio.Where(a => a.ProjectId == project.Id).ToListAsync(ct);
        var beats = await ParsedScript.ActionBeatsAsync(db, project.Id, scenes, ct);
        var builder = new SceneAudioBuilder(runner);
        int done = 0, failed = 0;

        foreach (var scene in scenes)
        {
            var row = rows.Where(r => r.SceneId == scene.Id).MaxBy(r => r.Id);
            if (!context.OnlyScenes.Contains(scene.Id) && !Stale.Has(scene.StaleParts, Stale.Voice) && row is { Status: "completed" }
                && (row.StorageKey is null || await context.Storage.ExistsAsync(row.StorageKey, ct))
                && !VoiceChanged(row.TimingsJson, voices))
            {
                await MeasureAsync(db, scene, row, beats, ct);
                await context.ReportAsync(++done * 100 / scenes.Count, $"Voices for scene {scene.SceneNumber} already made");
                continue;
            }
            if (row is null)
            {
                row = new SceneAudioRow { ProjectId = project.Id, SceneId = scene.Id, CreatedAt = DateTime.UtcNow };
                db.SceneAudio.Add(row);
            }

            var (lines, echoes) = spoken.TryGetValue(scene.Id, out var stored)
                ? GroupVoices.Expand(stored, (l, who) => ToDialogueLine(l, who, voices, names), names)
                : ([], []);
            if (lines.Count == 0)
            {
                row.StorageKey = null;
                row.AudioUrl = null;
                row.Duration = 0;
                row.TimingsJson = LineTimingJson.Write([]);
                row.Status = "completed";
                row.ErrorMessage = null;
            }
            else
            {
                var output = runner.Work.File($"s2m-voices-{project.Id}-{scene.SceneNumber}-{Guid.NewGuid():N}.wav");
                try
                {
                    var audio = await builder.BuildAsync(lines, output, $"making the voices for scene {scene.SceneNumber}", ct);
                    var key = await SceneFiles.FreshKeyAsync(context.Storage, project.Id, "audio", scene.SceneNumber, "wav", ct);
                    await context.Storage.PutFileAsync(key, output, ct);
                    row.StorageKey = key;
                    row.AudioUrl = StorageKey.Url(key);
                    row.Duration = Math.Round(audio.Duration.TotalSeconds, 3);
                    row.TimingsJson = LineTimingJson.Write(audio.Lines.Where(l => !echoes.Contains(l.Index)).Select(l => new LineTimingJson(
                        l.Speaker, l.Text, Math.Round(l.Start.TotalSeconds, 3), Math.Round(l.End.TotalSeconds, 3), l.SourceLine,
                        lines[l.Index].Voice.ToString())));
                    // When this audio was made: the clips step remakes free clips older than their voices.
                    row.CreatedAt = DateTime.UtcNow;
                    row.Status = "completed";
                    row.ErrorMessage = null;
                }
                catch (MediaProcessException e)
                {
                    row.Status = "failed";
                    row.ErrorMessage = e.UserMessage;
                    failed++;
                }
                finally
                {
                    File.Delete(output);
                }
            }
            await db.SaveChangesAsync(ct);
            if (row.Status == "completed") await SceneFiles.ClearStaleAsync(db, scene.Id, Stale.Voice, ct);
            await MeasureAsync(db, scene, row, beats, ct);
            await context.ReportAsync(++done * 100 / scenes.Count, $"Voices for scene {scene.SceneNumber} ready ({lines.Count} line{(lines.Count == 1 ? "" : "s")})");
        }

        if (failed > 0 && failed == scenes.Count(s => spoken.ContainsKey(s.Id)))
            throw new StepFailedException("No scene's voices could be made; check that espeak-ng is installed.");
        if (failed > 0) context.Notes.Add($"The voices of {failed} scene{(failed == 1 ? "" : "s")} could not be made; those clips will be silent.");
    }

    /// <summary>
    /// Writes the scene's measured duration (its voiced lines plus a breath, or its action: <see cref="SceneLength"/>) over
    /// the parse's estimate, so the Scenes tab, the quote and the clip that is made next say the same. A duration the
    /// user set is theirs and stays.
    /// </summary>
    private static async Task MeasureAsync(AppDb db, Scene scene, SceneAudioRow row, IReadOnlyDictionary<int, int> beats, CancellationToken ct)
    {
        if (row.Status != "completed" || Edited.Has(scene.EditedFields, "duration")) return;
        var seconds = SceneLength.Seconds(row.Duration, beats.GetValueOrDefault(scene.Id));
        if (scene.Duration == seconds) return;
        await db.Scenes.Where(s => s.Id == scene.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Duration, seconds), ct);
    }

    /// <summary>True when a character's voice was changed (PATCH) since the scene was voiced.</summary>
    private static bool VoiceChanged(string? timingsJson, IReadOnlyDictionary<string, VoiceProfile> voices) =>
        LineTimingJson.Read(timingsJson).Any(l =>
            l.Voice is not null && voices.TryGetValue(l.Speaker, out var now) && now.ToString() != l.Voice);

    private static DialogueLine ToDialogueLine(SceneDialogueLine line, string who, IReadOnlyDictionary<string, VoiceProfile> voices, IReadOnlyList<string> names)
    {
        // Subtitles name the speaker as the cast list does; a speaker the parse missed (A VOICE) still gets a stable voice.
        var name = names.FirstOrDefault(n => string.Equals(n, who, StringComparison.OrdinalIgnoreCase)) ?? who;
        var voice = voices.TryGetValue(name, out var cast) ? cast : VoiceProfile.ForCharacter(name, null);
        return new DialogueLine(name, line.Text, voice, Deliveries.FromParenthetical(line.Parenthetical), line.Dual, line.SourceLine);
    }
}
