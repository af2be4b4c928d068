using ScriptToMovie.App.Data;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Providers.Animatic;

/// <summary>
/// The offline default: the scene's storyboard frame under a slow camera move, with the scene's voices
/// (silence where nobody speaks), lasting exactly the requested duration.
/// </summary>
public sealed class AnimaticVideoProvider(ProcessRunner runner) : IVideoProvider
{
    public string Name => VideoProviders.Animatic;

    public async Task GenerateAsync(ClipRequest request, GeneratedVideo row, CancellationToken ct)
    {
        var profile = EncodingProfile.ForAspect(request.AspectRatio);
        var length = TimeSpan.FromSeconds(request.Duration);
        try
        {
            if (request.FramePath is null)
            {
                // Without a frame there is nothing to move over; the placeholder card still carries the voices.
                await new MockClip(request.SceneNumber, request.Heading, request.AudioPath, length)
                    .RunAsync(runner, profile, request.OutputPath, progress: request.Progress, cancellationToken: ct);
                return;
            }
            // Neighbouring scenes never move the same way, so cuts read as cuts.
            await new StillToClip(request.FramePath, request.AudioPath, length, CameraMoves.ForScene(request.SceneNumber))
                .RunAsync(runner, profile, request.OutputPath, $"making the clip for scene {request.SceneNumber}", request.Progress, ct);
        }
        catch (MediaProcessException e)
        {
            throw new ClipFailedException(e.UserMessage, transient: true, e);
        }
    }
}
