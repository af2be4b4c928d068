using System.Globalization;

namespace ScriptToMovie.Testing;

/// <summary>
/// Every deadline a test waits for, scaled by one factor: S2M_TEST_TIME_SCALE (default 1). A loaded machine
/// is slower at everything at once, so one knob is enough, and scripts/test.sh sets it from the load average.
/// Linked into each test project (see its .csproj) so every project reads the same variable the same way.
/// </summary>
internal static class TestTime
{
    public const string Variable = "S2M_TEST_TIME_SCALE";

    private static readonly (double Value, string? Error) Setting = Parse(Environment.GetEnvironmentVariable(Variable));

    /// <summary>The factor; a bad value fails every test that waits, with the same sentence, rather than quietly using 1.</summary>
    public static double Scale => Setting.Error is null ? Setting.Value : throw new InvalidOperationException(Setting.Error);

    public static (double Value, string? Error) Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return (1, null);
        if (double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0)
            return (value, null);
        return (0, $"{Variable} is \"{raw}\", but it must be a positive number such as 1 or 2.5: it multiplies every deadline the tests wait for.");
    }

    public static TimeSpan Scaled(TimeSpan deadline) => deadline * Scale;

    public static TimeSpan Seconds(double seconds) => Scaled(TimeSpan.FromSeconds(seconds));

    /// <summary>Whole milliseconds, for APIs that take an int or float timeout (Playwright).</summary>
    public static int Milliseconds(double milliseconds) => (int)Math.Ceiling(milliseconds * Scale);

    /// <summary>A token that is cancelled when the scaled deadline passes.</summary>
    public static CancellationTokenSource Deadline(double seconds) => new(Seconds(seconds));

    /// <summary>A deadline handed to the app as a setting in seconds (a lease, a request timeout), scaled.</summary>
    public static string SettingSeconds(double seconds) => (seconds * Scale).ToString(CultureInfo.InvariantCulture);

    /// <summary>Polls <paramref name="condition"/> until it holds; throws, naming what was awaited, once the scaled deadline passes.</summary>
    public static Task UntilAsync(Func<bool> condition, double seconds, Func<string> awaited) =>
        UntilAsync(() => Task.FromResult(condition()), seconds, awaited);

    public static async Task UntilAsync(Func<Task<bool>> condition, double seconds, Func<string> awaited)
    {
        var within = Seconds(seconds);
        var until = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow >= until)
                throw new TimeoutException($"Waited {within.TotalSeconds:0.#} s ({Variable}={Scale}) for {awaited()}.");
            await Task.Delay(PollInterval);
        }
    }

    // The pause between looks, not a deadline: short enough not to slow a test, long enough not to hog a core.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);
}
