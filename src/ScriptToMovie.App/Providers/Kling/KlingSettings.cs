using System.Globalization;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>Everything the Kling provider reads from configuration (.env keys, see .env.example "Video").</summary>
public sealed record KlingSettings
{
    public const string DefaultBaseUrl = "https://api-singapore.klingai.com";

    public string BaseUrl { get; init; } = DefaultBaseUrl;
    public string? AccessKey { get; init; }
    public string? SecretKey { get; init; }
    /// <summary>A static API key; when set it is sent as the bearer token instead of a signed JWT.</summary>
    public string? ApiToken { get; init; }
    /// <summary>A free string: Kling no longer publishes which legacy model names still generate.</summary>
    public string Model { get; init; } = "kling-v2-6";
    public string Mode { get; init; } = "std";
    public string ImageModel { get; init; } = "kling-v2-1";
    /// <summary>
    /// Units per storyboard picture and what an image unit costs: image packs are priced apart from video. The API
    /// notes' only figure is 16 units ≈ $0.056 (multi-image-to-image); a plain picture costs no more, so both err high.
    /// </summary>
    public double ImageUnits { get; init; } = 16;
    public double ImageUsdPerUnit { get; init; } = 0.0035;
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan TaskDeadline { get; init; } = TimeSpan.FromMinutes(30);
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>First retry delay; Kling asks for at least a second before retrying 1303.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
    public int RetryAttempts { get; init; } = 4;
    /// <summary>Calls within <see cref="BreakerWindow"/> before the breaker may open (when half or more of them failed).</summary>
    public int BreakerMinimumCalls { get; init; } = 10;
    public TimeSpan BreakerWindow { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan BreakerPause { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Tasks this process keeps in flight at once (VIDEO_CONCURRENCY): defence in depth behind the clips step's own limit.</summary>
    public int MaxInFlight { get; init; } = 2;
    public double DefaultMaxCostUsd { get; init; } = 20;
    public KlingPriceTable Prices { get; init; } = KlingPriceTable.Default;

    public bool UsesJwt => ApiToken is null;

    public double ImageUsd(double units) => Math.Round(units * ImageUsdPerUnit, 4);

    public static KlingSettings From(IConfiguration c)
    {
        string? Get(string key) => string.IsNullOrWhiteSpace(c[key]) ? null : c[key]!.Trim();
        double Number(string key, double fallback) =>
            double.TryParse(Get(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;

        return new KlingSettings
        {
            BaseUrl = (Get("KLING_BASE_URL") ?? DefaultBaseUrl).TrimEnd('/'),
            AccessKey = Get("KLING_API_KEY"),
            SecretKey = Get("KLING_SECRET_KEY"),
            ApiToken = Get("KLING_API_TOKEN"),
            Model = Get("KLING_MODEL") ?? "kling-v2-6",
            Mode = Get("KLING_MODE") ?? "std",
            ImageModel = Get("KLING_IMAGE_MODEL") ?? "kling-v2-1",
            ImageUnits = Number("KLING_IMAGE_UNITS", 16),
            ImageUsdPerUnit = Number("KLING_IMAGE_USD_PER_UNIT", 0.0035),
            PollInterval = TimeSpan.FromSeconds(Number("KLING_POLL_SECONDS", 5)),
            TaskDeadline = TimeSpan.FromMinutes(Number("KLING_TASK_DEADLINE_MINUTES", 30)),
            RequestTimeout = TimeSpan.FromSeconds(Number("KLING_REQUEST_TIMEOUT_SECONDS", 60)),
            RetryDelay = TimeSpan.FromSeconds(Number("KLING_RETRY_DELAY_SECONDS", 1)),
            RetryAttempts = (int)Number("KLING_RETRY_ATTEMPTS", 4),
            BreakerMinimumCalls = (int)Number("KLING_BREAKER_MINIMUM_CALLS", 10),
            BreakerWindow = TimeSpan.FromSeconds(Number("KLING_BREAKER_WINDOW_SECONDS", 60)),
            BreakerPause = TimeSpan.FromSeconds(Number("KLING_BREAKER_PAUSE_SECONDS", 60)),
            MaxInFlight = (int)Number("VIDEO_CONCURRENCY", 2),
            DefaultMaxCostUsd = Number("KLING_DEFAULT_MAX_COST_USD", 20),
            Prices = KlingPriceTable.Parse(Get("KLING_PRICE_TABLE"), Number("KLING_USD_PER_UNIT", KlingPriceTable.DefaultUsdPerUnit)),
        };
    }
}
