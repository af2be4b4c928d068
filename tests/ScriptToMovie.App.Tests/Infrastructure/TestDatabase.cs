using MySqlConnector;

namespace ScriptToMovie.App.Tests.Infrastructure;

/// <summary>
/// The one switch between SQLite and MariaDB: S2M_TEST_DB=mysql runs the same tests against the
/// MariaDB that ./s2m test starts (S2M_TEST_MYSQL holds its URL without a database name).
/// </summary>
public static class TestDatabase
{
    public static bool IsMySql => string.Equals(Environment.GetEnvironmentVariable("S2M_TEST_DB"), "mysql", StringComparison.OrdinalIgnoreCase);

    /// <summary>A DATABASE_URL for a fresh, empty database.</summary>
    public static string NewUrl(string dataDirectory)
    {
        if (!IsMySql) return "sqlite:///" + Path.Combine(dataDirectory, "test.db");
        var baseUrl = Environment.GetEnvironmentVariable("S2M_TEST_MYSQL") ?? "mysql://s2m:s2m@127.0.0.1:3307/";
        return baseUrl.TrimEnd('/') + "/s2m_" + Guid.NewGuid().ToString("N")[..12];
    }

    public static MySqlConnection MySqlAdmin()
    {
        var uri = new Uri((Environment.GetEnvironmentVariable("S2M_TEST_MYSQL") ?? "mysql://s2m:s2m@127.0.0.1:3307/").Replace("mysql://", "http://"));
        var user = uri.UserInfo.Split(':');
        return new MySqlConnection($"Server={uri.Host};Port={uri.Port};User={user[0]};Password={(user.Length > 1 ? user[1] : "")}");
    }
}
