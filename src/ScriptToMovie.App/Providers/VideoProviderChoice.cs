using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Providers;

/// <summary>
/// Which provider makes the clips. Spending money always takes an explicit choice: Kling is picked only
/// when VIDEO_PROVIDER says so, or when MOCK_VIDEO is explicitly false and a Kling key is present.
/// </summary>
public static class VideoProviderChoice
{
    public static string For(IConfiguration c)
    {
        if (c["VIDEO_PROVIDER"] is { Length: > 0 } named && !string.IsNullOrWhiteSpace(named))
            return named.Trim().ToLowerInvariant();
        var mock = c["MOCK_VIDEO"];
        if (AppSettings.IsTrue(mock)) return VideoProviders.Mock;
        var explicitlyReal = mock is not null && IsFalse(mock);
        var hasKlingKey = !string.IsNullOrWhiteSpace(c["KLING_API_KEY"]) || !string.IsNullOrWhiteSpace(c["KLING_API_TOKEN"]);
        return explicitlyReal && hasKlingKey ? VideoProviders.Kling : VideoProviders.Animatic;
    }

    private static bool IsFalse(string v) =>
        v.Trim() is var t && (t.Equals("false", StringComparison.OrdinalIgnoreCase) || t == "0" || t.Equals("no", StringComparison.OrdinalIgnoreCase));
}
