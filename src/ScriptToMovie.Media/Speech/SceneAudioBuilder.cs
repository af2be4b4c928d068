using System.Globalization;
using System.Text;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.Speech;

/// <summary>
/// Speaks a scene's dialogue in script order and mixes it into one 48 kHz stereo WAV with natural
/// gaps, dual dialogue overlapping, and the start and end of every line measured from the real audio.
/// </summary>
public sealed class SceneAudioBuilder(ProcessRunner runner, SpeechSynthesizer synthesizer, SceneAudioPacing? pacing = null)
{
    public const int SampleRate = 48000;

    public SceneAudioBuilder(ProcessRunner runner) : this(runner, new SpeechSynthesizer(runner)) { }

    public SceneAudioPacing Pacing { get; } = pacing ?? SceneAudioPacing.Natural;

    /// <summary>
    /// Places lines one after another with a gap between them; a dual line starts with the line before it,
    /// and the next line waits for the longer of the two.
    /// </summary>
    public static (IReadOnlyList<LineTiming> Lines, TimeSpan Total) Schedule(
        IReadOnlyList<DialogueLine> lines, IReadOnlyList<TimeSpan> durations, SceneAudioPacing pacing)
    {
        if (lines.Count != durations.Count) throw new ArgumentException("Every line needs its duration.", nameof(durations));
        var timings = new List<LineTiming>(lines.Count);
        var groupStart = pacing.LeadIn;
        var groupEnd = pacing.LeadIn;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var start = i > 0 && line.Dual ? groupStart : (i == 0 ? pacing.LeadIn : groupEnd + pacing.Gap);
            if (!(i > 0 && line.Dual)) groupStart = start;
            var end = start + durations[i];
            groupEnd = i > 0 && line.Dual ? Max(groupEnd, end) : end;
            timings.Add(new LineTiming(i, line.Speaker, line.Text, line.SourceLine, start, end));
        }
        return (timings, (lines.Count == 0 ? TimeSpan.Zero : groupEnd) + pacing.Tail);
    }

    /// <summary>ffmpeg's mix: each line resampled to 48 kHz stereo, delayed to its start, summed without ducking.</summary>
    public static IReadOnlyList<string> MixArguments(
        IReadOnlyList<string> lineFiles, IReadOnlyList<LineTiming> timings, TimeSpan total, string outputPath)
    {
        var inputs = lineFiles.SelectMany(f => new[] { "-i", f });
        var graph = new StringBuilder();
        for (var i = 0; i < lineFiles.Count; i++)
        {
            var delayMs = (long)Math.Round(timings[i].Start.TotalMilliseconds);
            graph.Append($"[{i}:a]aresample={SampleRate},aformat=sample_fmts=fltp:channel_layouts=stereo,")
                .Append($"adelay={delayMs}:all=1[l{i}];");
        }
        for (var i = 0; i < lineFiles.Count; i++) graph.Append($"[l{i}]");
        var seconds = total.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        // normalize=0: amix would otherwise divide every voice by the number of lines in the scene.
        graph.Append($"amix=inputs={lineFiles.Count}:duration=longest:normalize=0,apad=whole_dur={seconds}[mix]");
        return
        [
            .. inputs,
            "-filter_complex", graph.ToString(),
            "-map", "[mix]",
            "-c:a", "pcm_s16le", "-ar", SampleRate.ToString(CultureInfo.InvariantCulture), "-ac", "2",
            "-t", seconds,
            outputPath,
        ];
    }

    /// <param name="purpose">Completes "… failed while …", e.g. "making the voices for scene 4".</param>
    public async Task<SceneAudio> BuildAsync(
        IReadOnlyList<DialogueLine> lines,
        string outputPath,
        string? purpose = null,
        CancellationToken cancellationToken = default)
    {
        if (lines.Count == 0) throw new ArgumentException("A scene with no dialogue has no voices to mix.", nameof(lines));
        purpose ??= $"making the voices for {Path.GetFileNameWithoutExtension(outputPath)}";
        var work = runner.Work.CreateSubdirectory("s2m-voices-");
        try
        {
            var files = lines.Select((_, i) => Path.Combine(work.FullName, $"line-{i:000}.wav")).ToArray();
            var durations = new TimeSpan[lines.Count];
            // Two at a time: espeak-ng is single-threaded and the machine has two cores.
            await Parallel.ForAsync(0, lines.Count,
                new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
                async (i, ct) =>
                {
                    var line = lines[i];
                    durations[i] = await synthesizer.SynthesizeAsync(
                        line.Text, line.Voice, line.Delivery, files[i], $"{purpose} ({line.Speaker})", ct);
                });

            var (timings, total) = Schedule(lines, durations, Pacing);
            await runner.RunFFmpegAsync(MixArguments(files, timings, total, outputPath), purpose, total,
                cancellationToken: cancellationToken, activity: "Mixing the voices");
            return new SceneAudio(outputPath, total, timings);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
