using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Subtitles;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Steps;

namespace ScriptToMovie.App.Steps.Assemble;

/// <summary>
/// Joins every scene's clip in script order without re-encoding: one chapter per scene titled with its
/// heading, speaker-labelled SRT and VTT timed from the measured voices (and a soft subtitle track),
/// +faststart, and a JSON manifest. A scene whose clip failed gets its animatic instead, so there is no gap.
/// </summary>
public sealed class AssembleStep(AssembleSettings settings, ProcessRunner runner) : IPipelineStep
{
    public StepDefinition Definition => PipelineOrder.Assemble;

    public async Task RunAsync(StepContext context, CancellationToken ct)
    {
        var db = context.Db;
        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == context.ProjectId, ct);
        var scenes = await db.Scenes.AsNoTracking()
            .Where(s => s.ProjectId == project.Id)
            .OrderBy(s => s.Order).ThenBy(s => s.SceneNumber)
            .ToListAsync(ct);
        if (scenes.Count == 0) throw new StepFailedException("There are no scenes to assemble. Parse the script first.");

        // One row per project: a re-assembly (after retried scenes) replaces the movie file under the same key.
        var movie = await db.FinalMovies.Where(m => m.ProjectId == project.Id).OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct);
        if (movie is null)
        {
            movie = new FinalMovie { ProjectId = project.Id, CreatedAt = DateTime.UtcNow };
            db.FinalMovies.Add(movie);
        }
        movie.Status = "assembling";
        movie.ErrorMessage = null;
        await db.SaveChangesAsync(ct);

        var work = runner.Work.CreateSubdirectory("s2m-assemble-");
        try
        {
            var profile = EncodingProfile.ForAspect(project.AspectRatio);
            var clips = (await db.GeneratedVideos.AsNoTracking().Where(v => v.ProjectId == project.Id).ToListAsync(ct))
                .GroupBy(v => v.SceneId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Id)!);
            var audio = (await db.SceneAudio.AsNoTracking().Where(a => a.ProjectId == project.Id).ToListAsync(ct))
                .GroupBy(a => a.SceneId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Id)!);

            var parts = new List<ConcatPart>();
            var manifestScenes = new List<ManifestScene>();
            var lines = new List<ManifestLine>();
            var cues = new List<SubtitleCue>();
            var start = TimeSpan.Zero;
            var standIns = 0;
            for (var i = 0; i < scenes.Count; i++)
            {
                var scene = scenes[i];
                var (path, length, source, standIn) = await ClipForAsync(context, scene, clips.GetValueOrDefault(scene.Id), profile, project.AspectRatio, work.FullName, ct);
                if (standIn) standIns++;
                parts.Add(new ConcatPart(path, length, $"Scene {scene.SceneNumber}: {scene.Heading}"));

                foreach (var line in LineTimingJson.Read(audio.GetValueOrDefault(scene.Id)?.TimingsJson))
                {
                    // A line cannot outlast its scene's clip (a provider may return a shorter clip than asked).
                    var lineStart = start + TimeSpan.FromSeconds(Math.Min(line.Start, length.TotalSeconds));
                    var lineEnd = start + TimeSpan.FromSeconds(Math.Min(line.End, length.TotalSeconds));
                    if (lineEnd <= lineStart) continue;
                    cues.Add(new SubtitleCue(lineStart, lineEnd, line.Speaker, line.Text, line.SourceLine));
                    lines.Add(new ManifestLine(scene.SceneNumber, line.Speaker, line.Text, Seconds(lineStart), Seconds(lineEnd), line.SourceLine));
                }
                manifestScenes.Add(new ManifestScene(scene.Id, scene.SceneNumber, scene.Heading, Seconds(start), Seconds(start + length),
                    scene.StartLine, scene.EndLine, source, standIn));
                start += length;
                await context.ReportAsync((i + 1) * 70 / scenes.Count, $"Scene {scene.SceneNumber} placed");
            }

            var srt = Path.Combine(work.FullName, "movie.srt");
            var vtt = Path.Combine(work.FullName, "movie.vtt");
            await SrtWriter.WriteAsync(srt, cues, ct);
            await VttWriter.WriteAsync(vtt, cues, ct);

            await context.ReportAsync(75, "Joining the scenes");
            var joined = Path.Combine(work.FullName, "movie.mp4");
            var burn = settings.BurnSubtitles && cues.Count > 0;
            var joining = new StepProgressFeed(context, 75, burn ? 85 : 99, f => $"Joining the scenes ({f * 100:0} %)");
            // mov_text needs at least one cue; a movie without dialogue simply has no subtitle track.
            var duration = await new Concat(parts, cues.Count > 0 ? srt : null, project.Title).RunAsync(runner, joined, progress: joining, cancellationToken: ct);
            await joining.FlushAsync();
            var final = joined;
            if (burn)
            {
                await context.ReportAsync(85, "Burning in the captions");
                final = Path.Combine(work.FullName, "movie-captioned.mp4");
                var burning = new StepProgressFeed(context, 85, 99, f => $"Burning in the captions ({f * 100:0} %)");
                await new BurnSubtitles(joined, srt, duration).RunAsync(runner, profile, final, progress: burning, cancellationToken: ct);
                await burning.FlushAsync();
            }

            var manifest = new MovieManifest(project.Title, Seconds(duration), profile.Width, profile.Height, manifestScenes, lines);
            var movieKey = StorageKey.For(project.Id, "movie", "movie.mp4");
            var srtKey = StorageKey.For(project.Id, "movie", "movie.srt");
            var vttKey = StorageKey.For(project.Id, "movie", "movie.vtt");
            var manifestKey = StorageKey.For(project.Id, "movie", "movie.json");
            await context.Storage.PutFileAsync(movieKey, final, ct);
            await context.Storage.PutFileAsync(srtKey, srt, ct);
            await context.Storage.PutFileAsync(vttKey, vtt, ct);
            await context.Storage.PutBytesAsync(manifestKey, System.Text.Encoding.UTF8.GetBytes(manifest.ToJson()), ct);

            movie.StorageKey = movieKey;
            movie.MovieUrl = StorageKey.Url(movieKey);
            movie.SrtUrl = StorageKey.Url(srtKey);
            movie.VttUrl = StorageKey.Url(vttKey);
            movie.ManifestUrl = StorageKey.Url(manifestKey);
            movie.Duration = Seconds(duration);
            movie.Status = "completed";
            await db.SaveChangesAsync(ct);
            if (standIns > 0)
                context.Notes.Add($"{standIns} scene{(standIns == 1 ? "" : "s")} without a finished clip {(standIns == 1 ? "shows its" : "show their")} animatic instead.");
            await context.ReportAsync(100, $"Movie ready ({duration.TotalSeconds:0.0} s, {scenes.Count} scenes)");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            movie.Status = "failed";
            movie.ErrorMessage = e switch
            {
                MediaProcessException m => m.UserMessage,
                ClipFailedException c => c.Message,
                StepFailedException s => s.Message,
                StorageFailedException => StorageFailedException.UserMessage,
                _ => "The movie could not be assembled.",
            };
            await db.SaveChangesAsync(CancellationToken.None);
            if (e is StepFailedException) throw;
            throw new StepFailedException(movie.ErrorMessage, e);
        }
        catch (OperationCanceledException)
        {
            movie.Status = "failed";
            movie.ErrorMessage = "Assembly was cancelled.";
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The scene's finished clip, else its latest take, else its animatic made now (the clip failed or is missing).</summary>
    private async Task<(string Path, TimeSpan Length, string Source, bool StandIn)> ClipForAsync(
        StepContext context, Scene scene, GeneratedVideo? clip, EncodingProfile profile, string aspect, string workDir, CancellationToken ct)
    {
        if (clip is { Status: "completed", StorageKey: { } key, Duration: > 0 } && await context.Storage.ExistsAsync(key, ct))
            return (await context.Storage.GetLocalPathAsync(key, ct), TimeSpan.FromSeconds(clip.Duration.Value), clip.Provider, false);

        // A remake that failed leaves the take before it: the movie keeps showing that rather than a stand-in.
        var take = await context.Db.SceneTakes.AsNoTracking().Where(t => t.SceneId == scene.Id && t.ClipDuration > 0)
            .OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct);
        if (take is not null && await context.Storage.ExistsAsync(take.ClipKey, ct))
            return (await context.Storage.GetLocalPathAsync(take.ClipKey, ct), TimeSpan.FromSeconds(take.ClipDuration!.Value), take.ClipProvider, false);

        var inputs = await SceneClipInputs.LoadAsync(context.Db, context.Storage, scene, ct);
        var output = Path.Combine(workDir, $"stand-in-{scene.SceneNumber:000}.mp4");
        var seconds = ClipLength.For(scene, inputs.SpeechSeconds, profile);
        var animatic = context.Services.GetRequiredKeyedService<IVideoProvider>(VideoProviders.Animatic);
        await animatic.GenerateAsync(
            new ClipRequest(scene.ProjectId, scene.Id, scene.SceneNumber, scene.Heading, inputs.Prompt, inputs.NegativePrompt,
                seconds, inputs.FramePath, inputs.AudioPath, profile.Width, profile.Height, aspect, output, false, _ => Task.CompletedTask),
            new GeneratedVideo { ProjectId = scene.ProjectId, SceneId = scene.Id, Provider = VideoProviders.Animatic },
            ct);
        return (output, TimeSpan.FromSeconds(seconds), VideoProviders.Animatic, true);
    }

    private static double Seconds(TimeSpan t) => Math.Round(t.TotalSeconds, 3);
}
