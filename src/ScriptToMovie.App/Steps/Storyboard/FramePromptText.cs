using System.Text;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Steps.Storyboard;

/// <summary>
/// A scene's storyboard picture in words, for an image model: what happens, who is there and how each looks
/// (an image model remembers nobody between pictures), where and when, and one look shared by the whole movie,
/// so the frames cut together and a video model can animate them.
/// </summary>
public static class FramePromptText
{
    public const string Style = "cinematic film still, 35mm, natural lighting, shallow depth of field, consistent color grade";

    public const string NegativePrompt = "text, captions, subtitles, watermark, logo, split screen, blurry, distorted faces, extra limbs, low quality";

    public static string Build(FrameRequest scene, string? settingDescription)
    {
        var prompt = new StringBuilder();
        prompt.Append("A single frame from a film. ");
        prompt.Append(string.IsNullOrWhiteSpace(scene.ActionSummary) ? scene.Heading : scene.ActionSummary.Trim()).Append("\n\n");
        if (scene.Characters.Count > 0)
        {
            var described = scene.Characters.Select(c =>
                string.IsNullOrWhiteSpace(c.VisualDescription) ? c.Name : $"{c.Name}: {c.VisualDescription.Trim().TrimEnd('.')}");
            prompt.Append("In the frame: ").Append(string.Join("; ", described)).Append(".\n");
        }
        var place = string.IsNullOrWhiteSpace(settingDescription) ? scene.Location : settingDescription.Trim().TrimEnd('.');
        if (!string.IsNullOrWhiteSpace(place))
            prompt.Append("Setting: ").Append(place).Append(".\n");
        if (!string.IsNullOrWhiteSpace(scene.TimeOfDay))
            prompt.Append("Time of day: ").Append(scene.TimeOfDay.Trim().ToLowerInvariant()).Append(".\n");
        prompt.Append('\n').Append("Style: ").Append(Style).Append('.');
        return prompt.ToString();
    }
}
