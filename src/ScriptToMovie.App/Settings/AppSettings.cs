using System.ComponentModel.DataAnnotations;

namespace ScriptToMovie.App.Settings;

/// <summary>
/// The core settings every process reads (data, database, sessions, limits on what is accepted), under the seed's
/// .env key names. Values come from appsettings, environment variables or a .env file; a real environment
/// variable beats .env. The other areas have their own classes (see Hosting/SettingsCatalog).
/// </summary>
public sealed record AppSettings
{
    private readonly string _dataDirectory = Path.GetFullPath("data");

    [Setting("DATA_DIR", "Data directory (SQLite database and media/); ./s2m serve --data overrides it.", Aliases = ["S2M_DATA"])]
    public required string DataDirectory { get => _dataDirectory; init => _dataDirectory = Path.GetFullPath(value); }

    [Setting("DATABASE_URL", "Database: absent = SQLite in the data directory. Seed forms work: mysql+aiomysql://root:@localhost:3306/script_to_movie, mysql://…, sqlite:///path.db", Secret = true)]
    public string? DatabaseUrl { get; init; }

    [Setting("DATABASE_PASSWORD", "MySQL password, when it is kept apart from DATABASE_URL (an ECS task gets RDS's generated password from Secrets Manager this way); beats the URL's.", Secret = true)]
    public string? DatabasePassword { get; init; }

    [Setting("DATABASE_SSL_MODE", "MySQL TLS: disabled, preferred, required, verify_ca or verify_identity (Staging/Production need one of the last three).")]
    [AllowedValues("disabled", "preferred", "required", "verify_ca", "verify_identity")]
    public string? DatabaseSslMode { get; init; }

    [Setting("DATABASE_SSL_CA", "PEM file of the certificate authority the MySQL server's certificate is checked against (the RDS bundle on AWS).")]
    public string? DatabaseSslCa { get; init; }

    [Setting("JWT_SECRET", "Session signing secret (openssl rand -hex 32). Absent in development = generated into the data directory; required in production.", Secret = true)]
    public string? JwtSecret { get; init; }

    [Setting("DEBUG", "Development conveniences (detailed errors in logs).")]
    public bool Debug { get; init; }

    [Setting("CORS_ORIGINS", "Origins allowed to call the API from a browser (JSON array or comma list).")]
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    [Setting("LOGIN_RATE_LIMIT", "Sign-in, sign-up and password-change attempts per minute, per address and (sign-in) per account.")]
    [Range(1, int.MaxValue)]
    public int LoginRateLimitPerMinute { get; init; } = 10;

    [Setting("MAX_SCRIPT_BYTES", "Largest pasted script, in bytes.")]
    [Range(1_000, 100L * 1024 * 1024)]
    public long MaxScriptBytes { get; init; } = 5 * 1024 * 1024;

    [Setting("MAX_UPLOAD_BYTES", "Largest uploaded screenplay file, in bytes.")]
    [Range(1_000, 200L * 1024 * 1024)]
    public long MaxUploadBytes { get; init; } = 20 * 1024 * 1024;

    [Setting("ADMIN_EMAILS", "Emails of administrators (may open the job dashboard at /jobs).")]
    public IReadOnlyList<string> AdminEmails { get; init; } = [];

    [Setting("WEB_DIST", "Folder of the built web UI (./s2m sets it to web/dist).")]
    public string? WebDist { get; init; }

    /// <summary>From the host's environment (ASPNETCORE_ENVIRONMENT), not from a key of ours.</summary>
    public bool IsProduction { get; init; }

    public string MediaDirectory => Path.Combine(DataDirectory, "media");

    public static AppSettings From(IConfiguration c, string? environmentName) =>
        SettingsBinder.Bind<AppSettings>(c) with { IsProduction = IsProductionName(environmentName) };

    public static bool IsProductionName(string? environmentName) =>
        string.Equals(environmentName, "Production", StringComparison.OrdinalIgnoreCase);

    public static bool IsTrue(string? v) => SettingsBinder.IsTrue(v);

    public static IReadOnlyList<string> ParseList(string? v) => SettingsBinder.ParseList(v);
}
