namespace ScriptToMovie.App.Settings;

/// <summary>Every bad setting at once, so a user fixes their .env in one go rather than one start per key.</summary>
public sealed class InvalidSettingsException(IReadOnlyList<string> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    /// <summary>The exit code of a start refused for its configuration (sysexits' EX_CONFIG).</summary>
    public const int ExitCode = 78;

    private static string Describe(IReadOnlyList<string> problems) => problems.Count == 1
        ? $"The configuration is not valid: {problems[0]}"
        : "The configuration is not valid:" + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"));
}
