using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Steps.Assemble;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Screenplay;
using ScriptToMovie.App.Steps;

namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// Builds the <see cref="ExportTimeline"/> of a project's finished movie from its rows and stored files: the
/// movie's manifest gives the scenes in movie order and the lines in movie time (so exports follow the current
/// take and order), each scene's clip is the file the movie was joined from, and ffprobe says what each holds.
/// </summary>
public sealed class ExportTimelineLoader(AppDb db, IMediaStorage storage, ProcessRunner runner)
{
    /// <param name="workDir">Where clips that only exist inside the movie (animatic stand-ins) are cut out to.</param>
    /// <exception cref="NoMovieYetException">The project has no finished movie.</exception>
    public async Task<ExportTimeline> LoadAsync(int projectId, string workDir, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().FirstAsync(p => p.Id == projectId, ct);
        var movie = await db.FinalMovies.AsNoTracking().Where(m => m.ProjectId == projectId)
            .OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct);
        var manifestKey = StorageKeyOf(movie?.ManifestUrl);
        if (movie is not { Status: "completed", StorageKey: { } movieKey } || manifestKey is null
            || !await storage.ExistsAsync(manifestKey, ct) || !await storage.ExistsAsync(movieKey, ct))
            throw new NoMovieYetException();

        await using var manifestStream = (await storage.OpenReadAsync(manifestKey, ct))!;
        var manifest = MovieManifest.Parse(await new StreamReader(manifestStream).ReadToEndAsync(ct));
        if (manifest.Scenes.Count == 0) throw new NoMovieYetException();

        var scenes = await db.Scenes.AsNoTracking().Where(s => s.ProjectId == projectId).ToDictionaryAsync(s => s.Id, ct);
        var clips = (await db.GeneratedVideos.AsNoTracking().Where(v => v.ProjectId == projectId).ToListAsync(ct))
            .GroupBy(v => v.SceneId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Id)!);
        var frames = (await db.StoryboardImages.AsNoTracking()
                .Where(i => i.ProjectId == projectId && i.Kind == "scene" && i.Status == "completed" && i.SceneId != null).ToListAsync(ct))
            .GroupBy(i => i.SceneId!.Value).ToDictionary(g => g.Key, g => g.MaxBy(i => i.Id)!);
        var script = ScreenplayReader.ReadText(project.ScriptContent);
        var probe = new Probe(runner);

        var exportScenes = new List<ExportScene>();
        long start = 0;
        foreach (var placed in manifest.Scenes)
        {
            var clip = clips.GetValueOrDefault(placed.SceneId);
            var seconds = !placed.StandIn && clip?.Duration is > 0 ? clip.Duration.Value : placed.End - placed.Start;
            var length = Frames24.FromSeconds(seconds);
            var clipPath = await ClipPathAsync(placed, clip, movieKey, workDir, ct);
            var info = await probe.ReadAsync(clipPath, ct);
            var row = scenes.GetValueOrDefault(placed.SceneId);
            var lines = manifest.Lines.Where(l => l.SceneNumber == placed.SceneNumber)
                .Select(l => Place(l, placed, start, length))
                .Where(l => l.EndFrame > l.StartFrame)
                .ToList();
            exportScenes.Add(new ExportScene(
                placed.SceneNumber,
                placed.Heading,
                ActionOf(script, row) ?? row?.Description ?? "",
                $"SC{placed.SceneNumber:000}.mp4",
                clipPath,
                start,
                length,
                Math.Max(length, Frames24.FromSeconds(info.Duration.TotalSeconds)),
                info.Audio?.Channels ?? 0,
                info.Audio?.SampleRate ?? 48000,
                frames.TryGetValue(placed.SceneId, out var frame) && frame.StorageKey is { } frameKey && await storage.ExistsAsync(frameKey, ct)
                    ? await storage.GetLocalPathAsync(frameKey, ct) : null,
                lines));
            start += length;
        }

        return new ExportTimeline(
            project.Title,
            FileStem(project.Title),
            project.AspectRatio,
            manifest.Width,
            manifest.Height,
            exportScenes,
            [.. script.TitlePage.Select(e => new KeyValuePair<string, string>(e.Key, e.Value))]);
    }

    /// <summary>A line snapped to the frame grid once, inside its scene: cues never cross a cut.</summary>
    private static ExportLine Place(ManifestLine line, ManifestScene scene, long sceneStart, long sceneFrames)
    {
        long Snap(double movieSeconds) => sceneStart + Math.Clamp(Frames24.FromSeconds(movieSeconds - scene.Start), 0, sceneFrames);
        return new ExportLine(scene.SceneNumber, line.Speaker, line.Text, sceneStart, Snap(line.Start), Snap(line.End));
    }

    private async Task<string> ClipPathAsync(ManifestScene placed, GeneratedVideo? clip, string movieKey, string workDir, CancellationToken ct)
    {
        if (!placed.StandIn && clip is { Status: "completed", StorageKey: { } key } && await storage.ExistsAsync(key, ct))
            return await storage.GetLocalPathAsync(key, ct);
        // The movie's stand-in for a failed clip was never stored on its own: the movie is the only copy.
        var output = Path.Combine(workDir, $"stand-in-{placed.SceneNumber:000}.mp4");
        var moviePath = await storage.GetLocalPathAsync(movieKey, ct);
        await new SceneCut(moviePath, TimeSpan.FromSeconds(placed.Start), TimeSpan.FromSeconds(placed.End - placed.Start))
            .RunAsync(runner, output, ct);
        return output;
    }

    /// <summary>The scene's action lines as written in the screenplay.</summary>
    private static string? ActionOf(ScreenplayDocument script, Scene? row)
    {
        if (row is null) return null;
        var block = script.Scenes.FirstOrDefault(s => s.StartLine == row.StartLine)
            ?? script.Scenes.FirstOrDefault(s => s.Number == row.SceneNumber);
        if (block is null) return null;
        var action = string.Join(" ", block.Elements.Where(e => e.Type == ElementTypes.Action).Select(e => e.Text.Trim()));
        return action.Length == 0 ? null : action;
    }

    /// <summary>The title as a file name every operating system accepts.</summary>
    public static string FileStem(string title)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat([':', '*', '?', '"', '<', '>', '|', '\\', '/']).ToHashSet();
        var stem = new string([.. title.Trim().Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim('.', ' ');
        return stem.Length == 0 ? "Movie" : stem.Length > 80 ? stem[..80].TrimEnd() : stem;
    }

    private static string? StorageKeyOf(string? url)
    {
        const string prefix = "/api/media/";
        if (url is null || !url.StartsWith(prefix, StringComparison.Ordinal)) return null;
        return StorageKey.Normalize(string.Join('/', url[prefix.Length..].Split('/').Select(Uri.UnescapeDataString)));
    }
}

public sealed class NoMovieYetException() : Exception("This project has no finished movie yet. Make the movie first, then export it for editing.");
