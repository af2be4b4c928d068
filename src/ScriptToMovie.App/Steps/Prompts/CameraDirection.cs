using ScriptToMovie.Media.FFmpeg;

namespace ScriptToMovie.App.Steps.Prompts;

/// <summary>
/// The camera for a scene, worded for a video model: the framing a storyboard artist would choose from who
/// is in the scene (as the storyboard frame is composed), and the same slow move the animatic makes.
/// </summary>
public static class CameraDirection
{
    public static string For(int sceneNumber, int charactersPresent, int speakers)
    {
        var framing = (speakers, charactersPresent) switch
        {
            (0, 0) => "wide establishing shot",
            (1, <= 4) => "medium close-up on the speaker",
            (2, <= 4) => "two-shot, both speakers in frame",
            _ => "wide shot holding the whole group",
        };
        var move = CameraMoves.ForScene(sceneNumber) switch
        {
            CameraMove.ZoomIn => "slow dolly forward",
            CameraMove.ZoomOut => "slow dolly back",
            CameraMove.PanLeft => "slow pan left",
            CameraMove.PanRight => "slow pan right",
            _ => "locked-off camera",
        };
        return $"{framing}, {move}";
    }
}
