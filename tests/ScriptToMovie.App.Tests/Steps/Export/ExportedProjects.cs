using CliWrap;
using CliWrap.Buffered;
using ScriptToMovie.App.Steps.Assemble;
using ScriptToMovie.App.Tests.Cli;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.App.Steps;

namespace ScriptToMovie.App.Tests.Steps.Export;

/// <summary>One bundle written by `render --export bundle`, and the movie it was exported from.</summary>
public sealed record ExportedBundle(string Aspect, string Folder, string Movie, MovieManifest Manifest, MediaInfo MovieInfo)
{
    public const string Name = "The Key & The Kettle";
    public string Bundle => Path.Combine(Folder, "out", "key - export");
    public string DataDirectory => Path.Combine(Folder, "data");
    public string File(string suffix) => Path.Combine(Bundle, Name + suffix);
    /// <summary>The movie's picture in frames (its AAC track runs a few milliseconds longer, as AAC does).</summary>
    public long MovieFrames => (long)Math.Round(MovieInfo.Video!.Duration!.Value.TotalSeconds * 24);

    /// <summary>A path a timeline names, made absolute the way an editor does: relative to the timeline file.</summary>
    public string Resolve(string reference)
    {
        var full = Path.GetFullPath(Path.Combine(Bundle, reference));
        Assert.StartsWith(Path.GetFullPath(Bundle) + Path.DirectorySeparatorChar, full);
        Assert.True(System.IO.File.Exists(full), $"{reference} does not resolve to a file in the bundle.");
        return full;
    }
}

/// <summary>
/// The same 3-scene screenplay rendered offline and exported in 16:9 and 9:16, once for every export test
/// (rendering is the slow part).
/// </summary>
public sealed class ExportedProjects : IAsyncLifetime
{
    public static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Steps", "Export", "three-scenes.fountain");
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("s2m-exports-");
    public ExportedBundle Landscape { get; private set; } = null!;
    public ExportedBundle Portrait { get; private set; } = null!;
    public ProcessRunner Runner { get; } = new();

    public IEnumerable<ExportedBundle> Both => [Landscape, Portrait];

    public async Task InitializeAsync()
    {
        var both = await Task.WhenAll(RenderAsync("16:9"), RenderAsync("9:16"));
        (Landscape, Portrait) = (both[0], both[1]);
    }

    private async Task<ExportedBundle> RenderAsync(string aspect)
    {
        var folder = Path.Combine(_root.FullName, aspect.Replace(':', 'x'));
        Directory.CreateDirectory(folder);
        var result = await AppCommand.RunAsync(folder, TimeSpan.FromMinutes(4),
            "render", Script, "-o", Path.Combine("out", "key.mp4"), "--aspect", aspect, "--video", "animatic",
            "--data", Path.Combine(folder, "data"), "--export", "bundle");
        var movie = Path.Combine(folder, "out", "key.mp4");
        if (result.ExitCode != 0 || !System.IO.File.Exists(movie))
            throw new Xunit.Sdk.XunitException($"render exited with {result.ExitCode}.\nstdout:\n{result.Output}\nstderr:\n{result.Error}");
        var manifest = MovieManifest.Parse(await System.IO.File.ReadAllTextAsync(Path.ChangeExtension(movie, ".json")));
        return new ExportedBundle(aspect, folder, movie, manifest, await new Probe(Runner).ReadAsync(movie));
    }

    /// <summary>A reader installed here (poppler, ffprobe), run on a file; its exit code and output.</summary>
    public static async Task<BufferedCommandResult> ToolAsync(string tool, params string[] arguments) =>
        await CliWrap.Cli.Wrap(tool).WithArguments(arguments).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();

    public Task DisposeAsync()
    {
        _root.Delete(recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ExportedProjectsCollection : ICollectionFixture<ExportedProjects>
{
    public const string Name = "Exported projects";
}
