using ScriptToMovie.Media.Processes;
using SkiaSharp;

namespace ScriptToMovie.Media.Tests.Processes;

/// <summary>Tiny inputs made on the spot: drawn PNGs and generated tones.</summary>
public static class SampleMedia
{
    // The grace period is how long a cancelled ffmpeg may take to finish its file: a deadline, so it is scaled.
    public static ProcessRunner Runner { get; } = new(MediaTools.Default, TestTime.Seconds(3));

    /// <summary>A picture with detail everywhere (sky gradient, blocks, a sun) so camera moves have something to show.</summary>
    public static string Png(string path, int width = 320, int height = 180, uint hue = 0)
    {
        var info = new SKImageInfo(width, height);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        using (var sky = new SKPaint())
        {
            sky.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(0, height),
                [new SKColor(40, 60, (byte)(120 + hue % 100)), new SKColor(230, 170, 90)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, sky);
        }
        using var block = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 12; i++)
        {
            block.Color = new SKColor((byte)(30 + i * 17), (byte)(90 + i * 9), (byte)(160 - i * 8));
            var x = i * width / 12f;
            var h = height * (0.2f + 0.05f * ((i * 7 + hue) % 6));
            canvas.DrawRect(x, height - h, width / 14f, h, block);
        }
        block.Color = SKColors.LightYellow;
        canvas.DrawCircle(width * 0.75f, height * 0.25f, height * 0.12f, block);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
        return path;
    }

    /// <summary>A mono 22.05 kHz WAV tone, shaped like what espeak-ng writes.</summary>
    public static async Task<string> ToneWav(string path, double seconds, int frequency = 440, double volume = 0.5)
    {
        await Runner.RunFFmpegAsync(
            [
                "-f", "lavfi", "-i", $"sine=frequency={frequency}:sample_rate=22050:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                "-af", $"volume={volume.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                "-ac", "1", "-c:a", "pcm_s16le", path,
            ],
            "making a test tone");
        return path;
    }

    /// <summary>Records every report synchronously (Progress&lt;T&gt; would post them later, out of order).</summary>
    public sealed class RecordingProgress : IProgress<double>
    {
        private readonly List<double> _values = [];

        public IReadOnlyList<double> Values
        {
            get { lock (_values) return [.. _values]; }
        }

        public void Report(double value)
        {
            lock (_values) _values.Add(value);
        }
    }
}
