namespace ScriptToMovie.Fakes.Kling;

/// <summary>How the fake Kling account behaves. Every delay and rate is small by default so tests take seconds.</summary>
public sealed class FakeKlingOptions
{
    /// <summary>The access key (JWT <c>iss</c>) and the secret key that signs it.</summary>
    public string AccessKey { get; set; } = "fake-access-key";
    public string SecretKey { get; set; } = "fake-secret-key-that-is-long-enough-for-hs256";

    /// <summary>A static API key accepted as the bearer token (Kling's 2026 auth); null = JWT only.</summary>
    public string? ApiKey { get; set; } = "fake-static-api-key";

    /// <summary>How long a task stays submitted, then processing, before it ends.</summary>
    public TimeSpan SubmittedFor { get; set; } = TimeSpan.FromMilliseconds(150);
    public TimeSpan ProcessingFor { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Parallel generation tasks the account's pack allows (a task holds a slot until it ends); over it → 429/1303.</summary>
    public int ConcurrencyLimit { get; set; } = 5;

    /// <summary>Units left in the resource pack; null = unlimited. A create that cannot be paid → 429/1102.</summary>
    public double? BalanceUnits { get; set; }

    /// <summary>Share of requests (0–1) answered with an injected 500/5000, 503/5001, 504/5002 or 429/1302.</summary>
    public double FaultRate { get; set; }

    /// <summary>Share of creates whose task is made but whose reply is dropped (the connection is aborted).</summary>
    public double LostResponseRate { get; set; }

    /// <summary>How long a task's result link works after the first query handed it out; later queries hand out the same
    /// link (real Kling signs it to expire 30 days after the task was made).</summary>
    public TimeSpan ResultUrlLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Tasks whose prompt contains this text end as failed, with <see cref="FailureMessage"/>.</summary>
    public string FailWhenPromptContains { get; set; } = "[fail]";
    public string FailureMessage { get; set; } = "Failure to pass the risk control system";

    /// <summary>Units charged for a video task (model, mode, duration "5"/"10"); the default follows the API notes.</summary>
    public Func<string, string, string, double> VideoUnits { get; set; } = DefaultVideoUnits;

    /// <summary>Units charged per generated image.</summary>
    public double ImageUnits { get; set; } = 1;

    /// <summary>Units an ai-multi-shot call costs (the pricing page: 20 image units for three angles).</summary>
    public double MultiShotUnits { get; set; } = 20;

    /// <summary>Units registering an element costs: not on the pricing pages; one guide says free.</summary>
    public double ElementUnits { get; set; }

    /// <summary>When true, ai-multi-shot refuses every call (1103, no permission): the caller must take the fallback.</summary>
    public bool RefuseMultiShot { get; set; }

    /// <summary>Seed for the fault dice, so a failing test can be replayed.</summary>
    public int RandomSeed { get; set; } = 7;

    public static double DefaultVideoUnits(string model, string mode, string duration)
    {
        var five = (model, mode) switch
        {
            ("kling-v2-5-turbo", "pro") => 2.5,
            ("kling-v2-5-turbo", _) => 1.5,
            ("kling-v2-6", _) => 5,
            ("kling-v2-master" or "kling-v2-1-master", _) => 10,
            (_, "pro") => 3.5,
            _ => 2,
        };
        return duration == "10" ? five * 2 : five;
    }
}
