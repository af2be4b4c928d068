using System.Buffers.Binary;

namespace ScriptToMovie.Media.Processes;

/// <summary>
/// The length of an audio file. PCM WAV headers are read directly (espeak-ng and flite write them, and
/// every line of dialogue needs one), anything else is asked of ffprobe.
/// </summary>
public sealed class AudioDuration(Probe probe)
{
    public async Task<TimeSpan> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        TryReadWav(path) ?? await probe.DurationAsync(path, cancellationToken);

    /// <summary>The duration of a RIFF/WAVE file from its header, or null when it is not one we understand.</summary>
    public static TimeSpan? TryReadWav(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[12];
        if (stream.Read(header) != 12 || !header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
            return null;

        int? byteRate = null;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> format = stackalloc byte[16];
        while (stream.Read(chunk) == 8)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8))
            {
                if (size < 16 || stream.Read(format) != 16) return null;
                byteRate = BinaryPrimitives.ReadInt32LittleEndian(format[8..12]);
                stream.Seek(size - 16 + (size & 1), SeekOrigin.Current);
            }
            else if (chunk[..4].SequenceEqual("data"u8))
            {
                if (byteRate is not > 0) return null;
                // Streaming writers (espeak-ng to a pipe, some ffmpeg outputs) leave the size at its maximum.
                long dataBytes = size is 0 or 0xFFFFFFFF ? stream.Length - stream.Position : Math.Min(size, stream.Length - stream.Position);
                return TimeSpan.FromSeconds((double)dataBytes / byteRate.Value);
            }
            else
            {
                stream.Seek(size + (size & 1), SeekOrigin.Current);
            }
        }
        return null;
    }
}
