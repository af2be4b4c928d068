using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Accounts;

/// <summary>How long sessions last, how often costly doors may be knocked on, and how many passwords hash at once.
/// (Sign-in attempts are LOGIN_RATE_LIMIT, a core setting.)</summary>
public sealed record AccountSettings
{
    [Setting("SESSION_IDLE_DAYS", "A session unused this many days ends (every use slides it on).")]
    [Range(0.001, 3_650)]
    public double SessionIdleDays { get; init; } = 7;

    [Setting("SESSION_MAX_DAYS", "Any session ends this many days after sign-in, however active.")]
    [Range(0.001, 3_650)]
    public double SessionMaxDays { get; init; } = 30;

    [Setting("SESSION_CHECK_SECONDS", "Seconds one server trusts its cached \"this session is live\" (a sign-out on another server is seen within this time).")]
    [Range(0, 3_600)]
    public TimeSpan SessionCheckCache { get; init; } = TimeSpan.FromSeconds(15);

    [Setting("ACTION_RATE_LIMIT", "Costly POSTs (uploads, parse previews, workflow and phase starts) per minute per account; an address may send 4x.")]
    [Range(1, 1_000_000)]
    public int ActionsPerMinute { get; init; } = 30;

    [Setting("API_TOKEN_RATE_LIMIT", "Requests per minute one API token may make (any method); more get 429 with Retry-After.")]
    [Range(1, 1_000_000)]
    public int TokenRequestsPerMinute { get; init; } = 600;

    [Setting("PASSWORD_HASH_CONCURRENCY", "Password hashes computed at once (absent = the number of cores); a burst of sign-ups waits its turn.")]
    [Range(1, 1_024)]
    public int HashConcurrency { get; init; } = Environment.ProcessorCount;

    public TimeSpan SessionIdle => TimeSpan.FromDays(SessionIdleDays);
    public TimeSpan SessionMax => TimeSpan.FromDays(SessionMaxDays);

    public static AccountSettings From(IConfiguration c) => SettingsBinder.Bind<AccountSettings>(c);
}
