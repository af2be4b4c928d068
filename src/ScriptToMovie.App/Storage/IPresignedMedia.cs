namespace ScriptToMovie.App.Storage;

/// <summary>A store whose files a browser can fetch straight from it, by a short-lived signed URL.</summary>
public interface IPresignedMedia
{
    /// <summary>A URL valid for a few minutes, or null when the key doesn't exist.</summary>
    /// <param name="forThisServer">Signed for the address this server reaches the store by (S3_ENDPOINT) rather than the
    /// one browsers reach it by (S3_PUBLIC_ENDPOINT): for checks run on the server, such as ./s2m doctor.</param>
    Task<string?> PresignedUrlAsync(string key, string contentType, string? downloadName, CancellationToken ct = default, bool forThisServer = false);
}
