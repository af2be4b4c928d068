using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Cost;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Providers;
using ScriptToMovie.App.Providers.Kling;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Fakes.Kling;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Tests.Providers.Kling;

/// <summary>
/// The Kling provider as the app registers it (AppServices.AddKling), over a real SQLite database and media folder,
/// talking HTTP to the fake Kling server. Delays are cut to milliseconds so a test takes seconds.
/// </summary>
public sealed class KlingHarness : IAsyncDisposable
{
    public const int Width = 320;
    public const int Height = 180;

    public FakeKlingServer Kling { get; }
    public ServiceProvider Services { get; }
    public string Folder { get; }
    public int ProjectId { get; private set; }
    public string RunId { get; } = Guid.NewGuid().ToString("N");
    public List<int> SceneIds { get; } = [];

    private static readonly ProcessRunner Runner = new(MediaTools.FromEnvironment(), TimeSpan.FromSeconds(2));

    private KlingHarness(FakeKlingServer kling, ServiceProvider services, string folder)
    {
        Kling = kling;
        Services = services;
        Folder = folder;
    }

    public static async Task<KlingHarness> StartAsync(FakeKlingOptions? fake = null, IDictionary<string, string?>? settings = null)
    {
        var kling = await FakeKlingServer.StartAsync(fake ?? new FakeKlingOptions());
        var folder = Directory.CreateTempSubdirectory("s2m-kling-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["DATA_DIR"] = folder,
            ["DATABASE_URL"] = "sqlite:///" + Path.Combine(folder, "test.db"),
            ["KLING_BASE_URL"] = kling.BaseUrl,
            ["KLING_API_KEY"] = kling.Options.AccessKey,
            ["KLING_SECRET_KEY"] = kling.Options.SecretKey,
            ["KLING_POLL_SECONDS"] = "0.05",
            ["KLING_RETRY_DELAY_SECONDS"] = "0.01",
            // Deadlines the client gives the fake: scaled, as a busy machine answers late.
            ["KLING_REQUEST_TIMEOUT_SECONDS"] = TestTime.SettingSeconds(5),
            ["KLING_TASK_DEADLINE_MINUTES"] = TestTime.SettingSeconds(1),
            ["KLING_BREAKER_MINIMUM_CALLS"] = "100000",
            ["VIDEO_CONCURRENCY"] = "4",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSettings("Development");
        services.AddAppDatabase();
        services.AddSingleton<IMediaStorage>(sp => new LocalMediaStorage(sp.GetRequiredService<AppSettings>().MediaDirectory));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new ProcessRunner());
        services.AddKling().AddVideoProviders().AddImageProviders();
        services.AddScoped<CostQuote>();
        var provider = services.BuildServiceProvider();
        await DatabaseSetup.MigrateAsync(provider);
        return new KlingHarness(kling, provider, folder);
    }

