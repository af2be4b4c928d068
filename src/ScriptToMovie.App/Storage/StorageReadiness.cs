using ScriptToMovie.App.Health;
using ScriptToMovie.App.Telemetry;

namespace ScriptToMovie.App.Storage;

/// <summary>Media storage takes a small file, gives it back unchanged and deletes it.</summary>
public sealed class StorageReadiness(IMediaStorage storage) : IReadinessCheck
{
    public string Name => "storage";

    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        var key = $"readyz/{Environment.MachineName}-{Guid.NewGuid():N}.txt";
        var written = System.Text.Encoding.UTF8.GetBytes("ready " + key);
        try
        {
            await storage.PutBytesAsync(key, written, ct);
            byte[]? read = null;
            await using (var stream = await storage.OpenReadAsync(key, ct))
            {
                if (stream is not null)
                {
                    using var copy = new MemoryStream();
                    await stream.CopyToAsync(copy, ct);
                    read = copy.ToArray();
                }
            }
            await storage.DeletePrefixAsync(key, ct);
            if (read is null) return "Media storage lost a file just written to it.";
            if (await storage.ExistsAsync(key, ct)) return "Media storage kept a file it was asked to delete.";
            return read.AsSpan().SequenceEqual(written) ? null : "Media storage returned different bytes than were written.";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AppTelemetry.StorageErrors.Add(1, new KeyValuePair<string, object?>("where", "readiness"));
            return $"Media storage cannot write, read and delete a file ({e.Message.TrimEnd('.')}): check the media folder's permissions, or S3_BUCKET, the credentials and the bucket policy.";
        }
    }
}
