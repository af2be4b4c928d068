using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Cost;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Tests.Steps;

/// <summary>
/// The media steps run directly, as the pipeline runs them: a real SQLite database (migrated), local storage in
/// a temporary folder, and a service provider holding the steps and providers as the app composes them, and the given settings.
/// </summary>
public sealed class StepHarness : IAsyncDisposable
{
    private readonly ServiceProvider _root;
    private readonly AsyncServiceScope _scope;

    public string Directory { get; }
    public AppDb Db { get; }
    public IMediaStorage Storage { get; }
    public IServiceProvider Services => _scope.ServiceProvider;
    public ProcessRunner Runner => Services.GetRequiredService<ProcessRunner>();
    public List<(int Progress, string? Message)> Reports { get; } = [];
    public int ProjectId { get; private set; }

    private Dictionary<string, string?> _values = [];
    private Action<IServiceCollection>? _extra;
    private bool _handedOver;

    private StepHarness(string directory, ServiceProvider root)
    {
        Directory = directory;
        _root = root;
        _scope = root.CreateAsyncScope();
        Db = Services.GetRequiredService<AppDb>();
        Storage = Services.GetRequiredService<IMediaStorage>();
    }

    /// <param name="seedScenes">False leaves the project without scenes, for the parse step to make.</param>
    /// <param name="extra">More services, registered after the app's (a later registration wins).</param>
    public static async Task<StepHarness> CreateAsync(
        IDictionary<string, string?>? settings = null, string script = SampleScript.Text, string aspect = "16:9",
        bool seedScenes = true, Action<IServiceCollection>? extra = null)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("s2m-steps-").FullName;
        var values = new Dictionary<string, string?> { ["DATA_DIR"] = dir, ["CLIP_RETRY_DELAY_MS"] = "1" };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var harness = Build(dir, values, extra);
        await harness.Db.Database.MigrateAsync();
        harness.ProjectId = await SampleScript.SeedAsync(harness.Db, script, aspect, seedScenes);
        return harness;
    }

    /// <summary>
    /// The same database and media with some settings changed, as after a user edits .env and restarts: settings are
    /// read once per process. This harness hands its folder over and must not be used again.
    /// </summary>
    public StepHarness Restarted(IDictionary<string, string?> changes)
    {
        var values = new Dictionary<string, string?>(_values);
        foreach (var (k, v) in changes) values[k] = v;
        _handedOver = true;
        var next = Build(Directory, values, _extra);
        next.ProjectId = ProjectId;
        return next;
    }

    private static StepHarness Build(string dir, Dictionary<string, string?> values, Action<IServiceCollection>? extra)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var url = DatabaseUrl.Parse("sqlite:///" + Path.Combine(dir, "steps.db"), dir);

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSettings("Development");
        services.AddScoped<AppDb>(_ => DatabaseSetup.Create(url));
        services.AddSingleton<IMediaStorage>(new LocalMediaStorage(Path.Combine(dir, "media")));
        services.AddSingleton(new ProcessRunner());
        services.AddPipelineSteps().AddAnalyzers().AddVideoProviders().AddImageProviders().AddKling();
        services.AddScoped<CostQuote>();
        extra?.Invoke(services);

        return new StepHarness(dir, services.BuildServiceProvider(validateScopes: true)) { _values = values, _extra = extra };
    }

    public T Step<T>() where T : IPipelineStep =>
        Services.GetServices<IPipelineStep>().OfType<T>().Single();

    public StepContext Context(IReadOnlySet<int>? onlyScenes = null, bool userRetry = false) =>
        new(ProjectId, "test-run", Db, Storage, Services, (progress, message) =>
        {
            lock (Reports) Reports.Add((progress, message));
            return Task.CompletedTask;
        })
        {
            OnlyScenes = onlyScenes ?? new HashSet<int>(),
            IsUserRetry = userRetry,
        };

    public async Task<StepContext> RunAsync<T>(IReadOnlySet<int>? onlyScenes = null, bool userRetry = false) where T : IPipelineStep
    {
        var context = Context(onlyScenes, userRetry);
        await Step<T>().RunAsync(context, CancellationToken.None);
        Db.ChangeTracker.Clear();
        return context;
    }

    public Task<List<Scene>> ScenesAsync() =>
        Db.Scenes.AsNoTracking().Where(s => s.ProjectId == ProjectId).OrderBy(s => s.SceneNumber).ToListAsync();

    public async Task<string> LocalPathAsync(string key) => await Storage.GetLocalPathAsync(key);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _root.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_handedOver) return;
        try { System.IO.Directory.Delete(Directory, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
