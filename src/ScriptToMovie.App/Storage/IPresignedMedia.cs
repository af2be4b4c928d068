namespace ScriptToMovie.App.Storage;

/// <summary>A store whose files a browser can fetch straight from it, by a short-lived signed URL.</summary>
public interface IPresignedMedia
{
    /// <summary>A URL valid for a few minutes, or null when the key doesn't exist.</summary>
    Task<string?> PresignedUrlAsync(string key, string contentType, string? downloadName, CancellationToken ct = default);
}
