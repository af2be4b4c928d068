using Microsoft.EntityFrameworkCore;

namespace ScriptToMovie.App.Data;

/// <summary>
/// The product's database. Table and column names are the seed guide's (camelCase), so the
/// seed's SQL runs unchanged on SQLite and MySQL alike.
/// </summary>
public class AppDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<UserSession> Sessions => Set<UserSession>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Scene> Scenes => Set<Scene>();
    public DbSet<SceneCharacter> SceneCharacters => Set<SceneCharacter>();
    public DbSet<SceneDialogueLine> DialogueLines => Set<SceneDialogueLine>();
    public DbSet<TitlePageRow> TitlePages => Set<TitlePageRow>();
    public DbSet<Character> Characters => Set<Character>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<StoryboardImage> StoryboardImages => Set<StoryboardImage>();
    public DbSet<VideoPrompt> VideoPrompts => Set<VideoPrompt>();
    public DbSet<SceneAudio> SceneAudio => Set<SceneAudio>();
    public DbSet<GeneratedVideo> GeneratedVideos => Set<GeneratedVideo>();
    public DbSet<FinalMovie> FinalMovies => Set<FinalMovie>();
    public DbSet<CostLedgerEntry> CostLedger => Set<CostLedgerEntry>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<PipelineRun> PipelineRuns => Set<PipelineRun>();
    public DbSet<PipelineStepState> PipelineSteps => Set<PipelineStepState>();
    public DbSet<PipelineSlot> PipelineSlots => Set<PipelineSlot>();
    public DbSet<SceneTake> SceneTakes => Set<SceneTake>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<IdempotencyKey> IdempotencyKeys => Set<IdempotencyKey>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<SharedAccount> SharedAccounts => Set<SharedAccount>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<User>(e =>
        {
            e.ToTable("users");
            e.HasIndex(u => u.Email).IsUnique();
            e.Property(u => u.Email).HasMaxLength(320);
            e.Property(u => u.Name).HasMaxLength(200);
        });
        b.Entity<UserSession>(e =>
        {
            e.ToTable("sessions");
            e.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
            e.Property(s => s.TokenId).HasMaxLength(64);
            e.HasIndex(s => s.TokenId).IsUnique();
            e.Property(s => s.UserAgent).HasMaxLength(512);
            e.Property(s => s.IpAddress).HasMaxLength(64);
            e.HasIndex(s => s.UserId);
        });
        b.Entity<Project>(e =>
        {
            e.ToTable("projects");
            e.Property(p => p.Title).HasMaxLength(500);
            e.Property(p => p.Status).HasMaxLength(32);
            e.Property(p => p.AspectRatio).HasMaxLength(8);
            e.HasOne(p => p.User).WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => p.UserId);
        });
        b.Entity<Scene>(e =>
        {
            e.ToTable("scenes");
            e.HasOne(s => s.Project).WithMany(p => p.Scenes).HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(s => s.Setting).WithMany().HasForeignKey(s => s.SettingId).OnDelete(DeleteBehavior.SetNull);
            e.Property(s => s.ContentHash).HasMaxLength(64);
            e.Property(s => s.StaleParts).HasMaxLength(64);
            e.Property(s => s.Camera).HasMaxLength(500);
        });
        b.Entity<SceneTake>(e =>
        {
            e.ToTable("sceneTakes");
            e.HasOne<Project>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Cascade);
            // A deleted scene leaves its takes (perhaps paid clips) with the project.
            e.HasOne<Scene>().WithMany().HasForeignKey(t => t.SceneId).OnDelete(DeleteBehavior.SetNull);
            e.Property(t => t.ClipKey).HasMaxLength(512);
            e.Property(t => t.FrameKey).HasMaxLength(512);
            e.Property(t => t.ClipProvider).HasMaxLength(32);
            e.Property(t => t.FrameProvider).HasMaxLength(32);
            e.HasIndex(t => new { t.SceneId, t.Number });
        });
        b.Entity<SceneCharacter>(e =>
        {
            e.ToTable("sceneCharacters");
            e.HasOne(x => x.Scene).WithMany().HasForeignKey(x => x.SceneId).OnDelete(DeleteBehavior.Cascade);
            // Characters cascade from the project; this side must not form a second cascade path (MySQL allows it, SQL Server would not).
            e.HasOne(x => x.Character).WithMany().HasForeignKey(x => x.CharacterId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SceneDialogueLine>(e =>
        {
            e.ToTable("dialogueLines");
            e.HasOne(x => x.Scene).WithMany().HasForeignKey(x => x.SceneId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.SceneId, x.Order });
        });
        b.Entity<TitlePageRow>(e =>
        {
            e.ToTable("titlePages");
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ProjectId).IsUnique();
        });
        b.Entity<Character>(e =>
        {
            e.ToTable("characters");
            e.HasOne(c => c.Project).WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Scene>().WithMany().HasForeignKey(c => c.FirstSceneId).OnDelete(DeleteBehavior.SetNull);
            e.Property(c => c.Name).HasMaxLength(200);
        });
        b.Entity<Setting>(e =>
        {
            e.ToTable("settings");
            e.HasOne(s => s.Project).WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.Property(s => s.Name).HasMaxLength(300);
        });
        b.Entity<StoryboardImage>(e =>
        {
            e.ToTable("storyboardImages");
            ProjectAndScene(e);
            e.HasIndex(i => i.ExternalTaskId);
            e.Property(i => i.Provider).HasMaxLength(32).HasDefaultValue("painted");
        });
        b.Entity<VideoPrompt>(e =>
        {
            e.ToTable("videoPrompts");
            ProjectAndScene(e);
        });
        b.Entity<SceneAudio>(e =>
        {
            e.ToTable("sceneAudio");
            ProjectAndScene(e);
        });
        b.Entity<GeneratedVideo>(e =>
        {
            e.ToTable("generatedVideos");
            ProjectAndScene(e);
            e.HasIndex(v => v.ExternalTaskId);
            e.Property(v => v.Status).HasMaxLength(32);
        });
        b.Entity<FinalMovie>(e =>
        {
            e.ToTable("finalMovies");
            e.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CostLedgerEntry>(e =>
        {
            e.ToTable("costLedger");
            e.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<StoredFile>(e =>
        {
            e.ToTable("storedFiles");
            e.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.Property(f => f.StorageKey).HasMaxLength(512);
            e.HasIndex(f => f.StorageKey).IsUnique();
        });
        b.Entity<PipelineRun>(e =>
        {
            e.ToTable("pipelineRuns");
            e.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.Property(r => r.RunId).HasMaxLength(64);
            e.HasIndex(r => r.RunId).IsUnique();
        });
        b.Entity<PipelineStepState>(e =>
        {
            e.ToTable("pipelineSteps");
            e.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.Property(s => s.Name).HasMaxLength(32);
            e.HasIndex(s => new { s.ProjectId, s.Name }).IsUnique();
        });

        b.Entity<PipelineSlot>(e =>
        {
            e.ToTable("pipelineSlots");
            e.Property(s => s.Pool).HasMaxLength(32);
            e.HasIndex(s => new { s.Pool, s.SlotIndex }).IsUnique();
        });

        IntegrationModel.Configure(b);
        WebhookModel.Configure(b);

        // The seed's columns are camelCase (projectId, sceneNumber, scriptContent…); C# keeps PascalCase.
        foreach (var entity in b.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(char.ToLowerInvariant(property.Name[0]) + property.Name[1..]);
    }

    private static void ProjectAndScene<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> e) where T : class
    {
        e.HasOne<Project>().WithMany().HasForeignKey("ProjectId").OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Scene>().WithMany().HasForeignKey("SceneId").OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>SQLite flavour; owns the SQLite migrations.</summary>
public class SqliteAppDb(DbContextOptions<SqliteAppDb> options) : AppDb(options);

/// <summary>MySQL/MariaDB flavour; owns the MySQL migrations.</summary>
public class MySqlAppDb(DbContextOptions<MySqlAppDb> options) : AppDb(options);
