using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace ScriptToMovie.App.Settings;

/// <summary>
/// Reads a settings class from configuration by its <see cref="SettingAttribute"/> keys. A value that does not
/// parse or breaks its range is a problem sentence naming the key, never a silent fall back to the default;
/// an unset or blank key keeps the property's default.
/// </summary>
public static class SettingsBinder
{
    private static readonly string[] Truthy = ["true", "1", "yes", "on"];
    private static readonly string[] Falsy = ["false", "0", "no", "off"];

    public static T Bind<T>(IConfiguration configuration) where T : class
    {
        var problems = new List<string>();
        var bound = Bind<T>(configuration, problems);
        return problems.Count == 0 ? bound : throw new InvalidSettingsException(problems);
    }

    public static T Bind<T>(IConfiguration configuration, List<string> problems) where T : class
    {
        // Activator ignores C#'s `required`: the defaults in the class are the settings of an empty .env.
        var target = (T)Activator.CreateInstance(typeof(T))!;
        foreach (var (property, setting) in Declared(typeof(T)))
        {
            var raw = new[] { setting.Key }.Concat(setting.Aliases)
                .Select(k => configuration[k]).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
            if (raw is null) continue;
            if (TryParse(property, setting, raw, out var value, out var problem)) property.SetValue(target, value);
            else problems.Add(problem!);
        }
        return target;
    }

    /// <summary>The keys a class reads, in declaration order.</summary>
    public static IEnumerable<(PropertyInfo Property, SettingAttribute Setting)> Declared(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p, p.GetCustomAttribute<SettingAttribute>()))
            .Where(x => x.Item2 is not null)
            .Select(x => (x.p, x.Item2!));

    public static bool IsTrue(string? raw) => raw is not null && Truthy.Contains(raw.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Accepts the seed's JSON array form (["http://a","http://b"]) and a plain comma list.</summary>
    public static IReadOnlyList<string> ParseList(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return [];
        return raw.Trim().TrimStart('[').TrimEnd(']')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim('"', '\'', ' '))
            .Where(s => s.Length > 0)
            .ToList();
    }

    private static bool TryParse(PropertyInfo property, SettingAttribute setting, string raw, out object? value, out string? problem)
    {
        var key = setting.Key;
        var shown = setting.Secret ? "(hidden)" : $"'{raw}'";
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var range = property.GetCustomAttribute<RangeAttribute>();
        value = null;
        problem = null;

        if (type == typeof(string))
        {
            if (property.GetCustomAttribute<AllowedValuesAttribute>() is { } allowed)
            {
                var match = allowed.Values.OfType<string>().FirstOrDefault(v => v.Equals(raw, StringComparison.OrdinalIgnoreCase));
                if (match is null)
                {
                    problem = $"{key} must be one of {string.Join(", ", allowed.Values)}; got {shown}.";
                    return false;
                }
                value = match;
                return true;
            }
            if (property.GetCustomAttribute<MinLengthAttribute>() is { } min && raw.Length < min.Length)
            {
                problem = $"{key} must be at least {min.Length} characters long; it has {raw.Length}.";
                return false;
            }
            value = raw;
            return true;
        }
        if (type == typeof(bool))
        {
            if (Truthy.Contains(raw, StringComparer.OrdinalIgnoreCase)) { value = true; return true; }
            if (Falsy.Contains(raw, StringComparer.OrdinalIgnoreCase)) { value = false; return true; }
            problem = $"{key} must be true or false; got {shown}.";
            return false;
        }
        if (type == typeof(int) || type == typeof(long))
        {
            if (long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) && InRange(range, whole)
                && (type == typeof(long) || whole is >= int.MinValue and <= int.MaxValue))
            {
                value = type == typeof(int) ? (object)(int)whole : whole;
                return true;
            }
            problem = $"{key} must be a whole number{Describe(range)}; got {shown}.";
            return false;
        }
        if (type == typeof(double) || type == typeof(TimeSpan))
        {
            if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && InRange(range, number))
            {
                value = type == typeof(double) ? number : setting.Unit switch
                {
                    TimeUnit.Milliseconds => TimeSpan.FromMilliseconds(number),
                    TimeUnit.Minutes => TimeSpan.FromMinutes(number),
                    _ => TimeSpan.FromSeconds(number),
                };
                return true;
            }
            var unit = type == typeof(TimeSpan) ? $" of {setting.Unit.ToString().ToLowerInvariant()}" : "";
            problem = $"{key} must be a number{unit}{Describe(range)}; got {shown}.";
            return false;
        }
        if (type == typeof(IReadOnlyList<string>))
        {
            value = ParseList(raw);
            return true;
        }
        if (type == typeof(IReadOnlyList<int>))
        {
            var items = ParseList(raw);
            var numbers = items.Select(i => int.TryParse(i, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && InRange(range, n) ? n : (int?)null).ToList();
            if (numbers.All(n => n is not null)) { value = numbers.Select(n => n!.Value).ToList(); return true; }
            problem = $"{key} must be a comma-separated list of whole numbers{Describe(range)}; got {shown}.";
            return false;
        }
        throw new NotSupportedException($"{property.DeclaringType?.Name}.{property.Name}: settings of type {type.Name} are not supported.");
    }

    private static bool InRange(RangeAttribute? range, double value)
    {
        if (range is null) return true;
        var min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
        var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
        return (range.MinimumIsExclusive ? value > min : value >= min) && (range.MaximumIsExclusive ? value < max : value <= max);
    }

    private static string Describe(RangeAttribute? range)
    {
        if (range is null) return "";
        var min = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
        var max = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
        string F(double d) => d.ToString("0.###", CultureInfo.InvariantCulture);
        if (range.MinimumIsExclusive && max >= int.MaxValue) return $" greater than {F(min)}";
        if (max >= int.MaxValue) return $" of at least {F(min)}";
        return range.MinimumIsExclusive ? $" greater than {F(min)} and at most {F(max)}" : $" from {F(min)} to {F(max)}";
    }
}
