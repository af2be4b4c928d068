using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Steps.Export;

namespace ScriptToMovie.App.Cli;

/// <summary>
/// ./s2m export FILE_OR_PROJECT --format F -o OUT: a project's movie for editing. A screenplay file is rendered
/// first, exactly as ./s2m render does; a number is a project already in the data directory.
/// </summary>
public static class ExportCommand
{
    public const string Bundle = "bundle";
    public static readonly string[] Choices = [.. ExportStep.Formats, Bundle];

    public static Command Create()
    {
        var source = new Argument<string>("FILE_OR_PROJECT") { Description = "A screenplay file (rendered first) or the id of a project in the data directory" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "otio, fcpxml, xml (FCP7/Premiere), edl, srt, vtt, pdf (storyboard) or bundle (all of them with the clips)",
            DefaultValueFactory = _ => Bundle,
        };
        format.AcceptOnlyFromAmong(Choices);
        var output = new Option<string?>("--output", "-o") { Description = "The file to write; for bundle a folder, or a .zip (default: the movie's name in the current folder)" };
        var aspect = new Option<string>("--aspect") { Description = "Frame shape when rendering a file: 16:9, 9:16 or 1:1", DefaultValueFactory = _ => "16:9" };
        aspect.AcceptOnlyFromAmong(ProjectEndpoints.AspectRatios);
        var data = new Option<string?>("--data") { Description = "Data directory (SQLite database and media/); default ./data" };

        var cmd = new Command("export", "Export a movie for editing: OTIO, FCPXML, Premiere XML, EDL, subtitles, storyboard PDF") { source, format, output, aspect, data };
        cmd.SetAction((r, ct) => RunAsync(r.GetValue(source)!, r.GetValue(format)!, r.GetValue(output), r.GetValue(aspect)!, r.GetValue(data), ct));
        return cmd;
    }

    public static async Task<int> RunAsync(string source, string format, string? output, string aspect, string? dataDirectory, CancellationToken ct)
    {
        if (!File.Exists(source) && int.TryParse(source, out var projectId))
        {
            await using var services = CliServices.Build(dataDirectory, (s, _) => s.AddExport());
            await DatabaseSetup.MigrateAsync(services, ct);
            return await WriteAsync(services, projectId, format, output, ct);
        }
        var file = new FileInfo(source);
        var movie = Path.Combine(Directory.CreateTempSubdirectory("s2m-export-render-").FullName, Path.ChangeExtension(file.Name, ".mp4"));
        try
        {
            return await RenderCommand.RunAsync(file, new FileInfo(movie), aspect, null, dataDirectory, ct,
                then: (services, id, token) => WriteAsync(services, id, format, output, token));
        }
        finally { Directory.Delete(Path.GetDirectoryName(movie)!, recursive: true); }
    }

    /// <summary>Writes one format, or the bundle, of the project's movie and prints what it wrote.</summary>
    public static async Task<int> WriteAsync(IServiceProvider services, int projectId, string format, string? output, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null) return Stop(RenderCommand.Unreadable, $"There is no project {projectId} in this data directory.");
        var export = scope.ServiceProvider.GetRequiredService<ExportStep>();
        try
        {
            string target;
            string what;
            if (format == Bundle && output?.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) == true)
            {
                target = Path.GetFullPath(output);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var write = await export.ZipAsync(projectId, ct);
                await using (var zip = File.Create(target)) await write(zip);
                what = "the bundle as a zip";
            }
            else if (format == Bundle)
            {
                target = Path.GetFullPath(output ?? ExportTimelineLoader.FileStem(project.Title) + " - export");
                var files = await export.WriteBundleAsync(projectId, target, ct);
                what = $"{files.Count} files";
            }
            else
            {
                var file = await export.FileAsync(projectId, format, ct);
                target = Path.GetFullPath(output is null ? file.FileName : Directory.Exists(output) ? Path.Combine(output, file.FileName) : output);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, file.Bytes, ct);
                what = $"{format}, {file.Bytes.Length:N0} bytes";
            }
            Console.Out.WriteLine($"Exported {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)}: {what} of project {projectId} \"{project.Title}\"");
            return RenderCommand.Completed;
        }
        catch (NoMovieYetException e) { return Stop(RenderCommand.Failed, e.Message); }
    }

    private static int Stop(int code, string message)
    {
        Console.Error.WriteLine(message);
        return code;
    }
}
