using ScriptToMovie.App.Steps.Assemble;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.App.Steps;

namespace ScriptToMovie.App.Tests.Cli;

/// <summary>Brick &amp; Steel rendered once by `render` in its own process; the tests look at what it left behind.</summary>
public sealed class RenderedMovie : IAsyncLifetime
{
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("s2m-render-");
    public string Script { get; } = Samples.Screenplay("Brick-and-Steel.fountain");
    public string Movie => Path.Combine(Folder.FullName, "out", "brick.mp4");
    public string Sidecar(string extension) => Path.ChangeExtension(Movie, extension);
    public AppCommandResult Result { get; private set; } = null!;
    public MovieManifest Manifest { get; private set; } = null!;
    public MediaInfo Info { get; private set; } = null!;
    public ProcessRunner Runner { get; } = new();

    public async Task InitializeAsync()
    {
        Result = await AppCommand.RunAsync(Folder.FullName, TimeSpan.FromMinutes(3),
            "render", Script, "-o", Path.Combine("out", "brick.mp4"), "--video", "animatic", "--data", Path.Combine(Folder.FullName, "data"));
        if (Result.ExitCode != 0 || !File.Exists(Movie))
            throw new Xunit.Sdk.XunitException($"render exited with {Result.ExitCode}.\nstdout:\n{Result.Output}\nstderr:\n{Result.Error}");
        Manifest = MovieManifest.Parse(await File.ReadAllTextAsync(Sidecar(".json")));
        Info = await new Probe(Runner).ReadAsync(Movie);
    }

    public Task DisposeAsync()
    {
        Folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
