using ScriptToMovie.Media.Subtitles;

namespace ScriptToMovie.Media.Speech;

/// <param name="Dual">The second half of a dual-dialogue pair: spoken at the same time as the line before it.</param>
/// <param name="SourceLine">The screenplay line the dialogue came from, carried through to subtitles and the manifest.</param>
public sealed record DialogueLine(
    string Speaker,
    string Text,
    VoiceProfile Voice,
    Delivery Delivery = Delivery.Normal,
    bool Dual = false,
    int? SourceLine = null);

/// <summary>When a line is heard within its scene, from the real length of its audio.</summary>
public sealed record LineTiming(int Index, string Speaker, string Text, int? SourceLine, TimeSpan Start, TimeSpan End)
{
    public SubtitleCue ToCue() => new(Start, End, Speaker, Text, SourceLine);
}

/// <summary>A scene's sound track and where each line sits in it.</summary>
public sealed record SceneAudio(string Path, TimeSpan Duration, IReadOnlyList<LineTiming> Lines)
{
    /// <summary>Subtitle cues timed from the scene's start; offset them by the scene's place in the movie.</summary>
    public IReadOnlyList<SubtitleCue> Cues() => [.. Lines.Select(l => l.ToCue())];
}

/// <summary>The breaths around lines: before the first, between lines, after the last.</summary>
public sealed record SceneAudioPacing(TimeSpan LeadIn, TimeSpan Gap, TimeSpan Tail)
{
    public static SceneAudioPacing Natural { get; } =
        new(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(0.35), TimeSpan.FromSeconds(0.5));
}
