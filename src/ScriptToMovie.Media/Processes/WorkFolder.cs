namespace ScriptToMovie.Media.Processes;

/// <summary>
/// Where a process keeps its temporary files: its own folder under the data directory's work folder
/// (DATA_DIR/work/{pid}-{id}/), held with an exclusive lock file while the process lives. Claiming one sweeps the
/// folders whose process has died (its lock is free), so a worker killed mid-clip leaves nothing behind for long.
/// Without a claim (tests of the media library, one-off tools) files go to the system's temp folder.
/// </summary>
public sealed class WorkFolder
{
    private const string LockName = ".lock";
    // Held open (never disposed) for the life of the process: the lock is the "still alive" signal.
    private readonly FileStream? _lock;

    public string Root { get; }

    private WorkFolder(string root, FileStream? held) => (Root, _lock) = (root, held);

    /// <summary>The lock file while this process holds the folder (null for the system temp folder).</summary>
    public string? LockFile => _lock?.Name;

    public static WorkFolder SystemTemp { get; } = new(Path.GetTempPath(), null);

    /// <summary>Claims a fresh folder under <paramref name="parent"/> and deletes the folders of dead processes.</summary>
    public static WorkFolder Claim(string parent)
    {
        Directory.CreateDirectory(parent);
        var root = Path.Combine(parent, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var held = new FileStream(Path.Combine(root, LockName), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        Sweep(parent, root);
        return new WorkFolder(root, held);
    }

    /// <summary>A new empty folder for one job's files.</summary>
    public DirectoryInfo CreateSubdirectory(string prefix) =>
        Directory.CreateDirectory(Path.Combine(Root, $"{prefix}{Guid.NewGuid():N}"));

    /// <summary>A path for one temporary file (not created).</summary>
    public string File(string name) => Path.Combine(Root, name);

    private static void Sweep(string parent, string mine)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent))
        {
            if (dir == mine) continue;
            try
            {
                // Opening the lock exclusively succeeds only when no live process holds it.
                using (new FileStream(Path.Combine(dir, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)) { }
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException) { } // alive (locked), or being swept by another process right now
            catch (UnauthorizedAccessException) { }
        }
    }
}
