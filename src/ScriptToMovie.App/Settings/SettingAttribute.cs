namespace ScriptToMovie.App.Settings;

/// <summary>How a number in the environment becomes a <see cref="TimeSpan"/>: the unit is part of the key's name.</summary>
public enum TimeUnit { Milliseconds, Seconds, Minutes }

/// <summary>
/// Marks a settings property with the seed's .env key it is read from. <paramref name="help"/> is the sentence
/// .env.example carries for the key, so the classes and the example file can be checked against each other.
/// Validation uses the DataAnnotations attributes beside it (<c>[Range]</c>, <c>[AllowedValues]</c>, <c>[MinLength]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SettingAttribute(string key, string help) : Attribute
{
    public string Key { get; } = key;
    public string Help { get; } = help;
    /// <summary>Older names still read when <see cref="Key"/> is unset (never written to .env.example).</summary>
    public string[] Aliases { get; init; } = [];
    public TimeUnit Unit { get; init; } = TimeUnit.Seconds;
    /// <summary>A secret: its value is never echoed in a problem sentence or a log line.</summary>
    public bool Secret { get; init; }
}
