namespace ScriptToMovie.App.Settings;

/// <summary>
/// Every setting the app reads, under the seed's .env key names. Values come from
/// appsettings, environment variables or a .env file (in that order of precedence, last wins
/// except that a real environment variable beats .env).
/// </summary>
public sealed class AppSettings
{
    public required string DataDirectory { get; init; }
    public string? DatabaseUrl { get; init; }
    public string? JwtSecret { get; init; }
    public bool Debug { get; init; }
    public bool IsProduction { get; init; }
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];
    public long MaxScriptBytes { get; init; } = 5 * 1024 * 1024;
    public long MaxUploadBytes { get; init; } = 20 * 1024 * 1024;
    public IReadOnlyList<string> AdminEmails { get; init; } = [];
    public string MediaDirectory => Path.Combine(DataDirectory, "media");

    public static AppSettings From(IConfiguration c, string? environmentName)
    {
        var data = c["DATA_DIR"] ?? c["S2M_DATA"] ?? "data";
        return new AppSettings
        {
            DataDirectory = Path.GetFullPath(data),
            DatabaseUrl = Blank(c["DATABASE_URL"]),
            JwtSecret = Blank(c["JWT_SECRET"]),
            Debug = IsTrue(c["DEBUG"]),
            IsProduction = string.Equals(environmentName, "Production", StringComparison.OrdinalIgnoreCase),
            CorsOrigins = ParseList(c["CORS_ORIGINS"]),
            MaxScriptBytes = long.TryParse(c["MAX_SCRIPT_BYTES"], out var m) && m > 0 ? m : 5 * 1024 * 1024,
            MaxUploadBytes = long.TryParse(c["MAX_UPLOAD_BYTES"], out var u) && u > 0 ? u : 20 * 1024 * 1024,
            AdminEmails = ParseList(c["ADMIN_EMAILS"]),
        };
    }

    public static bool IsTrue(string? v) => v is not null && (v.Equals("true", StringComparison.OrdinalIgnoreCase) || v == "1" || v.Equals("yes", StringComparison.OrdinalIgnoreCase));

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();

    /// <summary>Accepts the seed's JSON array form (["http://a","http://b"]) and a plain comma list.</summary>
    public static IReadOnlyList<string> ParseList(string? v)
    {
        if (string.IsNullOrWhiteSpace(v)) return [];
        return v.Trim().TrimStart('[').TrimEnd(']')
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Trim('"', '\'', ' '))
            .Where(s => s.Length > 0)
            .ToList();
    }
}
