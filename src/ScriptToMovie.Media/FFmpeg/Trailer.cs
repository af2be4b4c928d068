using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

public sealed record TrailerCut(string ImagePath, TimeSpan Duration, CameraMove Move);

/// <summary>
/// A title card followed by quick cuts of scene frames, each fading in and out, in the movie's profile.
/// Use <see cref="Plan"/> to get cut lengths that add up to a 20–40 s trailer.
/// </summary>
/// <remarks>
/// Each cut is encoded by its own ffmpeg (one enlarged image in memory at a time) and the cuts are joined with
/// the concat demuxer, copying the picture. One filter graph over all the images held every enlarged frame at
/// once and was the largest process of a render (about 345 MB at 1280×720, against about 180 MB for one cut).
/// </remarks>
public sealed record Trailer(IReadOnlyList<TrailerCut> Cuts, string? AudioPath = null)
{
    public static readonly TimeSpan MinimumLength = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan MaximumLength = TimeSpan.FromSeconds(40);
    public static readonly TimeSpan TitleCardLength = TimeSpan.FromSeconds(4);
    public static readonly TimeSpan ShortestCut = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan LongestCut = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Fade = TimeSpan.FromSeconds(0.3);

    public TimeSpan TotalDuration => Cuts.Aggregate(TimeSpan.Zero, (sum, cut) => sum + cut.Duration);

    /// <summary>
    /// Lays out a trailer: the title card held still, then the scene frames in order, each 2–4 s with a
    /// varied move, repeating frames when there are fewer than six and using the first twelve when there are more.
    /// </summary>
    public static Trailer Plan(string titleCardPath, IReadOnlyList<string> sceneFrames, string? audioPath = null)
    {
        if (sceneFrames.Count == 0) throw new ArgumentException("A trailer needs at least one scene frame.", nameof(sceneFrames));
        var cuts = new List<TrailerCut> { new(titleCardPath, TitleCardLength, CameraMove.Still) };

        // Six to twelve cuts sharing about 26 s: quick, but each long enough to take in.
        var count = Math.Clamp(sceneFrames.Count, 6, 12);
        var each = TimeSpan.FromSeconds(Math.Round(Math.Clamp(26.0 / count, 2, 4) * 4) / 4);
        for (var i = 0; i < count; i++)
            cuts.Add(new TrailerCut(sceneFrames[i % sceneFrames.Count], each, CameraMoves.ForScene(i + 1)));
        return new Trailer(cuts, audioPath);
    }

    /// <summary>The trailer's real length: every cut rounded to whole frames.</summary>
    public TimeSpan Length(EncodingProfile profile) =>
        Cuts.Aggregate(TimeSpan.Zero, (sum, cut) => sum + profile.Snap(cut.Duration));

    /// <summary>One cut as a picture-only clip; the sound is added once, over the whole trailer, by the join.</summary>
    public IReadOnlyList<string> CutArguments(int index, EncodingProfile profile, string outputPath)
    {
        var cut = Cuts[index];
        var frames = profile.FramesFor(cut.Duration);
        var (zoom, x, y) = CameraMoves.ZoompanExpressions(cut.Move, frames);
        var fadeOutStart = profile.Snap(cut.Duration) - Fade;
        int bigW = profile.Width * StillToClip.Oversample, bigH = profile.Height * StillToClip.Oversample;
        return
        [
            "-i", cut.ImagePath,
            "-filter_complex",
            $"[0:v]scale={bigW}:{bigH}:force_original_aspect_ratio=increase,crop={bigW}:{bigH},setsar=1," +
            $"zoompan=z='{zoom}':x='{x}':y='{y}':d={frames}:s={profile.Size}:fps={profile.FramesPerSecond}," +
            $"fade=t=in:st=0:d={FFmpegText.Seconds(Fade)},fade=t=out:st={FFmpegText.Seconds(fadeOutStart)}:d={FFmpegText.Seconds(Fade)}," +
            $"format={profile.PixelFormat}[v]",
            "-map", "[v]",
            .. profile.VideoArguments(),
            "-t", FFmpegText.Seconds(profile.Snap(cut.Duration)),
            outputPath,
        ];
    }

    /// <summary>
    /// The concat demuxer's list of the encoded cuts (<paramref name="cutPaths"/>, in order), each with its
    /// length in whole frames.
    /// </summary>
    public string ListFile(EncodingProfile profile, IReadOnlyList<string> cutPaths) =>
        new Concat([.. Cuts.Select((cut, i) => new ConcatPart(cutPaths[i], profile.Snap(cut.Duration), ""))]).ListFile();

    /// <summary>
    /// Joins the cuts by copying their picture, and encodes the sound once over the whole length, so music
    /// plays through the cuts instead of stopping on an AAC frame at each one.
    /// </summary>
    public IReadOnlyList<string> JoinArguments(EncodingProfile profile, string listFile, string outputPath)
    {
        if (Cuts.Count == 0) throw new InvalidOperationException("A trailer needs at least one cut.");
        var total = Length(profile);
        return
        [
            "-f", "concat", "-safe", "0", "-i", listFile,
            .. AudioInput.Arguments(AudioPath, profile),
            "-filter_complex", $"{AudioInput.Filter("1:a", profile, total)}[a]",
            "-map", "0:v:0", "-map", "[a]",
            "-c:v", "copy",
            .. profile.AudioArguments(),
            "-t", FFmpegText.Seconds(total),
            .. EncodingProfile.FinalFileArguments,
            outputPath,
        ];
    }

    /// <returns>The trailer's real length: every cut rounded to whole frames.</returns>
    public async Task<TimeSpan> RunAsync(
        ProcessRunner runner,
        EncodingProfile profile,
        string outputPath,
        string purpose = "making the trailer",
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (Cuts.Count == 0) throw new InvalidOperationException("A trailer needs at least one cut.");
        var total = Length(profile);
        var work = runner.Work.CreateSubdirectory("s2m-trailer-cuts-");
        try
        {
            var cutPaths = new List<string>();
            var done = TimeSpan.Zero;
            for (var i = 0; i < Cuts.Count; i++)
            {
                var length = profile.Snap(Cuts[i].Duration);
                // "trailer" in the name lets the render benchmark's ffmpeg log count the cuts as trailer work.
                var cutPath = Path.Combine(work.FullName, $"trailer-cut-{i:00}.mp4");
                await runner.RunFFmpegAsync(
                    CutArguments(i, profile, cutPath), purpose, length,
                    progress is null ? null : new Share(progress, done / total, length / total), cancellationToken);
                cutPaths.Add(cutPath);
                done += length;
            }
            var listFile = Path.Combine(work.FullName, "cuts.ffconcat");
            await File.WriteAllTextAsync(listFile, ListFile(profile, cutPaths), cancellationToken);
            await runner.RunFFmpegAsync(JoinArguments(profile, listFile, outputPath), purpose, total, cancellationToken: cancellationToken);
            progress?.Report(1);
            return total;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>One cut's 0..1 progress as its share of the whole trailer's.</summary>
    private sealed class Share(IProgress<double> whole, double start, double size) : IProgress<double>
    {
        public void Report(double value) => whole.Report(start + size * value);
    }
}
