using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Steps.Assemble;
using ScriptToMovie.App.Steps.Export;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Screenplay;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Cli;

/// <summary>
/// ./s2m render: the web app's pipeline, run in this process against the data directory as a local user,
/// from a screenplay file to OUT.mp4 with its .srt, .vtt and .json beside it.
/// </summary>
public static class RenderCommand
{
    public const int Completed = 0, Failed = 1, Unreadable = 2, Cancelled = 130;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A screenplay: .fountain, .txt, .fdx or .pdf" };
        var output = new Option<FileInfo?>("--output", "-o")
        {
            Description = "The movie to write (default: the script's name with .mp4, in the current folder); .srt, .vtt and .json go beside it",
        };
        var aspect = new Option<string>("--aspect")
        {
            Description = "Frame shape: 16:9 (1280×720), 9:16 (720×1280) or 1:1 (1080×1080)",
            DefaultValueFactory = _ => "16:9",
        };
        aspect.AcceptOnlyFromAmong(ProjectEndpoints.AspectRatios);
        var video = new Option<string?>("--video") { Description = "Who makes the clips: animatic (offline, the default), mock, or kling (paid, needs keys)" };
        video.AcceptOnlyFromAmong([.. VideoProviders.All]);
        var images = new Option<string?>("--images") { Description = "Who makes the storyboard pictures: painted (offline, the default) or kling (paid, needs keys)" };
        images.AcceptOnlyFromAmong([.. ImageProviders.All]);
        var data = new Option<string?>("--data") { Description = "Data directory (SQLite database and media/); default ./data" };
        var export = new Option<string?>("--export") { Description = "Also export the movie for editing beside it: bundle (a folder \"NAME - export\") or one of otio, fcpxml, xml, edl, srt, vtt, pdf" };
        export.AcceptOnlyFromAmong(ExportCommand.Choices);

