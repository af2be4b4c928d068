namespace ScriptToMovie.App.Accounts;

/// <summary>A short, readable name for a session's device ("Firefox on Linux"), from its User-Agent.</summary>
public static class DeviceName
{
    public static string From(string userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return "Unknown device";
        var ua = userAgent;
        var browser =
            Has(ua, "Edg/") ? "Edge" :
            Has(ua, "OPR/") ? "Opera" :
            Has(ua, "Firefox/") ? "Firefox" :
            Has(ua, "HeadlessChrome") ? "Headless Chrome" :
            Has(ua, "Chrome/") || Has(ua, "CriOS/") ? "Chrome" :
            Has(ua, "Safari/") ? "Safari" :
            ua.StartsWith("curl/", StringComparison.OrdinalIgnoreCase) ? "curl" :
            ua.Split('/', ' ')[0];
        var os =
            Has(ua, "iPhone") || Has(ua, "iPad") ? "iOS" :
            Has(ua, "Android") ? "Android" :
            Has(ua, "Windows") ? "Windows" :
            Has(ua, "Mac OS X") || Has(ua, "Macintosh") ? "macOS" :
            Has(ua, "CrOS") ? "ChromeOS" :
            Has(ua, "Linux") ? "Linux" : null;
        return os is null ? browser : $"{browser} on {os}";
    }

    private static bool Has(string ua, string part) => ua.Contains(part, StringComparison.OrdinalIgnoreCase);
}
