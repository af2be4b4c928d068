using System.IO.Compression;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Steps.Export;

public sealed record ExportFile(string FileName, string ContentType, byte[] Bytes);

/// <summary>
/// The export step: not part of a pipeline run, it runs when a user, the API or the CLI asks. It writes from
/// the project's current rows and stored media every time, so an export always matches the movie as it is now.
/// </summary>
public sealed class ExportStep(AppDb db, IMediaStorage storage, ProcessRunner runner, TimeProvider clock)
{
    public static readonly string[] Formats = [.. BundleLayout.Formats.Keys];

    public Task<ExportFile> FileAsync(int projectId, string format, CancellationToken ct) =>
        WithTimelineAsync(projectId, timeline =>
        {
            var (_, contentType) = BundleLayout.Formats[format];
            return Task.FromResult(new ExportFile(BundleLayout.FileName(timeline, format), contentType, Render(timeline, format)));
        }, ct);

    /// <summary>Every format, the clips and the README into <paramref name="folder"/>.</summary>
    /// <returns>The paths written, relative to the folder.</returns>
    public Task<IReadOnlyList<string>> WriteBundleAsync(int projectId, string folder, CancellationToken ct) =>
        WithTimelineAsync<IReadOnlyList<string>>(projectId, async timeline =>
        {
            Directory.CreateDirectory(Path.Combine(folder, BundleLayout.ClipsFolder));
            var written = new List<string>();
            foreach (var (name, bytes) in Files(timeline))
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes, ct);
                written.Add(name);
            }
            foreach (var scene in timeline.Scenes)
            {
                File.Copy(scene.ClipPath, Path.Combine(folder, BundleLayout.ClipPath(scene)), overwrite: true);
                written.Add(BundleLayout.ClipPath(scene));
            }
            return written;
        }, ct);

    /// <summary>Loads the timeline into a work folder that lives exactly as long as <paramref name="use"/>.</summary>
    private async Task<T> WithTimelineAsync<T>(int projectId, Func<ExportTimeline, Task<T>> use, CancellationToken ct)
    {
        var work = runner.Work.CreateSubdirectory("s2m-export-");
        try { return await use(await new ExportTimelineLoader(db, storage, runner).LoadAsync(projectId, work.FullName, ct)); }
        finally { work.Delete(recursive: true); }
    }

    /// <summary>The bundle as a zip written straight to <paramref name="output"/>; clips are stored, not recompressed.</summary>
    /// <exception cref="NoMovieYetException">Thrown before anything is written.</exception>
    public async Task<Func<Stream, Task>> ZipAsync(int projectId, CancellationToken ct)
    {
        var work = runner.Work.CreateSubdirectory("s2m-export-");
        ExportTimeline timeline;
        try { timeline = await new ExportTimelineLoader(db, storage, runner).LoadAsync(projectId, work.FullName, ct); }
        catch { work.Delete(recursive: true); throw; }
        return async output =>
        {
            try
            {
                await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
                foreach (var (name, bytes) in Files(timeline))
                {
                    await using var entry = await zip.CreateEntry($"{timeline.Name}/{name}", CompressionLevel.Optimal).OpenAsync(ct);
                    await entry.WriteAsync(bytes, ct);
                }
                foreach (var scene in timeline.Scenes)
                {
                    await using var entry = await zip.CreateEntry($"{timeline.Name}/{BundleLayout.ClipPath(scene)}", CompressionLevel.NoCompression).OpenAsync(ct);
                    await using var clip = File.OpenRead(scene.ClipPath);
                    await clip.CopyToAsync(entry, ct);
                }
            }
            finally { work.Delete(recursive: true); }
        };
    }

    public static string ZipName(string title) => ExportTimelineLoader.FileStem(title) + " - export.zip";

    private IEnumerable<(string Name, byte[] Bytes)> Files(ExportTimeline timeline) =>
        Formats.Select(f => (BundleLayout.FileName(timeline, f), Render(timeline, f)))
            .Append(("README.txt", BundleReadme.Write(timeline)));

    private byte[] Render(ExportTimeline timeline, string format) => format switch
    {
        "otio" => OtioWriter.Write(timeline),
        "fcpxml" => FcpxmlWriter.Write(timeline),
        "xml" => XmemlWriter.Write(timeline),
        "edl" => EdlWriter.Write(timeline),
        "srt" => SubtitleExport.Srt(timeline),
        "vtt" => SubtitleExport.Vtt(timeline),
        "pdf" => StoryboardPdf.Write(timeline, clock.GetLocalNow().DateTime),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format."),
    };
}
