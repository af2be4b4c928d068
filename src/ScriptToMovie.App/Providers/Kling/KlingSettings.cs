using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>Everything the Kling provider reads from configuration (.env keys, see .env.example "Video").</summary>
public sealed record KlingSettings
{
    public const string DefaultBaseUrl = "https://api-singapore.klingai.com";

    [Setting("KLING_BASE_URL", "Kling's API address (the fake in tests, or another region).")]
    public string BaseUrl { get => _baseUrl; init => _baseUrl = value.TrimEnd('/'); }
    private readonly string _baseUrl = DefaultBaseUrl;

    [Setting("KLING_API_KEY", "Kling access key (from the Kling console).", Secret = true)]
    public string? AccessKey { get; init; }

    [Setting("KLING_SECRET_KEY", "Kling secret key: signs the short-lived token sent with every call (at least 32 characters).", Secret = true)]
    public string? SecretKey { get; init; }

    /// <summary>A static API key; when set it is sent as the bearer token instead of a signed JWT.</summary>
    [Setting("KLING_API_TOKEN", "A static Kling API token, used instead of the access and secret keys.", Secret = true)]
    public string? ApiToken { get; init; }

    /// <summary>A free string: Kling no longer publishes which legacy model names still generate.</summary>
    [Setting("KLING_MODEL", "The model that makes clips.")]
    public string Model { get; init; } = "kling-v2-6";

    [Setting("KLING_MODE", "std or pro.")]
    [AllowedValues("std", "pro")]
    public string Mode { get; init; } = "std";

    [Setting("KLING_IMAGE_MODEL", "Model for storyboard frames when IMAGE_PROVIDER=kling.")]
    public string ImageModel { get; init; } = "kling-v2-1";

    /// <summary>
    /// Units per storyboard picture and what an image unit costs: image packs are priced apart from video. The API
    /// notes' only figure is 16 units ≈ $0.056 (multi-image-to-image); a plain picture costs no more, so both err high.
    /// </summary>
    [Setting("KLING_IMAGE_UNITS", "Units one storyboard picture costs.")]
    [Range(0, 10_000)]
    public double ImageUnits { get; init; } = 16;

    [Setting("KLING_IMAGE_USD_PER_UNIT", "USD per image unit (image packs are priced apart from video).")]
    [Range(0, 1_000)]
    public double ImageUsdPerUnit { get; init; } = 0.0035;

    /// <summary>Sheets are made only when a configured model can use their elements (see <see cref="UsesElements"/>).</summary>
    [Setting("KLING_CAST_SHEETS", "Make a cast sheet and element per character on the Kling path (true/false); only when KLING_MODEL or KLING_IMAGE_MODEL takes elements.")]
    public bool CastSheets { get; init; } = true;

    [Setting("KLING_OMNI_MODEL", "Model for omni-video, used for a clip with more characters than KLING_MODEL takes as elements.")]
    public string OmniModel { get; init; } = "kling-v3-omni";

    [Setting("KLING_REFERENCE_IMAGE_MODEL", "Image model for a cast sheet's angles when ai-multi-shot is refused (subject reference).")]
    public string ReferenceImageModel { get; init; } = "kling-v2-1";

    /// <summary>Vendor docs and open-source pipelines disagree on these limits, so they are configuration (kling-elements.md A.3 §12).</summary>
    [Setting("KLING_VIDEO_ELEMENT_LIMITS", "Elements a clip model takes per request, model=count comma-separated (omni counts the first frame too); unlisted = none.")]
    public string VideoElementLimits { get; init; } = "kling-v3=3,kling-v3-omni=7,kling-video-o1=7";

    [Setting("KLING_IMAGE_ELEMENT_LIMITS", "Elements an image model takes per storyboard picture, model=count comma-separated (omni-image counts the previous frame too); unlisted = none.")]
    public string ImageElementLimits { get; init; } = "kling-v3=10,kling-v3-omni=10,kling-image-o1=10";

    /// <summary>Omni-image takes reference pictures beside elements (kling-elements.md A.3 §5): the previous frame of the place.</summary>
    [Setting("KLING_IMAGE_OMNI_MODELS", "Image models sent to omni-image, which also takes the previous frame of the same place as a reference picture; comma-separated.")]
    public string ImageOmniModels { get; init; } = "kling-v3-omni,kling-image-o1";

    /// <summary>True when storyboard pictures go to /v1/images/omni-image (and can reference the previous frame).</summary>
    public bool ImageModelIsOmni => ImageOmniModels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(ImageModel);

    [Setting("KLING_MULTI_SHOT_UNITS", "Image units one ai-multi-shot call (three angles of a character) costs.")]
    [Range(0, 10_000)]
    public double MultiShotUnits { get; init; } = 20;

    /// <summary>Not on Kling's pricing pages; one guide says creating an element is free. The charge reported is ledgered either way.</summary>
    [Setting("KLING_ELEMENT_UNITS", "Image units registering one element costs.")]
    [Range(0, 10_000)]
    public double ElementUnits { get; init; }

    [Setting("KLING_POLL_SECONDS", "The longest gap between status polls, in seconds (fractions allowed).")]
    [Range(0, 3_600, MinimumIsExclusive = true)]
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    [Setting("KLING_POLL_FIRST_SECONDS", "The first, shortest gap between status polls, in seconds (fractions allowed).")]
    [Range(0, 3_600, MinimumIsExclusive = true)]
    public TimeSpan PollFirst { get; init; } = TimeSpan.FromSeconds(1);

    [Setting("KLING_POLL_GROWTH", "Between the first and the longest gap, a poll waits this fraction of the time the task has run so far.")]
    [Range(0.01, 10)]
    public double PollGrowth { get; init; } = 0.1;

