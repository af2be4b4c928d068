using ScriptToMovie.Media.FFmpeg;

namespace ScriptToMovie.App.Steps;

/// <summary>
/// How long a scene's clip lasts: its speech plus a breath, never shorter than a viewer needs to take in
/// a picture. The clips step and the assembly's stand-in clips use the same rule, so a stand-in fills
/// exactly the place the failed clip would have taken.
/// </summary>
public static class ClipLength
{
    public static readonly TimeSpan Shortest = TimeSpan.FromSeconds(3);

    /// <summary>The pause after the last line, so a cut never clips a word.</summary>
    public static readonly TimeSpan Breath = TimeSpan.FromSeconds(0.8);

    /// <summary>The clip's length in seconds, rounded to whole frames of <paramref name="profile"/>.</summary>
    public static double For(double speechSeconds, EncodingProfile profile)
    {
        var wanted = speechSeconds > 0 ? TimeSpan.FromSeconds(speechSeconds) + Breath : TimeSpan.Zero;
        return profile.Snap(wanted > Shortest ? wanted : Shortest).TotalSeconds;
    }
}
