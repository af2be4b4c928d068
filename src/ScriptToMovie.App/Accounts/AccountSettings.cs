using System.Globalization;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// How long sessions last and how often each door may be knocked on. Read once, from the .env keys below
/// (documented in .env.example).
/// </summary>
public sealed record AccountSettings
{
    /// <summary>SESSION_IDLE_DAYS: a session unused this long ends; every use pushes the deadline on.</summary>
    public TimeSpan SessionIdle { get; init; } = TimeSpan.FromDays(7);
    /// <summary>SESSION_MAX_DAYS: a session ends this long after sign-in, however active.</summary>
    public TimeSpan SessionMax { get; init; } = TimeSpan.FromDays(30);
    /// <summary>SESSION_CHECK_SECONDS: how long one server trusts its cached answer "this session is live".
    /// A revocation on the same server is seen at once; on another server within this time.</summary>
    public TimeSpan SessionCheckCache { get; init; } = TimeSpan.FromSeconds(15);
    /// <summary>LOGIN_RATE_LIMIT: sign-in, sign-up and password attempts per minute, per address and per account.</summary>
    public int AuthPerMinute { get; init; } = 10;
    /// <summary>ACTION_RATE_LIMIT: costly POSTs (uploads, parse previews, runs) per minute per account;
    /// an address may send four times as many, for offices behind one address.</summary>
    public int ActionsPerMinute { get; init; } = 30;
    /// <summary>PASSWORD_HASH_CONCURRENCY: password hashes computed at once (default: the number of cores).</summary>
    public int HashConcurrency { get; init; } = Environment.ProcessorCount;

    public static AccountSettings From(IConfiguration c) => new()
    {
        SessionIdle = TimeSpan.FromDays(Positive(c["SESSION_IDLE_DAYS"], 7)),
        SessionMax = TimeSpan.FromDays(Positive(c["SESSION_MAX_DAYS"], 30)),
        SessionCheckCache = TimeSpan.FromSeconds(Positive(c["SESSION_CHECK_SECONDS"], 15)),
        AuthPerMinute = (int)Positive(c["LOGIN_RATE_LIMIT"], 10),
        ActionsPerMinute = (int)Positive(c["ACTION_RATE_LIMIT"], 30),
        HashConcurrency = (int)Positive(c["PASSWORD_HASH_CONCURRENCY"], Math.Max(1, Environment.ProcessorCount)),
    };

    private static double Positive(string? raw, double fallback) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && double.IsFinite(v) ? v : fallback;
}
