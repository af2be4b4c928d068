using System.Net;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ScriptToMovie.App.Telemetry;

/// <summary>
/// Turns on the exporters the settings name, and only those: with neither OTLP nor Prometheus configured nothing is
/// registered and /metrics does not exist.
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";

    /// <param name="web">The process serves HTTP (serve): adds ASP.NET Core's request metrics and traces, and the scrape endpoint.</param>
    public static IServiceCollection AddAppTelemetry(this IServiceCollection services, TelemetrySettings settings, bool web)
    {
        if (!settings.Enabled) return services;
        var otel = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(settings.ServiceName));
        otel.WithMetrics(m =>
        {
            m.AddMeter(AppTelemetry.Name).AddHttpClientInstrumentation();
            if (web) m.AddAspNetCoreInstrumentation();
            if (web && settings.Prometheus) m.AddPrometheusExporter();
            if (settings.OtlpEndpoint is not null) m.AddOtlpExporter(o => Configure(o, settings, "v1/metrics"));
        });
        if (settings.OtlpEndpoint is not null)
            otel.WithTracing(t =>
            {
                t.AddSource(AppTelemetry.Name).AddHttpClientInstrumentation();
                if (web) t.AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path));
                t.AddOtlpExporter(o => Configure(o, settings, "v1/traces"));
            });
        return services;
    }

    /// <summary>/metrics for Prometheus, when METRICS_PROMETHEUS is on: a bearer token, or this machine only.</summary>
    public static void MapMetrics(this IEndpointRouteBuilder app, TelemetrySettings settings)
    {
        if (!settings.Prometheus) return;
        app.MapPrometheusScrapingEndpoint(MetricsPath)
            .AddEndpointFilter(async (context, next) => MayScrape(context.HttpContext, settings) ? await next(context)
                : Results.Problem(statusCode: 401, title: "Not allowed",
                    extensions: new Dictionary<string, object?> { ["message"] = "Metrics need the bearer token METRICS_TOKEN names." }))
            .ExcludeFromDescription();
    }

    private static bool MayScrape(HttpContext http, TelemetrySettings settings)
    {
        if (settings.MetricsToken is { } token)
        {
            var sent = http.Request.Headers.Authorization.ToString();
            return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(sent), System.Text.Encoding.UTF8.GetBytes("Bearer " + token));
        }
        // Without a token only a caller on this machine, reached directly: a proxy in front would make everyone local.
        return http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip) && !http.Request.Headers.ContainsKey("X-Forwarded-For");
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments(MetricsPath);

    private static void Configure(OtlpExporterOptions o, TelemetrySettings settings, string httpPath)
    {
        o.Protocol = settings.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        // With an endpoint set in code, the HTTP exporter posts to it as it is: add the signal's path as the
        // environment-variable form of the setting would.
        var endpoint = settings.OtlpEndpoint!.TrimEnd('/');
        o.Endpoint = new Uri(o.Protocol == OtlpExportProtocol.HttpProtobuf ? $"{endpoint}/{httpPath}" : endpoint);
    }
}
