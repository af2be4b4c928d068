using ScriptToMovie.App.Data;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Providers.Painted;

/// <summary>
/// The offline storyboard: every frame drawn here by the SkiaSharp painter from the scene's setting, time of day,
/// cast and action. Free, deterministic (the same scene draws the same picture on every machine) and quick.
/// </summary>
public sealed class PaintedImageProvider : IImageProvider
{
    public string Name => ImageProviders.Painted;

    public Task<byte[]> MakeAsync(FrameJob job, StoryboardImage row, CancellationToken ct)
    {
        row.Provider = Name;
        try
        {
            return Task.FromResult(StoryboardPainter.PaintPng(job.Drawing));
        }
        // A painter bug on one odd scene must not cost the other scenes their frames.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FrameFailedException($"The frame for scene {job.SceneNumber} could not be drawn.", inner: e);
        }
    }
}
