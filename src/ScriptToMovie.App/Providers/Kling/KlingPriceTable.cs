using System.Globalization;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Units Kling deducts per video task, by model, mode and duration, and what a unit costs in USD. Defaults come
/// from shared/docs/kling-api.md §4; where the notes have no figure the table errs high, so a quote or a budget
/// never promises less than Kling will charge. KLING_PRICE_TABLE overrides entries:
/// "kling-v2-6/std/5=2.5,kling-v2-6/std/10=5".
/// </summary>
public sealed class KlingPriceTable
{
    public const double DefaultUsdPerUnit = 0.14;

    /// <summary>Units for a model the table does not know: the documented kling-v2-6 price, the highest non-master one.</summary>
    public const double UnknownModelUnitsPerFive = 5;

    private readonly Dictionary<(string Model, string Mode, string Duration), double> _units;

    public double UsdPerUnit { get; }

    private KlingPriceTable(Dictionary<(string, string, string), double> units, double usdPerUnit)
    {
        _units = units;
        UsdPerUnit = usdPerUnit;
    }

    public static KlingPriceTable Default { get; } = new(Defaults(), DefaultUsdPerUnit);

    public double Units(string model, string mode, string duration) =>
        _units.TryGetValue((model, mode, duration), out var u) ? u
        : UnknownModelUnitsPerFive * (duration == "10" ? 2 : 1);

    public double Usd(double units) => Math.Round(units * UsdPerUnit, 4);

    public static KlingPriceTable Parse(string? overrides, double usdPerUnit)
    {
        var units = Defaults();
        foreach (var entry in (overrides ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, value) = (entry.Split('=')[0], entry.Contains('=') ? entry[(entry.IndexOf('=') + 1)..] : "");
            var parts = key.Split('/', StringSplitOptions.TrimEntries);
            if (parts.Length != 3 || parts[2] is not ("5" or "10")
                || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var u) || u < 0)
                throw new InvalidOperationException(
                    $"KLING_PRICE_TABLE entry '{entry}' is not of the form model/mode/duration=units, e.g. kling-v2-6/std/5=2.5.");
            units[(parts[0], parts[1], parts[2])] = u;
        }
        return new KlingPriceTable(units, usdPerUnit);
    }

    private static Dictionary<(string, string, string), double> Defaults()
    {
        var perFive = new Dictionary<(string, string), double>
        {
            [("kling-v1", "std")] = 1, [("kling-v1", "pro")] = 3.5,
            [("kling-v1-5", "std")] = 2, [("kling-v1-5", "pro")] = 3.5,
            [("kling-v1-6", "std")] = 2, [("kling-v1-6", "pro")] = 3.5,
            [("kling-v2-1", "std")] = 2, [("kling-v2-1", "pro")] = 3.5,
            [("kling-v2-master", "std")] = 10, [("kling-v2-master", "pro")] = 10,
            [("kling-v2-1-master", "std")] = 10, [("kling-v2-1-master", "pro")] = 10,
            [("kling-v2-5-turbo", "std")] = 1.5, [("kling-v2-5-turbo", "pro")] = 2.5,
            // Only the native-audio price (5 units / 5 s) is published for 2.6; used for both modes.
            [("kling-v2-6", "std")] = 5, [("kling-v2-6", "pro")] = 5,
            // Kling 3.0: 0.6 units/s without audio, 0.9 with.
            [("kling-v3", "std")] = 3, [("kling-v3", "pro")] = 4.5,
            // Omni video without a reference video: 0.6 / 0.8 units/s (720p / 1080p) for 3.0 Omni and O1.
            [("kling-v3-omni", "std")] = 3, [("kling-v3-omni", "pro")] = 4,
            [("kling-video-o1", "std")] = 3, [("kling-video-o1", "pro")] = 4,
        };
        var table = new Dictionary<(string, string, string), double>();
        foreach (var ((model, mode), units) in perFive)
        {
            table[(model, mode, "5")] = units;
            table[(model, mode, "10")] = units * 2;
        }
        return table;
    }
}

/// <summary>Kling sells 5 s and 10 s clips; a scene gets the shorter one that covers its speech.</summary>
public static class KlingDuration
{
    /// <summary>
    /// A 5 s clip covers up to 5.5 s: Kling's clips run a little long (5.04 s) and holding the last frame for the
    /// breath after the last line looks natural. Longer scenes get 10 s, and past that the last frame is held.
    /// </summary>
    public static string For(double seconds) => seconds <= 5.5 ? "5" : "10";
}
