using System.Text;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

public sealed record TrailerCut(string ImagePath, TimeSpan Duration, CameraMove Move);

/// <summary>
/// A title card followed by quick cuts of scene frames, each fading in and out, in one encode with the
/// movie's profile. Use <see cref="Plan"/> to get cut lengths that add up to a 20–40 s trailer.
/// </summary>
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

    public IReadOnlyList<string> Arguments(EncodingProfile profile, string outputPath)
    {
        if (Cuts.Count == 0) throw new InvalidOperationException("A trailer needs at least one cut.");
        var inputs = new List<string>();
        foreach (var cut in Cuts) inputs.AddRange(["-i", cut.ImagePath]);
        inputs.AddRange(AudioInput.Arguments(AudioPath, profile));

        var total = Cuts.Aggregate(TimeSpan.Zero, (sum, cut) => sum + profile.Snap(cut.Duration));
        int bigW = profile.Width * StillToClip.Oversample, bigH = profile.Height * StillToClip.Oversample;
        var graph = new StringBuilder();
        for (var i = 0; i < Cuts.Count; i++)
        {
            var cut = Cuts[i];
            var frames = profile.FramesFor(cut.Duration);
            var (zoom, x, y) = CameraMoves.ZoompanExpressions(cut.Move, frames);
            var fadeOutStart = profile.Snap(cut.Duration) - Fade;
            graph.Append($"[{i}:v]scale={bigW}:{bigH}:force_original_aspect_ratio=increase,crop={bigW}:{bigH},setsar=1,")
                .Append($"zoompan=z='{zoom}':x='{x}':y='{y}':d={frames}:s={profile.Size}:fps={profile.FramesPerSecond},")
                .Append($"fade=t=in:st=0:d={FFmpegText.Seconds(Fade)},")
                .Append($"fade=t=out:st={FFmpegText.Seconds(fadeOutStart)}:d={FFmpegText.Seconds(Fade)}[v{i}];");
        }
        for (var i = 0; i < Cuts.Count; i++) graph.Append($"[v{i}]");
        graph.Append($"concat=n={Cuts.Count}:v=1:a=0,format={profile.PixelFormat}[v];");
        graph.Append($"{AudioInput.Filter($"{Cuts.Count}:a", profile, total)}[a]");

        return
        [
            .. inputs,
            "-filter_complex", graph.ToString(),
            "-map", "[v]", "-map", "[a]",
            .. profile.VideoArguments(),
            .. profile.AudioArguments(),
            "-t", FFmpegText.Seconds(total),
            .. EncodingProfile.FinalFileArguments,
            outputPath,
        ];
    }

    public async Task<TimeSpan> RunAsync(
        ProcessRunner runner,
        EncodingProfile profile,
        string outputPath,
        string purpose = "making the trailer",
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var total = Cuts.Aggregate(TimeSpan.Zero, (sum, cut) => sum + profile.Snap(cut.Duration));
        await runner.RunFFmpegAsync(Arguments(profile, outputPath), purpose, total, progress, cancellationToken);
        return total;
    }
}
