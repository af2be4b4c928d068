namespace ScriptToMovie.App.Storage;

/// <summary>Media in a folder under the data directory.</summary>
public sealed class LocalMediaStorage(string root) : IMediaStorage
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task PutFileAsync(string key, string localPath, CancellationToken ct = default)
    {
        var target = PathFor(key);
        // Opened first: a missing source is the caller's bug, not a storage failure.
        await using var src = File.OpenRead(localPath);
        await WriteAsync(key, target, tmp => WriteStreamAsync(src, tmp, ct));
    }

    public Task PutBytesAsync(string key, byte[] bytes, CancellationToken ct = default) =>
        WriteAsync(key, PathFor(key), tmp => File.WriteAllBytesAsync(tmp, bytes, ct));

    private static async Task WriteStreamAsync(Stream src, string tmp, CancellationToken ct)
    {
        await using var dst = File.Create(tmp);
        await src.CopyToAsync(dst, ct);
    }

    /// <summary>Writes beside the target and moves into place; a refused write becomes <see cref="StorageFailedException"/>.</summary>
    private static async Task WriteAsync(string key, string target, Func<string, Task> write)
    {
        var tmp = target + "." + Guid.NewGuid().ToString("N") + ".part";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await write(tmp);
            File.Move(tmp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(tmp); } catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            throw new StorageFailedException(key, e);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct = default)
    {
        var path = PathFor(key);
        Stream? s = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, true) : null;
        return Task.FromResult(s);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct = default) => Task.FromResult(File.Exists(PathFor(key)));

    public Task<string> GetLocalPathAsync(string key, CancellationToken ct = default)
    {
        var path = PathFor(key);
        return File.Exists(path) ? Task.FromResult(path) : throw new FileNotFoundException($"Stored file {key} is missing.");
    }

    public Task DeletePrefixAsync(string prefix, CancellationToken ct = default)
    {
        var path = PathFor(prefix);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        else if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    private string PathFor(string key)
    {
        var normal = StorageKey.Normalize(key) ?? throw new ArgumentException("Invalid storage key.", nameof(key));
        var full = Path.GetFullPath(Path.Combine(_root, normal));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException("Invalid storage key.", nameof(key));
        return full;
    }
}
