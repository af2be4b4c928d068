using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Webhooks;

/// <summary>Where webhooks may go and how hard the server tries: every wait is a setting so tests run in seconds.</summary>
public sealed record WebhookSettings
{
    [Setting("WEBHOOKS_ALLOW_PRIVATE_NETWORKS", "true lets webhooks use http:// and reach private, loopback and link-local addresses (tests and private deployments only).")]
    public bool AllowPrivateNetworks { get; init; }

    [Setting("WEBHOOK_RETRY_SCHEDULE", "Waits between a webhook's attempts (ms, s, m, h); one attempt more than waits, then it gives up.")]
    public IReadOnlyList<string> RetrySchedule { get; init; } = ["5s", "5m", "30m", "2h", "5h", "10h", "14h", "20h", "24h"];

    [Setting("WEBHOOK_TIMEOUT_SECONDS", "Seconds a receiver has to answer one webhook attempt.")]
    [Range(0.1, 60)]
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    [Setting("WEBHOOK_POLL_SECONDS", "How often the delivery worker looks for webhooks that are due.")]
    [Range(0.01, 3_600)]
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(2);

    [Setting("WEBHOOK_CLAIM_SECONDS", "How long a worker holds a delivery it is sending; a worker that dies lets it go after this.")]
    [Range(0.1, 3_600)]
    public TimeSpan Claim { get; init; } = TimeSpan.FromSeconds(60);

    [Setting("WEBHOOK_SECRET_OVERLAP_MINUTES", "Minutes the old secret keeps signing beside the new one after a rotation.", Unit = TimeUnit.Minutes)]
    [Range(0, 43_200)]
    public TimeSpan SecretOverlap { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The waits of <see cref="RetrySchedule"/>; the default's ten attempts span about three days.</summary>
    public IReadOnlyList<TimeSpan> RetryWaits => RetrySchedule.Select(s => ParseWait(s) ?? TimeSpan.Zero).ToList();

    public IEnumerable<string> Problems()
    {
        if (RetrySchedule.Count == 0) yield return "WEBHOOK_RETRY_SCHEDULE needs at least one wait, e.g. 5s,5m,30m.";
        foreach (var s in RetrySchedule.Where(s => ParseWait(s) is null))
            yield return $"WEBHOOK_RETRY_SCHEDULE: \"{s}\" is not a wait; write a number with ms, s, m or h, e.g. 30m.";
        if (Claim <= Timeout) yield return "WEBHOOK_CLAIM_SECONDS must be longer than WEBHOOK_TIMEOUT_SECONDS, or two workers could send the same attempt.";
    }

    private static TimeSpan? ParseWait(string s)
    {
        var unit = s.EndsWith("ms", StringComparison.Ordinal) ? "ms" : s.Length > 0 && "smh".Contains(s[^1]) ? s[^1..] : null;
        if (unit is null || !double.TryParse(s[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0 || n > 100_000) return null;
        return unit switch { "ms" => TimeSpan.FromMilliseconds(n), "s" => TimeSpan.FromSeconds(n), "m" => TimeSpan.FromMinutes(n), _ => TimeSpan.FromHours(n) };
    }

    public static WebhookSettings From(IConfiguration c) => SettingsBinder.Bind<WebhookSettings>(c);
}
