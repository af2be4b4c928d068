namespace ScriptToMovie.Media.Processes;

/// <summary>Where the external media tools live. Bare names are resolved through PATH.</summary>
public sealed record MediaTools(
    string FFmpeg = "ffmpeg",
    string FFprobe = "ffprobe",
    string EspeakNg = "espeak-ng",
    string Flite = "flite")
{
    public static MediaTools Default { get; } = new();

    /// <summary>Reads FFMPEG_PATH, FFPROBE_PATH, ESPEAK_NG_PATH and FLITE_PATH; unset ones keep their defaults.</summary>
    public static MediaTools FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        string Pick(string variable, string fallback) =>
            read(variable) is { Length: > 0 } value ? value : fallback;

        var ffmpeg = Pick("FFMPEG_PATH", "ffmpeg");
        // An ffprobe beside a configured ffmpeg is the one that matches its version.
        var probeBeside = Path.GetDirectoryName(ffmpeg) is { Length: > 0 } dir ? Path.Combine(dir, "ffprobe") : "ffprobe";
        return new MediaTools(
            ffmpeg,
            Pick("FFPROBE_PATH", probeBeside),
            Pick("ESPEAK_NG_PATH", "espeak-ng"),
            Pick("FLITE_PATH", "flite"));
    }
}
