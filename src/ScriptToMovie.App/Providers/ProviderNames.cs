namespace ScriptToMovie.App.Providers;

/// <summary>The names providers are registered under and stored with (generatedVideos.provider, storyboardImages.provider).</summary>
public static class VideoProviders
{
    public const string Animatic = "animatic";
    public const string Mock = "mock";
    public const string Kling = "kling";

    public static readonly IReadOnlyList<string> All = [Animatic, Mock, Kling];
}

public static class ImageProviders
{
    public const string Painted = "painted";
    public const string Kling = "kling";

    public static readonly IReadOnlyList<string> All = [Painted, Kling];
}
