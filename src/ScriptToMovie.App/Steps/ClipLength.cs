using ScriptToMovie.Analysis;
using ScriptToMovie.App.Data;
using ScriptToMovie.Media.FFmpeg;

namespace ScriptToMovie.App.Steps;

/// <summary>
/// How long a scene's clip lasts: the scene's duration (<see cref="SceneLength"/>: the parse's estimate, the voices'
/// measurement or the user's own number), so the clip, its chapter, the Scenes tab and the quote say the same. The
/// clips step and the assembly's stand-in clips both ask here, so a stand-in fills exactly the failed clip's place.
/// </summary>
public static class ClipLength
{
    /// <summary>The clip's length in seconds, rounded to whole frames of <paramref name="profile"/>.</summary>
    /// <param name="speechSeconds">The measured speech, for a scene with no duration (rows from before durations were stored).</param>
    public static double For(Scene scene, double speechSeconds, EncodingProfile profile)
    {
        var seconds = scene.Duration is > 0 ? scene.Duration.Value : SceneLength.Seconds(speechSeconds, 0);
        return profile.Snap(TimeSpan.FromSeconds(seconds)).TotalSeconds;
    }
}
