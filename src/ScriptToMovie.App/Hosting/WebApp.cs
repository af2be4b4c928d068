using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;
using ScriptToMovie.App.Accounts;
using ScriptToMovie.App.Cost;
using ScriptToMovie.App.Integrations;
using ScriptToMovie.App.Pipeline;
using ScriptToMovie.App.Projects;
using ScriptToMovie.App.Steps.Export;
using ScriptToMovie.App.Steps.Parse;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.App.Steps.Clips;
using ScriptToMovie.App.Storage;
using ScriptToMovie.App.Problems;
using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Health;
using ScriptToMovie.App.Telemetry;
using ScriptToMovie.App.Webhooks;

namespace ScriptToMovie.App.Hosting;

/// <summary>Builds the web app: API, media route, API reference, health and the React UI.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args, bool runWorker = true)
    {
        DotEnvFile.LoadIfPresent(Directory.GetCurrentDirectory());
        var builder = WebApplication.CreateBuilder(args);
        // Every bad key is refused here, at once, before a service or a migration runs.
        SettingsCatalog.Check(builder.Configuration, builder.Environment.EnvironmentName);
        LogSetup.Configure(builder.Logging, builder.Configuration, builder.Environment);
        builder.Services.AddAppServices(builder.Environment.EnvironmentName);
        builder.Services.AddHostedService<MigrateOnStart>();
        builder.Services.AddProblemResponses();
        builder.Services.AddAccounts();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Script-to-Movie API";
            doc.Info.Description = "Turn a screenplay into a finished movie: parse, trailer, storyboard, prompts, voices, clips, assemble.";
            return Task.CompletedTask;
        }).AddSchemaTransformer<PipelineNamesSchema>());
        builder.Services.AddCors();
        builder.Services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 64L * 1024 * 1024);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = 64L * 1024 * 1024);
        builder.Services.AddPipeline(runWorker);
        builder.Services.AddExport();
        builder.Services.AddIntegrations();
        var telemetry = TelemetrySettings.From(builder.Configuration);
        builder.Services.AddAppTelemetry(telemetry, web: true);
        builder.Services.AddWebhookServices();
        if (runWorker) builder.Services.AddWebhookDelivery();

        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<EdgeSettings>((o, edge) => edge.Apply(o));

        var app = builder.Build();
        var settings = app.Services.GetRequiredService<AppSettings>();

        // First, so the client's address (rate limits, the session list) and https (Secure cookies, HSTS) are
        // the real ones behind a trusted proxy.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        WebUi.UseFiles(app);
        app.UseRouting();
        if (settings.CorsOrigins.Count > 0)
            app.UseCors(c => c.WithOrigins([.. settings.CorsOrigins]).AllowCredentials().AllowAnyHeader().AllowAnyMethod());
        app.UseMiddleware<CrossSiteGuard>();
        app.UseAuthentication();
        app.UseMiddleware<TokenScopeGuard>();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi("/openapi/{documentName}.json");
        // Fonts from the system, not Scalar's CDN: the app works offline and its content security policy allows no other origin.
        app.MapScalarApiReference("/docs", o => o.WithTitle("Script-to-Movie API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts());
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" })).WithTags("Health");
        app.MapReadiness();
        app.MapMetrics(telemetry);

        app.MapAuth();
        app.MapApiTokens();
        app.MapRunsApi();
        app.MapWebhooks();
        app.MapMcpEndpoint();
        app.MapSignedMedia();
        app.MapProjects();
        app.MapProjectContent();
        app.MapSceneEdits();
        app.MapSceneOrder();
        app.MapSceneText();
        app.MapMedia();
        app.MapScreenplays();
        app.MapPipeline();
        ExportEndpoints.Map(app);
        app.MapCost();
        VoicePreviewEndpoint.Map(app);
        ScriptToMovie.App.Steps.Cast.CastSheetEndpoints.Map(app);
        VoiceListEndpoint.Map(app);
        ClipListEndpoint.Map(app);
        RebuildPreviewEndpoint.Map(app);

        WebUi.MapFallback(app);
        return app;
    }
}