    /// <summary>A user, a project with scenes of the given lengths, and a running pipeline run.</summary>
    public async Task SeedProjectAsync(double[] sceneSeconds, double? maxCostUsd = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var now = DateTime.UtcNow;
        var user = new User { Email = $"kling-{Guid.NewGuid():N}@example.com", Name = "Kling Tester", CreatedAt = now };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        var project = new Project { UserId = user.Id, Title = "Kling test", ScriptContent = "INT. ROOM - DAY", CreatedAt = now, UpdatedAt = now };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        var scenes = sceneSeconds.Select((s, i) => new Scene
        {
            ProjectId = project.Id, SceneNumber = i + 1, Order = i + 1, Title = $"Scene {i + 1}",
            Heading = $"INT. ROOM {i + 1} - DAY", Description = "Someone waits.", Duration = (int)Math.Ceiling(s), CreatedAt = now,
        }).ToList();
        db.Scenes.AddRange(scenes);
        db.PipelineRuns.Add(new PipelineRun
        {
            RunId = RunId, ProjectId = project.Id, Status = "running", Steps = "clips", MaxCostUsd = maxCostUsd, StartedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        ProjectId = project.Id;
        SceneIds.AddRange(scenes.Select(s => s.Id));
    }

    public sealed record Outcome(int SceneNumber, GeneratedVideo Row, string OutputPath, ClipFailedException? Failure)
    {
        public bool Completed => Failure is null;
    }

    /// <summary>Runs the provider for one scene the way the clips step does: its own scope, its row saved through SaveRowAsync.</summary>
    public async Task<Outcome> GenerateAsync(
        int sceneNumber, double seconds = 4, bool withFrame = true, string? prompt = null, bool userRetry = false,
        CancellationToken ct = default)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var sceneId = SceneIds[sceneNumber - 1];
        var row = await db.GeneratedVideos.FirstOrDefaultAsync(v => v.SceneId == sceneId, ct);
        if (row is null)
        {
            row = new GeneratedVideo { ProjectId = ProjectId, SceneId = sceneId, Status = "generating", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.GeneratedVideos.Add(row);
            await db.SaveChangesAsync(ct);
        }
        // The clips step counts the attempts; the provider only stores its task ids.
        row.Attempt++;
        await db.SaveChangesAsync(ct);
        var output = Path.Combine(Folder, $"clip-{sceneNumber:000}.mp4");
        var request = new ClipRequest(
            ProjectId, sceneId, sceneNumber, $"INT. ROOM {sceneNumber} - DAY",
            prompt ?? $"Scene {sceneNumber}: a woman waits at a cafe table and looks at the door.",
            "blurry, distorted hands",
            seconds,
            withFrame ? await FrameAsync() : null,
            await SpeechAsync(seconds),
            Width, Height, "16:9", output, userRetry,
            c => db.SaveChangesAsync(c));
        var provider = scope.ServiceProvider.GetRequiredKeyedService<IVideoProvider>("kling");
        try
        {
            await provider.GenerateAsync(request, row, ct);
            row.Status = "completed";
            await db.SaveChangesAsync(CancellationToken.None);
            return new Outcome(sceneNumber, row, output, null);
        }
        catch (ClipFailedException ex)
        {
            row.Status = "failed";
            row.ErrorMessage = ex.Message;
            await db.SaveChangesAsync(CancellationToken.None);
            return new Outcome(sceneNumber, row, output, ex);
        }
    }

    public async Task<GeneratedVideo> RowAsync(int sceneNumber)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var sceneId = SceneIds[sceneNumber - 1];
        return await db.GeneratedVideos.AsNoTracking().SingleAsync(v => v.SceneId == sceneId);
    }

    public async Task<List<CostLedgerEntry>> LedgerAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDb>().CostLedger.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<MediaInfo> ProbeAsync(string path) => await new Probe(Runner).ReadAsync(path);

    private string? _frame;
    private readonly Dictionary<double, string> _speech = [];
    private readonly SemaphoreSlim _making = new(1, 1);

    private async Task<string> FrameAsync()
    {
        await _making.WaitAsync();
        try
        {
            if (_frame is not null) return _frame;
            var path = Path.Combine(Folder, "frame.png");
            await Runner.RunFFmpegAsync(["-f", "lavfi", "-i", "testsrc=s=320x180", "-frames:v", "1", path], "making a test frame");
            return _frame = path;
        }
        finally { _making.Release(); }
    }

    private async Task<string> SpeechAsync(double seconds)
    {
        await _making.WaitAsync();
        try
        {
            if (_speech.TryGetValue(seconds, out var existing)) return existing;
            var text = seconds.ToString("0.###", CultureInfo.InvariantCulture);
            var path = Path.Combine(Folder, $"speech-{text}.wav");
            await Runner.RunFFmpegAsync(
                ["-f", "lavfi", "-i", $"sine=frequency=300:sample_rate=22050:duration={text}", "-ac", "1", "-c:a", "pcm_s16le", path],
                "making test speech");
            return _speech[seconds] = path;
        }
        finally { _making.Release(); }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Kling.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
