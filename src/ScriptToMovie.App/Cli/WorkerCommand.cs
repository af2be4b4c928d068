using System.CommandLine;
using ScriptToMovie.App.Hosting;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Telemetry;
using ScriptToMovie.App.Webhooks;

namespace ScriptToMovie.App.Cli;

public static class WorkerCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "Data directory (SQLite database and media/)" };
        var cmd = new Command("worker", "Run pipeline jobs only (no web server); start as many as you like") { data };
        cmd.SetAction(async (r, ct) =>
        {
            DotEnvFile.LoadIfPresent(Directory.GetCurrentDirectory());
            // The generic host reads only DOTNET_ENVIRONMENT; serve (and ./s2m) name it ASPNETCORE_ENVIRONMENT, and a
            // worker must run in the same environment as its API, or Development's defaults meet Production's rules.
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"),
            });
            if (r.GetValue(data) is { } d) builder.Configuration.AddInMemoryCollection([new("DATA_DIR", d)]);
            SettingsCatalog.Check(builder.Configuration, builder.Environment.EnvironmentName);
            LogSetup.Configure(builder.Logging, builder.Configuration, builder.Environment);
            builder.Services.AddAppServices(builder.Environment.EnvironmentName);
            builder.Services.AddHostedService<MigrateOnStart>();
            builder.Services.AddPipeline(runWorker: true);
            // A worker has no web server: its metrics and traces leave by OTLP only.
            builder.Services.AddAppTelemetry(TelemetrySettings.From(builder.Configuration), web: false);
            builder.Services.AddWebhookDelivery();
            await builder.Build().RunAsync(ct);
            return 0;
        });
        return cmd;
    }
}
