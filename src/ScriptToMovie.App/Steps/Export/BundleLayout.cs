namespace ScriptToMovie.App.Steps.Export;

/// <summary>Where each file sits in the bundle; the timelines point at clips relative to themselves.</summary>
public static class BundleLayout
{
    public const string ClipsFolder = "clips";

    public static string ClipPath(ExportScene scene) => $"{ClipsFolder}/{scene.ClipFile}";

    /// <summary>The format names of the API and the CLI, each with its file name and content type.</summary>
    public static readonly IReadOnlyDictionary<string, (string Suffix, string ContentType)> Formats =
        new Dictionary<string, (string, string)>
        {
            ["otio"] = (".otio", "application/json"),
            ["fcpxml"] = (".fcpxml", "application/xml"),
            ["xml"] = (".xml", "application/xml"),
            ["edl"] = (".edl", "text/plain"),
            ["srt"] = (".srt", "application/x-subrip"),
            ["vtt"] = (".vtt", "text/vtt"),
            ["pdf"] = (" - storyboard.pdf", "application/pdf"),
        };

    public static string FileName(ExportTimeline timeline, string format) => timeline.Name + Formats[format].Suffix;
}
