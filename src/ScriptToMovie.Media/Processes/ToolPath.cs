namespace ScriptToMovie.Media.Processes;

/// <summary>Where a tool would be started from: a path as given, or a bare name looked up on PATH, as the OS would.</summary>
public static class ToolPath
{
    /// <summary>The executable file, or null when there is none.</summary>
    public static string? Find(string tool, string? path = null)
    {
        if (tool.Contains('/')) return IsExecutable(tool) ? Path.GetFullPath(tool) : null;
        path ??= Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(IsExecutable);
    }

    private static bool IsExecutable(string file) =>
        File.Exists(file) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
