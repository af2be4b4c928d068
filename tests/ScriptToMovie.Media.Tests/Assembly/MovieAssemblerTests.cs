using ScriptToMovie.Media.Assembly;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Speech;
using ScriptToMovie.Media.Subtitles;
using ScriptToMovie.Media.Tests.Processes;

namespace ScriptToMovie.Media.Tests.Assembly;

public sealed class MovieAssemblerTests : IDisposable
{
    private static readonly EncodingProfile Small = new(256, 144);
    private readonly TestFolder _folder = new();
    private readonly ProcessRunner _runner = SampleMedia.Runner;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Scenes_are_laid_end_to_end_and_their_cues_move_with_them()
    {
        SceneClip[] scenes =
        [
            new("/m/1.mp4", TimeSpan.FromSeconds(4), "INT. A - DAY", [Cue(0.5, 2, "ALICE")]),
            new("/m/2.mp4", TimeSpan.FromSeconds(3), "EXT. B - NIGHT", [Cue(0.5, 3.4, "BOB")]),
        ];

        var (placements, cues, duration) = MovieAssembler.Place(scenes);

        Assert.Equal(TimeSpan.FromSeconds(7), duration);
        Assert.Equal(new ScenePlacement(1, "EXT. B - NIGHT", TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(7)), placements[1]);
        Assert.Equal(TimeSpan.FromSeconds(4.5), cues[1].Start);
        // The cue that overran its scene ends with it.
        Assert.Equal(TimeSpan.FromSeconds(7), cues[1].End);
    }

    [Fact]
    public async Task Voiced_scenes_become_a_movie_with_chapters_subtitles_and_caption_files_in_step_with_the_speech()
    {
        var alice = VoiceProfile.ForCharacter("ALICE", "she");
        var bob = VoiceProfile.ForCharacter("BOB", "he");
        var voices = new SceneAudioBuilder(_runner);
        var scenes = new List<SceneClip>();
        var frame = SampleMedia.Png(_folder.File("frame.png"), 256, 144);
        DialogueLine[][] dialogue =
        [
            [new("ALICE", "Where were you?", alice, SourceLine: 3), new("BOB", "Out.", bob, SourceLine: 5)],
            [new("BOB", "It is late.", bob, Delivery.Soft, SourceLine: 9)],
        ];
        for (var i = 0; i < dialogue.Length; i++)
        {
            var audio = await voices.BuildAsync(dialogue[i], _folder.File($"scene{i + 1}.wav"));
            var length = await new StillToClip(frame, audio.Path, audio.Duration, CameraMoves.ForScene(i + 1))
                .RunAsync(_runner, Small, _folder.File($"scene{i + 1}.mp4"));
            scenes.Add(new SceneClip(_folder.File($"scene{i + 1}.mp4"), length, $"INT. ROOM {i + 1} - NIGHT", audio.Cues()));
        }

        var movie = await new MovieAssembler(_runner).AssembleAsync(scenes, _folder.File("movie.mp4"), "Late");

        var info = await new Probe(_runner).ReadAsync(movie.MoviePath);
        Assert.Equal(movie.Duration.TotalSeconds, info.Duration.TotalSeconds, 0.1);
        Assert.Equal(2, info.ChapterCount);
        Assert.Single(info.StreamsOfType("subtitle"));
        Assert.Equal(3, movie.Cues.Count);
        var srt = await File.ReadAllTextAsync(movie.SrtPath);
        Assert.Contains("ALICE: Where were you?", srt);
        Assert.Contains("BOB: It is late.", srt);
        Assert.Contains("<v BOB>Out.", await File.ReadAllTextAsync(movie.VttPath));
        foreach (var cue in movie.Cues)
        {
            var level = await new VolumeDetect(movie.MoviePath, cue.Start, cue.End - cue.Start).RunAsync(_runner);
            Assert.True(level.IsAudible, $"{cue.Speaker} is silent at {cue.Start}");
        }
    }

    private static SubtitleCue Cue(double start, double end, string speaker) =>
        new(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), speaker, "Line.");
}
