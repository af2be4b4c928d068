using ScriptToMovie.App.Steps;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Steps.Storyboard;
using ScriptToMovie.Media.Frames;

namespace ScriptToMovie.App.Tests.Steps.Storyboard;

public class StoryboardStepTests
{
    [Fact]
    public async Task Every_scene_gets_a_validated_frame_at_the_movie_size()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<StoryboardStep>();

        var frames = await h.Db.StoryboardImages.Where(i => i.ProjectId == h.ProjectId && i.Kind == "scene").ToListAsync();
        Assert.Equal(3, frames.Count);
        foreach (var frame in frames)
        {
            Assert.Equal("completed", frame.Status);
            Assert.Equal((1280, 720), (frame.Width, frame.Height));
            var png = await File.ReadAllBytesAsync(await h.LocalPathAsync(frame.StorageKey!));
            Assert.True(FrameValidator.Validate(png, 1280, 720).Ok);
        }
        Assert.Equal((0, "Drawing 3 frames"), h.Reports[0]);
        Assert.Equal(100, h.Reports[^1].Progress);
        Assert.Equal(4, h.Reports.Count);
    }

    [Fact]
    public async Task Portrait_projects_get_portrait_frames()
    {
        await using var h = await StepHarness.CreateAsync(aspect: "9:16");
        await h.RunAsync<StoryboardStep>();

        var frame = await h.Db.StoryboardImages.FirstAsync(i => i.ProjectId == h.ProjectId && i.Kind == "scene");
        var png = await File.ReadAllBytesAsync(await h.LocalPathAsync(frame.StorageKey!));
        Assert.True(FrameValidator.Validate(png, 720, 1280).Ok);
    }

    [Fact]
    public async Task A_validated_trailer_frame_is_reused_as_the_scene_frame()
    {
        await using var h = await StepHarness.CreateAsync();
        var scene = (await h.ScenesAsync())[1];
        var project = await h.Db.Projects.AsNoTracking().FirstAsync(p => p.Id == h.ProjectId);
        var request = (await SceneFrames.RequestsAsync(h.Db, project, [scene], default))[scene.Id];
        // A trailer frame that differs from a fresh painting only in its seed, so reuse is visible.
        var trailerPng = StoryboardPainter.PaintPng(request with { Seed = request.Seed + 1 });
        var key = SceneFrames.KeyFor(h.ProjectId, "trailer", scene.SceneNumber);
        await h.Storage.PutBytesAsync(key, trailerPng);
        h.Db.StoryboardImages.Add(new StoryboardImage
        {
            ProjectId = h.ProjectId, SceneId = scene.Id, Kind = "trailer", Status = "completed", StorageKey = key, Width = 1280, Height = 720,
        });
        await h.Db.SaveChangesAsync();

        var context = await h.RunAsync<StoryboardStep>();

        var sceneFrame = await h.Db.StoryboardImages.SingleAsync(i => i.SceneId == scene.Id && i.Kind == "scene");
        Assert.Equal(trailerPng, await File.ReadAllBytesAsync(await h.LocalPathAsync(sceneFrame.StorageKey!)));
        Assert.Contains("Reused 1 trailer frame.", context.Notes);
    }

    [Fact]
    public async Task A_second_run_keeps_the_frames_it_already_drew()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<StoryboardStep>();
        var first = await h.Db.StoryboardImages.Where(i => i.Kind == "scene").Select(i => new { i.Id, i.StorageKey }).ToListAsync();
        var written = File.GetLastWriteTimeUtc(await h.LocalPathAsync(first[0].StorageKey!));

        await h.RunAsync<StoryboardStep>();

        var second = await h.Db.StoryboardImages.Where(i => i.Kind == "scene").Select(i => new { i.Id, i.StorageKey }).ToListAsync();
        Assert.Equal(first, second);
        Assert.Equal(written, File.GetLastWriteTimeUtc(await h.LocalPathAsync(first[0].StorageKey!)));
    }
}
