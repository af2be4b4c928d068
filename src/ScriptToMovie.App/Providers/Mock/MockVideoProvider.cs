using ScriptToMovie.App.Data;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Providers.Mock;

/// <summary>
/// The seed's Stage 1 mock: a plain placeholder card per scene, made locally, with the scene's voices.
/// MOCK_VIDEO_FAIL_SCENES=2,5 makes those scene numbers fail on every attempt of a run, while a retry the
/// user asks for succeeds, so the error states can be seen and tested without a paid service.
/// </summary>
public sealed class MockVideoProvider(ProcessRunner runner, ProviderSettings providers) : IVideoProvider
{
    public string Name => VideoProviders.Mock;

    public async Task GenerateAsync(ClipRequest request, GeneratedVideo row, CancellationToken ct)
    {
        if (!request.IsUserRetry && providers.MockVideoFailScenes.Contains(request.SceneNumber))
            throw new ClipFailedException(
                $"The mock video service was told to fail scene {request.SceneNumber} (MOCK_VIDEO_FAIL_SCENES).", transient: true);

        try
        {
            await new MockClip(request.SceneNumber, request.Heading, request.AudioPath, TimeSpan.FromSeconds(request.Duration))
                .RunAsync(runner, EncodingProfile.ForAspect(request.AspectRatio), request.OutputPath, progress: request.Progress, cancellationToken: ct);
        }
        catch (MediaProcessException e)
        {
            throw new ClipFailedException(e.UserMessage, transient: true, e);
        }
    }
}
