using ScriptToMovie.App.Settings;
using ScriptToMovie.App.Storage;

namespace ScriptToMovie.App.Hosting;

/// <summary>
/// What Staging and Production (ASP.NET Core's environments) demand beyond a valid configuration: a shared MySQL over
/// TLS, a shared bucket, a real session secret, no debug, named browser origins. The two differ by configuration only.
/// </summary>
public static class DeployedProfile
{
    public const int MinimumJwtSecretLength = 32;

    public static bool Applies(string? environmentName) =>
        string.Equals(environmentName, "Staging", StringComparison.OrdinalIgnoreCase) || AppSettings.IsProductionName(environmentName);

    /// <summary>Every reason this configuration may not run as <paramref name="environmentName"/>, as sentences.</summary>
    public static IEnumerable<string> Problems(string environmentName, AppSettings app, StorageSettings storage)
    {
        var env = environmentName;
        var mySql = app.DatabaseUrl is { } url && (url.StartsWith("mysql", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mariadb", StringComparison.OrdinalIgnoreCase));
        if (!mySql)
            yield return $"DATABASE_URL is SQLite, which {env} refuses: the API and the workers must share one MySQL database (mysql://user:password@host:3306/script_to_movie).";
        else if (app.DatabaseSslMode is not ("required" or "verify_ca" or "verify_identity"))
            yield return $"DATABASE_SSL_MODE is {app.DatabaseSslMode ?? "unset"}, but {env} sends database traffic over TLS only: set it to required, verify_ca or verify_identity (with DATABASE_SSL_CA naming the RDS certificate bundle).";
        if (!storage.UsesS3 && !storage.AllowLocalStorage)
            yield return $"Media would be kept in the local folder, which {env} refuses: workers on other machines could not read them. Set STORAGE=s3 and S3_BUCKET, or ALLOW_LOCAL_STORAGE=true for a single machine.";
        if (string.IsNullOrWhiteSpace(app.JwtSecret))
            yield return $"JWT_SECRET is not set; {env} needs a random secret of at least {MinimumJwtSecretLength} characters (openssl rand -hex 32).";
        else if (app.JwtSecret.Length < MinimumJwtSecretLength)
            yield return $"JWT_SECRET has {app.JwtSecret.Length} characters; {env} needs at least {MinimumJwtSecretLength} (openssl rand -hex 32).";
        if (app.Debug)
            yield return $"DEBUG is true, which {env} refuses: it writes detailed errors to the logs. Set DEBUG=false.";
        if (app.CorsOrigins.Count == 0)
            yield return $"CORS_ORIGINS is empty; {env} needs the web UI's origins named, such as https://movies.example.com.";
    }
}
