using System.Globalization;
using System.Text.RegularExpressions;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Cli;

public sealed record Stretch(string Kind, double Start, double End)
{
    public double Length => End - Start;
}

/// <summary>
/// Finds black and frozen stretches of a video with ffmpeg's blackdetect and freezedetect filters, in one
/// decoding pass. Only stretches of at least <c>minimum</c> seconds are reported.
/// </summary>
public static partial class PictureFaults
{
    // freezedetect's noise threshold: -60 dB (its default) is about 0.1 % mean difference between frames.
    // The animatic's slowest camera move measures clean up to -45 dB on Brick & Steel and first reads as
    // "frozen" at -40 dB, while a held still stays under -60 dB; the default keeps a wide margin both ways.
    public const string FreezeNoise = "-60dB";

    public static IReadOnlyList<string> Arguments(string video, double minimum) =>
    [
        "-i", video,
        "-map", "0:v:0",
        "-vf", string.Create(CultureInfo.InvariantCulture, $"blackdetect=d={minimum}:pix_th=0.10,freezedetect=n={FreezeNoise}:d={minimum}"),
        "-an", "-f", "null", "-",
    ];

    public static async Task<IReadOnlyList<Stretch>> FindAsync(ProcessRunner runner, string video, double minimum = 1.0)
    {
        var result = await runner.RunFFmpegAsync(Arguments(video, minimum), "looking for black or frozen pictures");
        return Parse(result.StandardError);
    }

    internal static IReadOnlyList<Stretch> Parse(string log)
    {
        var stretches = new List<Stretch>();
        foreach (Match m in BlackPattern().Matches(log))
            stretches.Add(new Stretch("black", Number(m.Groups[1]), Number(m.Groups[2])));
        double? freezeStart = null;
        foreach (Match m in FreezePattern().Matches(log))
        {
            var value = Number(m.Groups[2]);
            if (m.Groups[1].Value == "start") freezeStart = value;
            else if (freezeStart is { } s) { stretches.Add(new Stretch("frozen", s, value)); freezeStart = null; }
        }
        // A freeze still running at the end of the file has a start and no end.
        if (freezeStart is { } open) stretches.Add(new Stretch("frozen", open, double.PositiveInfinity));
        return stretches;
    }

    private static double Number(Group g) => double.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"black_start:\s*([\d.]+)\s+black_end:\s*([\d.]+)")]
    private static partial Regex BlackPattern();

    [GeneratedRegex(@"lavfi\.freezedetect\.freeze_(start|end):\s*([\d.]+)")]
    private static partial Regex FreezePattern();
}
