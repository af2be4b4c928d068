using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Steps.Trailer;
using ScriptToMovie.App.Storage;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Steps.Trailer;

public class TrailerStepTests
{
    [Fact]
    public async Task The_trailer_is_20_to_40_seconds_with_one_h264_and_one_aac_stream_and_its_frames_are_stored()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<TrailerStep>();

        var project = await h.Db.Projects.SingleAsync(p => p.Id == h.ProjectId);
        var key = StorageKey.For(h.ProjectId, "trailer", "trailer.mp4");
        Assert.Equal(StorageKey.Url(key), project.TrailerUrl);

        var info = await new Probe(h.Runner).ReadAsync(await h.LocalPathAsync(key));
        Assert.InRange(info.Duration.TotalSeconds, 20, 40);
        Assert.Equal(["h264", "aac"], info.Streams.Select(s => s.CodecName));

        var frames = await h.Db.StoryboardImages.Where(i => i.ProjectId == h.ProjectId && i.Kind == "trailer").ToListAsync();
        Assert.Equal(3, frames.Count);
        Assert.All(frames, f => Assert.Equal("completed", f.Status));
        Assert.True(await h.Storage.ExistsAsync(StorageKey.For(h.ProjectId, "trailer", "title.png")));
    }

    [Fact]
    public void The_trailer_takes_the_scenes_with_most_dialogue_and_characters_in_script_order()
    {
        var scenes = Enumerable.Range(0, 12)
            .Select(i => new TrailerCandidate(100 + i, i, DialogueLines: i % 4 == 1 ? 8 : 1, Characters: i == 10 ? 5 : 1))
            .ToList();

        var picked = TrailerScenes.Pick(scenes);

        Assert.Equal([101, 105, 109, 110], picked.Select(p => p.SceneId));
    }

    [Fact]
    public void A_short_script_uses_all_its_scenes_and_a_long_one_at_most_eight()
    {
        TrailerCandidate Scene(int i) => new(i, i, i % 3, 1);
        Assert.Equal(3, TrailerScenes.Pick([.. Enumerable.Range(0, 3).Select(Scene)]).Count);
        Assert.Equal(8, TrailerScenes.Pick([.. Enumerable.Range(0, 48).Select(Scene)]).Count);
    }

    [Fact]
    public void The_title_card_reads_the_title_page_and_falls_back_to_the_project_title()
    {
        Assert.Equal(new TrailerTitle("The Lighthouse Keys", "Written by Ada Writer"), TrailerTitle.From("The Lighthouse Keys", "Written by Ada Writer", "Project name"));
        Assert.Equal(new TrailerTitle("BRICK & STEEL", "FULL RETIRED"), TrailerTitle.From("BRICK & STEEL\nFULL RETIRED", "Written by Stu Maschwitz", "Project name"));
        Assert.Equal(new TrailerTitle("Project name", null), TrailerTitle.From(null, null, "Project name"));
    }
}
