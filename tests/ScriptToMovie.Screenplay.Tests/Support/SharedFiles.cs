namespace ScriptToMovie.Screenplay.Tests.Support;

/// <summary>Finds the project's shared/ folder, which lies beside the repository (CI clones the repo to another
/// folder with shared/ next to it), by walking up from the test binaries.</summary>
public static class SharedFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        // The test command sets S2M_SHARED_DIR when shared/ is not above the repository.
        if (Environment.GetEnvironmentVariable("S2M_SHARED_DIR") is { Length: > 0 } named && Directory.Exists(Path.Combine(named, "parser-fixtures"))) return named;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "parser-fixtures"))) return candidate;
        }
        throw new DirectoryNotFoundException("No shared/parser-fixtures folder above " + AppContext.BaseDirectory);
    });

    public static string SharedRoot => Root.Value;

    public static string Screenplays => Path.Combine(SharedRoot, "screenplays");

    public static string ReferenceFixtures => Path.Combine(SharedRoot, "parser-fixtures", "nyousefi-Fountain");

    public static string Screenplay(string name) => Path.Combine(Screenplays, name);

    /// <summary>The repository root (the folder holding the solution file).</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ScriptToMovie.slnx"))) return dir.FullName;
            throw new DirectoryNotFoundException("No ScriptToMovie.slnx above " + AppContext.BaseDirectory);
        }
    }

    public static ScreenplayDocument ReadScreenplay(string name) =>
        ScreenplayReader.Read(File.ReadAllBytes(Screenplay(name)), name);
}
