using System.Security.Cryptography;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Accounts;

/// <summary>
/// JWT_SECRET, or in development a generated secret kept in the data directory so sessions
/// survive restarts. Production without JWT_SECRET refuses to start.
/// </summary>
public static class JwtSecretSource
{
    public static byte[] SigningKey(AppSettings settings)
    {
        var secret = settings.JwtSecret;
        if (secret is null)
        {
            if (settings.IsProduction)
                throw new InvalidOperationException("JWT_SECRET is not set. Set it to a long random string (openssl rand -hex 32) before starting in production.");
            Directory.CreateDirectory(settings.DataDirectory);
            var path = Path.Combine(settings.DataDirectory, "jwt-secret");
            if (!File.Exists(path))
            {
                var tmp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
                WriteOwnerOnly(tmp, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
                try { File.Move(tmp, path); } catch (IOException) { File.Delete(tmp); }
            }
            // A secret written by an older version was world-readable; anyone on the machine could mint sessions.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            secret = File.ReadAllText(path).Trim();
        }
        // Hashing gives a 256-bit key whatever the secret's length, as HS256 requires.
        return SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));
    }

    /// <summary>Created 0600 from the start, so the secret is never readable by others, not even for a moment.</summary>
    private static void WriteOwnerOnly(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }
}
