using System.Text.Json;

namespace ScriptToMovie.App.Tests.Steps.Export;

[Collection(ExportedProjectsCollection.Name)]
public class OtioWriterTests(ExportedProjects projects)
{
    [Theory]
    [InlineData("16:9")]
    [InlineData("9:16")]
    public void The_otio_timeline_has_every_key_a_reader_requires_and_its_tracks_last_as_long_as_the_movie(string aspect)
    {
        var bundle = aspect == "16:9" ? projects.Landscape : projects.Portrait;
        using var otio = JsonDocument.Parse(File.ReadAllText(bundle.File(".otio")));
        var timeline = otio.RootElement;
        Assert.Equal("Timeline.1", timeline.GetProperty("OTIO_SCHEMA").GetString());
        var stack = timeline.GetProperty("tracks");
        Assert.Equal("Stack.1", stack.GetProperty("OTIO_SCHEMA").GetString());
        var tracks = stack.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["Video", "Audio"], tracks.Select(t => t.GetProperty("kind").GetString()));

        foreach (var track in tracks)
        {
            Assert.Equal("Track.1", track.GetProperty("OTIO_SCHEMA").GetString());
            var clips = track.GetProperty("children").EnumerateArray().ToList();
            Assert.Equal(bundle.Manifest.Scenes.Count, clips.Count);
            long total = 0;
            foreach (var clip in clips)
            {
                Assert.Equal("Clip.2", clip.GetProperty("OTIO_SCHEMA").GetString());
                var key = clip.GetProperty("active_media_reference_key").GetString()!;
                var reference = clip.GetProperty("media_references").GetProperty(key);
                Assert.Equal("ExternalReference.1", reference.GetProperty("OTIO_SCHEMA").GetString());
                var url = reference.GetProperty("target_url").GetString()!;
                Assert.DoesNotContain("file:", url);
                bundle.Resolve(url);
                var used = Frames(clip.GetProperty("source_range").GetProperty("duration"));
                Assert.True(Frames(reference.GetProperty("available_range").GetProperty("duration")) >= used, "available_range must cover source_range");
                total += used;
            }
            Assert.Equal(bundle.MovieFrames, total);
        }

        var markers = stack.GetProperty("markers").EnumerateArray().ToList();
        Assert.Equal(bundle.Manifest.Scenes.Count, markers.Count);
        Assert.All(markers, m => Assert.Equal("Marker.2", m.GetProperty("OTIO_SCHEMA").GetString()));
        Assert.Equal(bundle.Manifest.Scenes.Select(s => $"Sc {s.SceneNumber} - {s.Heading}"), markers.Select(m => m.GetProperty("name").GetString()));
        Assert.Contains("kettle screams", markers[0].GetProperty("comment").GetString());
        Assert.Equal(bundle.Manifest.Scenes.Select(s => (long)Math.Round(s.Start * 24)),
            markers.Select(m => Frames(m.GetProperty("marked_range").GetProperty("start_time"))));
    }

    /// <summary>Every RationalTime on the 24 grid: integer rate 24 and a whole number of frames.</summary>
    private static long Frames(JsonElement time)
    {
        Assert.Equal("RationalTime.1", time.GetProperty("OTIO_SCHEMA").GetString());
        Assert.Equal(24, time.GetProperty("rate").GetDouble());
        Assert.True(time.GetProperty("value").TryGetInt64(out var frames), "OTIO times are whole frames");
        return frames;
    }
}
