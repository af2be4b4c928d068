using System.Text;

namespace ScriptToMovie.App.Steps.Prompts;

public sealed record PromptCharacter(string Name, string? VisualDescription);

/// <summary>
/// A scene's video prompt as the seed's Prompt Engineering Guide builds it: the scene's description, the
/// visual description of every character present (a video model does not remember characters across
/// clips), the setting, a camera direction and one cinematic style shared by every prompt of the movie.
/// </summary>
public static class VideoPromptText
{
    public const string Style = "film grain, warm color grade, natural lighting, shallow depth of field";

    public const string NegativePrompt = "blurry, distorted faces, extra limbs, on-screen text, watermark, low quality";

    public static string Build(string heading, string? description, IReadOnlyList<PromptCharacter> characters, string? setting, string camera)
    {
        var prompt = new StringBuilder();
        prompt.Append(string.IsNullOrWhiteSpace(description) ? heading : description.Trim()).Append("\n\n");
        if (characters.Count > 0)
        {
            var described = characters.Select(c =>
                string.IsNullOrWhiteSpace(c.VisualDescription) ? c.Name : $"{c.Name}: {c.VisualDescription.Trim().TrimEnd('.')}");
            prompt.Append("Characters present: ").Append(string.Join("; ", described)).Append(".\n");
        }
        if (!string.IsNullOrWhiteSpace(setting))
            prompt.Append("Setting: ").Append(setting.Trim().TrimEnd('.')).Append(".\n");
        prompt.Append("Camera: ").Append(camera).Append(".\n\n");
        prompt.Append("Cinematic style: ").Append(Style).Append('.');
        return prompt.ToString();
    }

    /// <summary>
    /// Seconds the clip should run, before the voices are made: the guide's 3–5 s for a short exchange and
    /// 6–10 s for action and establishing scenes, from the scene's own estimate or its dialogue.
    /// </summary>
    public static int Duration(int? sceneSeconds, string? dialogue, bool hasSpeech)
    {
        if (sceneSeconds is > 0) return Math.Clamp(sceneSeconds.Value, 3, 10);
        if (!hasSpeech) return 6;
        var words = (dialogue ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        // About 2.5 spoken words a second, plus a breath at the end.
        return Math.Clamp((int)Math.Ceiling(words / 2.5 + 0.8), 3, 10);
    }
}
