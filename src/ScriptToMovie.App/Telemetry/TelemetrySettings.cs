using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Telemetry;

/// <summary>Where metrics and traces go: nowhere unless one of the two exporters is configured.</summary>
public sealed record TelemetrySettings
{
    public const int MinimumTokenLength = 16;

    [Setting("OTEL_EXPORTER_OTLP_ENDPOINT", "OpenTelemetry collector for metrics and traces (OTLP), e.g. http://otel-collector:4317; absent = none sent.")]
    public string? OtlpEndpoint { get; init; }

    [Setting("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc (port 4317) or http/protobuf (port 4318).")]
    [AllowedValues("grpc", "http/protobuf")]
    public string OtlpProtocol { get; init; } = "grpc";

    [Setting("OTEL_SERVICE_NAME", "The service name metrics and traces carry (tell staging from production, API from workers).")]
    public string ServiceName { get; init; } = "script-to-movie";

    [Setting("METRICS_PROMETHEUS", "true = serve Prometheus metrics at /metrics (serve only), guarded by METRICS_TOKEN.")]
    public bool Prometheus { get; init; }

    [Setting("METRICS_TOKEN", "Bearer token a Prometheus scraper sends to /metrics (openssl rand -hex 16); absent = only this machine (loopback) may scrape.", Secret = true)]
    [MinLength(MinimumTokenLength)]
    public string? MetricsToken { get; init; }

    public bool Enabled => Prometheus || OtlpEndpoint is not null;

    /// <summary>An endpoint that is not an http(s) URL, as a sentence.</summary>
    public IEnumerable<string> Problems()
    {
        if (OtlpEndpoint is { } e && !(Uri.TryCreate(e, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            yield return $"OTEL_EXPORTER_OTLP_ENDPOINT must be an http or https URL such as http://otel-collector:4317; got '{e}'.";
    }

    public static TelemetrySettings From(IConfiguration c) => SettingsBinder.Bind<TelemetrySettings>(c);
}