    /// <summary>
    /// The wait before the next poll of a task waited on for <paramref name="waited"/>: short at first, then a fixed
    /// fraction of the time so far, so a finished task is noticed at most that fraction late (a 10 s task ≤ 1 s).
    /// </summary>
    public TimeSpan NextPoll(TimeSpan waited)
    {
        var grown = waited * PollGrowth;
        var floor = PollFirst < PollInterval ? PollFirst : PollInterval;
        return grown < floor ? floor : grown > PollInterval ? PollInterval : grown;
    }

    [Setting("KLING_TASK_DEADLINE_MINUTES", "Minutes before a task is given up for this run.", Unit = TimeUnit.Minutes)]
    [Range(0, 10_000, MinimumIsExclusive = true)]
    public TimeSpan TaskDeadline { get; init; } = TimeSpan.FromMinutes(30);

    [Setting("KLING_REQUEST_TIMEOUT_SECONDS", "Per-attempt timeout of one call.")]
    [Range(0, 3_600, MinimumIsExclusive = true)]
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First retry delay; Kling asks for at least a second before retrying 1303.</summary>
    [Setting("KLING_RETRY_DELAY_SECONDS", "First retry delay of a transient failure (doubles with jitter).")]
    [Range(0, 3_600, MinimumIsExclusive = true)]
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    [Setting("KLING_RETRY_ATTEMPTS", "Attempts for transient failures.")]
    [Range(1, 20)]
    public int RetryAttempts { get; init; } = 4;

    /// <summary>Calls within <see cref="BreakerWindow"/> before the breaker may open (when half or more of them failed).</summary>
    [Setting("KLING_BREAKER_MINIMUM_CALLS", "Circuit breaker: calls in the window, half failing, before Kling calls pause.")]
    [Range(2, int.MaxValue)]
    public int BreakerMinimumCalls { get; init; } = 10;

    [Setting("KLING_BREAKER_WINDOW_SECONDS", "Circuit breaker: the window the calls are counted in.")]
    [Range(0.5, 86_400)]
    public TimeSpan BreakerWindow { get; init; } = TimeSpan.FromSeconds(60);

    [Setting("KLING_BREAKER_PAUSE_SECONDS", "Circuit breaker: how long Kling calls pause once it opens.")]
    [Range(0.5, 86_400)]
    public TimeSpan BreakerPause { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Tasks this process keeps in flight at once (VIDEO_CONCURRENCY): defence in depth behind the clips step's own limit.</summary>
    public int MaxInFlight { get; init; } = 2;

    [Setting("KLING_DEFAULT_MAX_COST_USD", "The budget of a run that does not set maxCostUsd.")]
    [Range(0, 10_000)]
    public double DefaultMaxCostUsd { get; init; } = 20;

    [Setting("KLING_USD_PER_UNIT", "USD per video unit.")]
    [Range(0, 1_000)]
    public double UsdPerUnit { get; init; } = KlingPriceTable.DefaultUsdPerUnit;

    [Setting("KLING_PRICE_TABLE", "Overrides of the price table: model/mode/duration=units, comma-separated.")]
    public string? PriceTableOverrides { get; init; }

    public KlingPriceTable Prices { get; init; } = KlingPriceTable.Default;

    public bool UsesJwt => ApiToken is null;

    public double ImageUsd(double units) => Math.Round(units * ImageUsdPerUnit, 4);

    /// <summary>True when sheets are wanted and the clip or picture model takes elements: else a sheet is paid for and never used.</summary>
    public bool UsesElements => CastSheets && (VideoElementLimit(Model) > 0 || ImageElementLimit(ImageModel) > 0);

    /// <summary>What one cast sheet costs: the front view, its angles and the element.</summary>
    public double SheetUsd => ImageUsd(ImageUnits + MultiShotUnits + ElementUnits);

    public int VideoElementLimit(string model) => ElementLimit(VideoElementLimits, model);

    public int ImageElementLimit(string model) => ElementLimit(ImageElementLimits, model);

    private static int ElementLimit(string table, string model) =>
        table.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2 && p[0] == model && int.TryParse(p[1], out _))
            .Select(p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();

    public static KlingSettings From(IConfiguration c)
    {
        var problems = new List<string>();
        var bound = From(c, problems);
        return problems.Count == 0 ? bound : throw new InvalidSettingsException(problems);
    }

    public static KlingSettings From(IConfiguration c, List<string> problems)
    {
        var bound = SettingsBinder.Bind<KlingSettings>(c, problems);
        var maxInFlight = SettingsBinder.Bind<Pipeline.PipelineSettings>(c, []).VideoConcurrency;
        try
        {
            return bound with { MaxInFlight = maxInFlight, Prices = KlingPriceTable.Parse(bound.PriceTableOverrides, bound.UsdPerUnit) };
        }
        catch (InvalidOperationException e)
        {
            problems.Add(e.Message);
            return bound with { MaxInFlight = maxInFlight };
        }
    }

    /// <summary>Keys that cannot work, for a start that chose Kling for clips or pictures.</summary>
    public IEnumerable<string> ProblemsWhenChosen(string what)
    {
        if (ApiToken is not null) yield break;
        if (AccessKey is null || SecretKey is null)
            yield return $"{what} is kling, but KLING_API_KEY and KLING_SECRET_KEY (or KLING_API_TOKEN) are not set: copy them from the Kling console.";
        else if (System.Text.Encoding.UTF8.GetByteCount(SecretKey) < KlingToken.MinimumSecretBytes)
            yield return KlingToken.SecretTooShort;
    }
}
