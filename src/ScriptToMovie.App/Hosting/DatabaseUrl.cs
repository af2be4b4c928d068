namespace ScriptToMovie.App.Hosting;

/// <summary>
/// Turns the seed's DATABASE_URL forms (mysql+aiomysql://user:pass@host:3306/db, mysql://…,
/// sqlite:///relative/path, sqlite:////absolute/path) into a provider and an ADO.NET connection string.
/// </summary>
public sealed record DatabaseUrl(bool IsMySql, string ConnectionString)
{
    public static DatabaseUrl Parse(string? url, string dataDirectory, string? sslMode = null, string? sslCa = null, string? password = null)
    {
        if (string.IsNullOrWhiteSpace(url))
            return Sqlite(Path.Combine(dataDirectory, "script_to_movie.db"));

        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
            throw new InvalidOperationException("DATABASE_URL must look like mysql://user:password@host:3306/database or sqlite:///path/to/file.db.");
        var scheme = url[..schemeEnd].ToLowerInvariant();

        if (scheme.StartsWith("sqlite", StringComparison.Ordinal))
        {
            // SQLAlchemy convention: three slashes = relative path, four = absolute.
            var path = url[(schemeEnd + 3)..];
            if (path.StartsWith('/')) path = path[1..];
            if (path.Length == 0) throw new InvalidOperationException("DATABASE_URL sqlite:/// needs a file path.");
            return Sqlite(Path.GetFullPath(path));
        }

        if (scheme.StartsWith("mysql", StringComparison.Ordinal) || scheme.StartsWith("mariadb", StringComparison.Ordinal))
        {
            var uri = new Uri("mysql://" + url[(schemeEnd + 3)..]);
            var userInfo = uri.UserInfo.Split(':', 2);
            var user = Uri.UnescapeDataString(userInfo[0]);
            // A password given apart (DATABASE_PASSWORD, from a secrets store) wins over the URL's.
            password ??= userInfo.Length > 1 ? Uri.UnescapeDataString(userInfo[1]) : "";
            var database = uri.AbsolutePath.Trim('/');
            if (database.Length == 0) throw new InvalidOperationException("DATABASE_URL must name a database, e.g. mysql://root:@localhost:3306/script_to_movie.");
            var port = uri.Port > 0 ? uri.Port : 3306;
            var cs = $"Server={uri.Host};Port={port};Database={database};User={user};Password={password};AllowUserVariables=true;CharSet=utf8mb4";
            // DATABASE_SSL_MODE uses the mysql client's names; MySqlConnector's differ.
            if (sslMode is not null)
                cs += ";SslMode=" + sslMode.ToLowerInvariant() switch
                {
                    "disabled" => "None", "preferred" => "Preferred", "required" => "Required", "verify_ca" => "VerifyCA", _ => "VerifyFull",
                };
            if (!string.IsNullOrWhiteSpace(sslCa)) cs += ";SslCa=" + sslCa;
            return new DatabaseUrl(true, cs);
        }

        throw new InvalidOperationException($"DATABASE_URL scheme '{scheme}' is not supported; use mysql:// or sqlite:///.");
    }

    private static DatabaseUrl Sqlite(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new DatabaseUrl(false, $"Data Source={path};Default Timeout=30;Pooling=True");
    }
}
