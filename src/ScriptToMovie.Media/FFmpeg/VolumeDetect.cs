using System.Globalization;
using System.Text.RegularExpressions;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>Loudness in dBFS; digital silence reads about -91 dB.</summary>
public sealed record AudioLevel(double MeanDb, double MaxDb)
{
    /// <summary>True when something can be heard: the quietest speech is far above this.</summary>
    public bool IsAudible => MaxDb > -50;
}

/// <summary>Measures how loud (a window of) a file's audio is with ffmpeg's volumedetect filter.</summary>
public sealed partial record VolumeDetect(string Path, TimeSpan? Start = null, TimeSpan? Length = null)
{
    public IReadOnlyList<string> Arguments() =>
    [
        .. Start is { } start ? new[] { "-ss", FFmpegText.Seconds(start) } : [],
        .. Length is { } length ? new[] { "-t", FFmpegText.Seconds(length) } : [],
        "-i", Path,
        "-map", "0:a:0",
        "-af", "volumedetect",
        "-f", "null", "-",
    ];

    public async Task<AudioLevel> RunAsync(ProcessRunner runner, CancellationToken cancellationToken = default)
    {
        var result = await runner.RunFFmpegAsync(
            Arguments(), $"reading {System.IO.Path.GetFileName(Path)}",
            cancellationToken: cancellationToken, activity: "Measuring the sound");
        return Parse(result.StandardError);
    }

    internal static AudioLevel Parse(string volumedetectLog)
    {
        double Read(Regex pattern)
        {
            var match = pattern.Match(volumedetectLog);
            // An empty window has no samples at all: report it as silence rather than fail.
            return match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var db)
                ? db : -91;
        }
        return new AudioLevel(Read(MeanPattern()), Read(MaxPattern()));
    }

    [GeneratedRegex(@"mean_volume:\s*(-?[\d.]+|-inf) dB")]
    private static partial Regex MeanPattern();

    [GeneratedRegex(@"max_volume:\s*(-?[\d.]+|-inf) dB")]
    private static partial Regex MaxPattern();
}
