using System.Globalization;

namespace ScriptToMovie.Media.Processes;

/// <summary>Turns ffmpeg's <c>-progress</c> key=value lines into a 0..1 fraction of an expected duration.</summary>
internal sealed class FFmpegProgress(TimeSpan expectedDuration, IProgress<double>? sink)
{
    private double _last = -1;

    public void OnLine(string line)
    {
        if (sink is null) return;
        var separator = line.IndexOf('=');
        if (separator <= 0) return;
        var key = line.AsSpan(0, separator);
        var value = line.AsSpan(separator + 1).Trim();

        if (key.SequenceEqual("progress") && value.SequenceEqual("end"))
        {
            Report(1);
        }
        else if (key.SequenceEqual("out_time_us") && expectedDuration > TimeSpan.Zero
                 && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var micros)
                 && micros >= 0)
        {
            Report(Math.Clamp(micros / (expectedDuration.TotalMilliseconds * 1000), 0, 1));
        }
    }

    private void Report(double fraction)
    {
        // ffmpeg repeats the same position while muxing; listeners only care about movement.
        if (fraction <= _last) return;
        _last = fraction;
        sink!.Report(fraction);
    }
}
