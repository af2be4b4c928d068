namespace ScriptToMovie.Media.Tests.Processes;

/// <summary>A scratch folder per test, removed afterwards.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder() => Path = Directory.CreateTempSubdirectory("s2m-media-test-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a killed process may still hold a file for a moment; the OS cleans temp */ }
    }
}
