namespace ScriptToMovie.App.Storage;

/// <summary>
/// Every stored file (frames, clips, audio, movies, subtitles, uploads) goes through here.
/// Keys look like "{projectId}/frames/scene-001.png"; the first segment is always the project.
/// </summary>
public interface IMediaStorage
{
    /// <summary>Stores a finished local file under the key, atomically (readers never see half a file).</summary>
    Task PutFileAsync(string key, string localPath, CancellationToken ct = default);
    Task PutBytesAsync(string key, byte[] bytes, CancellationToken ct = default);
    /// <summary>A seekable stream, or null when the key doesn't exist.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default);
    Task<bool> ExistsAsync(string key, CancellationToken ct = default);
    /// <summary>A local path to read the file from (ffmpeg needs paths); remote stores download to a cache.</summary>
    Task<string> GetLocalPathAsync(string key, CancellationToken ct = default);
    Task DeletePrefixAsync(string prefix, CancellationToken ct = default);
}
