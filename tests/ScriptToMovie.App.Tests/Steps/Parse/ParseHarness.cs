using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Providers.Anthropic;
using ScriptToMovie.App.Steps.Parse;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Tests.Steps.Parse;

/// <summary>The parse step over a real SQLite database file, with the step and the analysers registered as the app registers them.</summary>
public sealed class ParseHarness : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("s2m-parse-").FullName;
    private readonly ServiceProvider _services;
    public AppDb Db { get; }
    public List<(int Progress, string? Message)> Reports { get; } = [];
    public List<string> Notes { get; } = [];

    private ParseHarness(IDictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<IPipelineStep, ParseStep>();
        services.AddSettings("Development");
        services.AddAnalyzers();
        _services = services.BuildServiceProvider();
        Db = DatabaseSetup.Create(DatabaseUrl.Parse("sqlite:///" + Path.Combine(_dir, "parse.db"), _dir));
    }

    public static async Task<ParseHarness> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var h = new ParseHarness(settings ?? new Dictionary<string, string?> { ["ANALYZER"] = "rules" });
        await h.Db.Database.MigrateAsync();
        return h;
    }

    public async Task<int> AddProjectAsync(string script)
    {
        var user = new User { Email = $"{Guid.NewGuid():N}@example.com", Name = "Writer", PasswordHash = "x", CreatedAt = DateTime.UtcNow };
        Db.Users.Add(user);
        await Db.SaveChangesAsync();
        var project = new Project { UserId = user.Id, Title = "Test", ScriptContent = script, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        Db.Projects.Add(project);
        await Db.SaveChangesAsync();
        return project.Id;
    }

    public async Task RunAsync(int projectId, CancellationToken ct = default)
    {
        await using var scope = _services.CreateAsyncScope();
        var step = scope.ServiceProvider.GetServices<IPipelineStep>().Single(s => s.Definition == PipelineOrder.Parse);
        var ctx = new StepContext(projectId, Guid.NewGuid().ToString("N"), Db, new LocalMediaStorage(Path.Combine(_dir, "media")), scope.ServiceProvider,
            (p, m) => { Reports.Add((p, m)); return Task.CompletedTask; });
        try { await step.RunAsync(ctx, ct); }
        finally { Notes.AddRange(ctx.Notes); }
        Db.ChangeTracker.Clear();
    }

    public Task<List<Scene>> ScenesAsync(int projectId) => Db.Scenes.Where(s => s.ProjectId == projectId).OrderBy(s => s.Order).AsNoTracking().ToListAsync();
    public Task<List<Character>> CharactersAsync(int projectId) => Db.Characters.Where(s => s.ProjectId == projectId).OrderBy(c => c.Id).AsNoTracking().ToListAsync();
    public Task<List<Setting>> SettingsAsync(int projectId) => Db.Settings.Where(s => s.ProjectId == projectId).OrderBy(s => s.Id).AsNoTracking().ToListAsync();

    /// <summary>Characters of a scene with whether they speak.</summary>
    public async Task<List<(Character Character, bool Speaks)>> CastOfAsync(int sceneId)
    {
        var rows = await (from sc in Db.SceneCharacters join c in Db.Characters on sc.CharacterId equals c.Id where sc.SceneId == sceneId select new { c, sc.Speaks }).AsNoTracking().ToListAsync();
        return rows.Select(r => (r.c, r.Speaks)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
