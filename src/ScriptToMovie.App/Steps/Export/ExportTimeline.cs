namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// The movie as an editor sees it: scenes end to end on one 24 fps frame grid. Every writer reads its times from
/// these integer frame counts, never from seconds, so all formats agree to the frame.
/// </summary>
/// <param name="Name">The file name stem of every export ("My Film" → "My Film.otio").</param>
public sealed record ExportTimeline(
    string Title,
    string Name,
    string AspectRatio,
    int Width,
    int Height,
    IReadOnlyList<ExportScene> Scenes,
    IReadOnlyList<KeyValuePair<string, string>> TitlePage)
{
    public long DurationFrames => Scenes.Sum(s => s.Frames);

    public IEnumerable<ExportLine> Lines => Scenes.SelectMany(s => s.Lines);
}

/// <param name="ClipFile">The clip's name inside the bundle's clips/ folder, e.g. SC001.mp4.</param>
/// <param name="ClipPath">Where the clip is on this machine now.</param>
/// <param name="Frames">How much of the clip the movie plays.</param>
/// <param name="ClipFrames">How long the file is (at least <paramref name="Frames"/>).</param>
/// <param name="FramePath">The scene's storyboard picture, when there is one.</param>
public sealed record ExportScene(
    int SceneNumber,
    string Heading,
    string Action,
    string ClipFile,
    string ClipPath,
    long StartFrame,
    long Frames,
    long ClipFrames,
    int AudioChannels,
    int AudioRate,
    string? FramePath,
    IReadOnlyList<ExportLine> Lines)
{
    public long EndFrame => StartFrame + Frames;

    /// <summary>The reel an EDL names: the clip's file stem, which is at most 8 letters and digits.</summary>
    public string Reel => Path.GetFileNameWithoutExtension(ClipFile);

    public string ClipName => $"Sc {SceneNumber} - {Heading}";
}

/// <param name="StartFrame">Timeline frame the line starts on; <see cref="SceneStartFrame"/> places it in its clip.</param>
public sealed record ExportLine(int SceneNumber, string Speaker, string Text, long SceneStartFrame, long StartFrame, long EndFrame)
{
    public long FramesIntoClip => StartFrame - SceneStartFrame;

    public long Frames => EndFrame - StartFrame;
}
