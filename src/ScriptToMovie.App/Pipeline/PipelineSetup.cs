using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Redis.StackExchange;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Health;

namespace ScriptToMovie.App.Pipeline;

/// <summary>
/// Wires the job engine: Hangfire over SQLite by default, over Redis when REDIS_URL is set. Only this
/// folder knows Hangfire; the rest of the app sees IRunQueue and RunExecutor.
/// </summary>
public static class PipelineSetup
{
    /// <summary>The pipeline without a job engine: for a process that runs a run itself (./s2m render).</summary>
    public static IServiceCollection AddPipelineCore(this IServiceCollection services)
    {
        services.AddSingleton<RunExecutor>();
        services.AddSingleton<RunCancellations>();
        services.AddSingleton<WorkSlots>();
        services.AddSingleton<RunStatusJson>();
        services.AddSingleton<RunStatusDocuments>();
        services.AddSingleton<Projects.IProjectChanges>(sp => sp.GetRequiredService<RunStatusDocuments>());
        services.AddSingleton<Projects.IProjectSummaries, ProjectSummaries>();
        services.AddScoped<RunStarter>();
        services.AddScoped<RunControl>();
        return services;
    }

    public static IServiceCollection AddPipeline(this IServiceCollection services, bool runWorker)
    {
        services.AddPipelineCore();
        services.AddScoped<IRunQueue, HangfireRunQueue>();
        services.AddTransient<PipelineJob>();

        services.AddHangfire(c => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings());
        // Each host gets its own storage object. Hangfire's default registration hands out the process-wide
        // JobStorage.Current, so two hosts in one process (tests) would share one queue.
        services.Replace(ServiceDescriptor.Singleton<JobStorage>(sp =>
        {
            var settings = sp.GetRequiredService<PipelineSettings>();
            if (settings.RedisUrl is { } redis)
                return new RedisStorage(RedisConnection(redis), new RedisStorageOptions { Prefix = "s2m:", FetchTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.QueuePoll.TotalSeconds)) });
            var data = sp.GetRequiredService<AppSettings>().DataDirectory;
            Directory.CreateDirectory(data);
            return new SQLiteStorage(Path.Combine(data, "jobs.db"), new SQLiteStorageOptions { QueuePollInterval = settings.QueuePoll });
        }));
        services.Replace(ServiceDescriptor.Singleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>())));
        services.AddHostedService<JobStorageWarmup>();
        services.AddSingleton<IReadinessCheck, JobStorageReadiness>();
        if (runWorker)
        {
            services.AddHangfireServer((sp, o) =>
            {
                var settings = sp.GetRequiredService<PipelineSettings>();
                o.WorkerCount = settings.WorkerCount;
                o.SchedulePollingInterval = settings.QueuePoll;
                o.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
            services.AddHostedService<Reconciler>();
        }
        return services;
    }

    public static void MapPipeline(this WebApplication app)
    {
        PipelineEndpoints.Map(app);
        SceneRegenerateEndpoints.Map(app);
        app.UseHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = [new AdminsOnly()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        });
    }

    /// <summary>REDIS_URL may be redis://host:port/db or a StackExchange.Redis configuration string.</summary>
    internal static string RedisConnection(string url)
    {
        if (!url.StartsWith("redis://", StringComparison.OrdinalIgnoreCase)) return url;
        var u = new Uri(url);
        var cs = $"{u.Host}:{(u.Port > 0 ? u.Port : 6379)}";
        if (!string.IsNullOrEmpty(u.UserInfo)) cs += ",password=" + Uri.UnescapeDataString(u.UserInfo.Split(':').Last());
        var db = u.AbsolutePath.Trim('/');
        if (int.TryParse(db, out var n)) cs += ",defaultDatabase=" + n;
        return cs;
    }

    /// <summary>The job dashboard is for signed-in administrators (ADMIN_EMAILS) only.</summary>
    private sealed class AdminsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var email = http.User.FindFirst("email")?.Value;
            var settings = http.RequestServices.GetRequiredService<AppSettings>();
            return http.User.Identity?.IsAuthenticated == true && email is not null
                   && settings.AdminEmails.Contains(email, StringComparer.OrdinalIgnoreCase);
        }
    }
}
