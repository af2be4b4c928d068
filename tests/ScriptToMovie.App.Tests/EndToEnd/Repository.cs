namespace ScriptToMovie.App.Tests.EndToEnd;

/// <summary>Paths inside the repository the tests run from (the web build, the committed OpenAPI document).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string WebFolder => Path.Combine(Root, "web");
    public static string WebDist => Path.Combine(WebFolder, "dist");
    public static string Artifacts => Path.Combine(Root, "artifacts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScriptToMovie.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds ScriptToMovie.slnx.");
    }
}