        var cmd = new Command("render", "Make a movie from a screenplay file, offline by default") { file, output, aspect, video, images, data, export };
        cmd.SetAction((r, ct) => RunAsync(r.GetValue(file)!, r.GetValue(output), r.GetValue(aspect)!, r.GetValue(video), r.GetValue(data), ct, r.GetValue(images),
            r.GetValue(export) is { } format ? ExportBeside(format, r.GetValue(output), r.GetValue(file)!) : null));
        return cmd;
    }

    public static async Task<int> RunAsync(
        FileInfo file, FileInfo? output, string aspect, string? video, string? dataDirectory, CancellationToken ct, string? images = null,
        Func<IServiceProvider, int, CancellationToken, Task<int>>? then = null)
    {
        var clock = Stopwatch.StartNew();
        if (!file.Exists) return Refuse($"No such file: {file.FullName}");
        ScreenplayFile script;
        try { script = ScreenplayFile.Read(file); }
        catch (UnreadableScreenplayException e) { return Refuse(e.Message); }
        var outPath = Path.GetFullPath(output?.FullName ?? Path.ChangeExtension(file.Name, ".mp4"));

        await using var services = CliServices.Build(dataDirectory, (s, c) =>
        {
            s.AddPipelineCore();
            s.AddScoped<IRunQueue, InProcessRunQueue>();
            s.AddExport();
            // Only this process: the steps read the provider from configuration when they run.
            if (video is not null) c["VIDEO_PROVIDER"] = video;
            if (images is not null) c["IMAGE_PROVIDER"] = images;
        });

        try
        {
            await DatabaseSetup.MigrateAsync(services, ct);
            int projectId;
            string runId;
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDb>();
                string fountain;
                try { fountain = ProjectEndpoints.ValidScript(script.Fountain, scope.ServiceProvider.GetRequiredService<AppSettings>()); }
                catch (ApiProblem e) { return Refuse(e.Message); }
                var user = await LocalUser.EnsureAsync(db, ct);
                var project = new Project
                {
                    UserId = user.Id,
                    Title = script.Title,
                    ScriptContent = fountain,
                    AspectRatio = aspect,
                    Status = ProjectStatus.Draft,
                    CreatedAt = DateTime.UtcNow,
                    UpdatedAt = DateTime.UtcNow,
                };
                db.Projects.Add(project);
                await db.SaveChangesAsync(ct);
                projectId = project.Id;
                runId = (await scope.ServiceProvider.GetRequiredService<RunStarter>().StartAsync(project, PipelineOrder.Steps, ct: ct)).RunId;
            }

            var status = await ExecuteAsync(services, projectId, runId, ct);
            return status.Status switch
            {
                ProjectStatus.Completed or ProjectStatus.CompletedWithErrors =>
                    await FinishAsync(services, projectId, outPath, clock, ct) is var done && done == Completed && then is not null
                        ? await then(services, projectId, ct) : done,
                ProjectStatus.Cancelled => Stop(Cancelled, status.Message ?? "The run was cancelled."),
                _ => Stop(Failed, status.Message ?? "The movie could not be made."),
            };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return Stop(Cancelled, "Cancelled before the movie was started.");
        }
    }

    /// <summary>
    /// Runs the run here while the bars follow it. Ctrl+C marks the run cancelled first, so the executor
    /// records a cancellation (not a worker shutdown that another worker should resume), then stops it.
    /// </summary>
    private static async Task<(string Status, string? Message)> ExecuteAsync(ServiceProvider services, int projectId, string runId, CancellationToken ct)
    {
        using var stop = new CancellationTokenSource();
        Task cancelling = Task.CompletedTask;
        await using var onCtrlC = ct.Register(() => cancelling = Task.Run(async () =>
        {
            try
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AppDb>().PipelineRuns.Where(r => r.RunId == runId)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.CancelRequested, true));
            }
            finally { await stop.CancelAsync(); }
        }));

        var execution = services.GetRequiredService<RunExecutor>().ExecuteAsync(runId, stop.Token);
        await RenderProgress.ShowUntilAsync(services, projectId, execution);
        await execution;
        await cancelling;

        await using var read = services.CreateAsyncScope();
        var run = await read.ServiceProvider.GetRequiredService<AppDb>().PipelineRuns.AsNoTracking().FirstAsync(r => r.RunId == runId, CancellationToken.None);
        return (run.Status, run.Message);
    }

    /// <summary>Copies the movie and its companions out of storage and prints the summary line.</summary>
    private static async Task<int> FinishAsync(ServiceProvider services, int projectId, string outPath, Stopwatch clock, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var storage = scope.ServiceProvider.GetRequiredService<IMediaStorage>();
        var movie = await db.FinalMovies.AsNoTracking().Where(m => m.ProjectId == projectId && m.Status == "completed")
            .OrderByDescending(m => m.Id).FirstOrDefaultAsync(ct);
        if (movie?.StorageKey is null) return Stop(Failed, "The run finished but left no movie behind.");

        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        var copies = new (string? Key, string Extension)[]
        {
            (movie.StorageKey, ".mp4"), (KeyOf(movie.SrtUrl), ".srt"), (KeyOf(movie.VttUrl), ".vtt"), (KeyOf(movie.ManifestUrl), ".json"),
        };
        foreach (var (key, extension) in copies)
        {
            if (key is null) continue;
            var target = extension == ".mp4" ? outPath : Path.ChangeExtension(outPath, extension);
            File.Copy(await storage.GetLocalPathAsync(key, ct), target, overwrite: true);
        }

        var scenes = await db.Scenes.CountAsync(s => s.ProjectId == projectId, ct);
        // A scene counts as failed when its latest clip failed (the movie shows its animatic instead).
        var failed = (await db.GeneratedVideos.AsNoTracking().Where(v => v.ProjectId == projectId).ToListAsync(ct))
            .GroupBy(v => v.SceneId).Count(g => g.MaxBy(v => v.Id)!.Status == "failed");
        var length = movie.Duration is { } d ? TimeSpan.FromSeconds(d) : TimeSpan.Zero;
        var charged = (await db.CostLedger.AsNoTracking().Where(e => e.ProjectId == projectId).Select(e => e.Usd).ToListAsync(ct)).Sum();
        Console.Out.WriteLine(new RenderSummary(Path.GetRelativePath(Directory.GetCurrentDirectory(), outPath), scenes, length, clock.Elapsed, failed, charged));
        // A movie of stand-ins only is not what was asked for: scripts that chain on the exit code must see it.
        if (scenes > 0 && failed == scenes)
            return Stop(Failed, $"Every clip failed to generate, so the movie is made of storyboard animatics only. Check the provider's messages above, then retry the failed scenes.");
        return Completed;
    }

    /// <summary>The storage key behind a media URL handed out by <see cref="StorageKey.Url"/>.</summary>
    private static string? KeyOf(string? url)
    {
        const string prefix = "/api/media/";
        if (url is null || !url.StartsWith(prefix, StringComparison.Ordinal)) return null;
        return StorageKey.Normalize(string.Join('/', url[prefix.Length..].Split('/').Select(Uri.UnescapeDataString)));
    }

    /// <summary>--export: the bundle as a folder "NAME - export" (or the one file) beside the movie.</summary>
    private static Func<IServiceProvider, int, CancellationToken, Task<int>> ExportBeside(string format, FileInfo? output, FileInfo file)
    {
        var movie = Path.GetFullPath(output?.FullName ?? Path.ChangeExtension(file.Name, ".mp4"));
        var folder = Path.GetDirectoryName(movie)!;
        var target = format == ExportCommand.Bundle ? Path.Combine(folder, Path.GetFileNameWithoutExtension(movie) + " - export") : folder;
        return (services, projectId, ct) => ExportCommand.WriteAsync(services, projectId, format, target, ct);
    }

    private static int Refuse(string message) => Stop(Unreadable, message);

    private static int Stop(int code, string message)
    {
        Console.Error.WriteLine(message);
        return code;
    }
}
