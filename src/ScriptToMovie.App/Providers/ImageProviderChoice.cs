namespace ScriptToMovie.App.Providers;

/// <summary>
/// Which provider makes the storyboard pictures: the offline painter unless IMAGE_PROVIDER names another.
/// Paid pictures always take that explicit choice; Kling keys alone never switch it on.
/// </summary>
public static class ImageProviderChoice
{
    public static string For(IConfiguration c) =>
        c["IMAGE_PROVIDER"] is { } named && !string.IsNullOrWhiteSpace(named)
            ? named.Trim().ToLowerInvariant()
            : ImageProviders.Painted;
}
