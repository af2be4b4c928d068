using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Subtitles;

namespace ScriptToMovie.Media.Assembly;

/// <param name="Duration">The clip's real length, as its recipe returned it.</param>
/// <param name="Cues">The scene's subtitles, timed from the start of the scene.</param>
public sealed record SceneClip(string ClipPath, TimeSpan Duration, string Heading, IReadOnlyList<SubtitleCue> Cues);

public sealed record ScenePlacement(int Index, string Heading, TimeSpan Start, TimeSpan End);

/// <summary>The finished movie and the files beside it.</summary>
/// <param name="Cues">Every subtitle, timed from the start of the movie.</param>
public sealed record AssembledMovie(
    string MoviePath,
    string SrtPath,
    string VttPath,
    TimeSpan Duration,
    IReadOnlyList<ScenePlacement> Scenes,
    IReadOnlyList<SubtitleCue> Cues);

/// <summary>
/// Joins the scene clips into the movie: <c>NAME.mp4</c> (stream copy, a chapter per scene, a soft subtitle
/// track) with <c>NAME.srt</c> and <c>NAME.vtt</c> beside it, and optionally a copy with captions burned in.
/// </summary>
public sealed class MovieAssembler(ProcessRunner runner)
{
    /// <summary>Where each scene falls in the movie and its cues moved there; pure, so callers can plan manifests.</summary>
    public static (IReadOnlyList<ScenePlacement> Scenes, IReadOnlyList<SubtitleCue> Cues, TimeSpan Duration) Place(
        IReadOnlyList<SceneClip> scenes)
    {
        var placements = new List<ScenePlacement>(scenes.Count);
        var cues = new List<SubtitleCue>();
        var start = TimeSpan.Zero;
        for (var i = 0; i < scenes.Count; i++)
        {
            var scene = scenes[i];
            var end = start + scene.Duration;
            placements.Add(new ScenePlacement(i, scene.Heading, start, end));
            // A cue never runs past its scene: the next scene's picture would carry the wrong caption.
            cues.AddRange(scene.Cues.Offset(start).Select(c => c.End > end ? c with { End = end } : c));
            start = end;
        }
        return (placements, cues, start);
    }

    /// <param name="burnedCaptionsPath">When set, also writes a copy of the movie with the captions drawn in (a re-encode).</param>
    public async Task<AssembledMovie> AssembleAsync(
        IReadOnlyList<SceneClip> scenes,
        string moviePath,
        string? title = null,
        string? burnedCaptionsPath = null,
        EncodingProfile? profile = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (scenes.Count == 0) throw new ArgumentException("A movie needs at least one scene.", nameof(scenes));
        var (placements, cues, duration) = Place(scenes);
        var srtPath = Path.ChangeExtension(moviePath, ".srt");
        var vttPath = Path.ChangeExtension(moviePath, ".vtt");
        await SrtWriter.WriteAsync(srtPath, cues, cancellationToken);
        await VttWriter.WriteAsync(vttPath, cues, cancellationToken);

        var concat = new Concat(
            [.. scenes.Select(s => new ConcatPart(s.ClipPath, s.Duration, s.Heading))],
            cues.Count > 0 ? srtPath : null,
            title);
        await concat.RunAsync(runner, moviePath, progress: progress, cancellationToken: cancellationToken);

        if (burnedCaptionsPath is not null && cues.Count > 0)
        {
            await new BurnSubtitles(moviePath, srtPath, duration)
                .RunAsync(runner, profile ?? EncodingProfile.Landscape, burnedCaptionsPath, cancellationToken: cancellationToken);
        }
        return new AssembledMovie(moviePath, srtPath, vttPath, duration, placements, cues);
    }
}
