using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Health;

/// <summary>ffmpeg, ffprobe and espeak-ng can be started: without them every clip and voice fails.</summary>
public sealed class MediaToolsReadiness(ProcessRunner runner) : IReadinessCheck
{
    public string Name => "media tools";

    public Task<string?> ProblemAsync(CancellationToken ct)
    {
        var tools = runner.Tools;
        var missing = new[] { ("ffmpeg", tools.FFmpeg), ("ffprobe", tools.FFprobe), ("espeak-ng", tools.EspeakNg) }
            .Where(t => ToolPath.Find(t.Item2) is null).Select(t => $"{t.Item1} ({t.Item2})").ToList();
        return Task.FromResult(missing.Count == 0 ? null
            : $"{string.Join(" and ", missing)} cannot be found: install the Debian packages ffmpeg and espeak-ng, or set FFMPEG_PATH/ESPEAK_NG_PATH.");
    }
}
