using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Speech;
using ScriptToMovie.Media.Tests.Processes;

namespace ScriptToMovie.Media.Tests.Speech;

public sealed class SceneAudioTests : IDisposable
{
    private static readonly VoiceProfile Alice = VoiceProfile.Parse("espeak:en-us+f3:p55:s165");
    private static readonly VoiceProfile Bob = VoiceProfile.Parse("espeak:en-us+m3:p40:s160");
    private readonly TestFolder _folder = new();
    private readonly ProcessRunner _runner = SampleMedia.Runner;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Lines_follow_each_other_after_a_lead_in_with_a_breath_between_them()
    {
        DialogueLine[] lines = [new("ALICE", "Hi.", Alice, SourceLine: 10), new("BOB", "Hello.", Bob, SourceLine: 12)];

        var (timings, total) = SceneAudioBuilder.Schedule(lines, [Seconds(1.2), Seconds(2)], SceneAudioPacing.Natural);

        Assert.Equal((Seconds(0.5), Seconds(1.7)), (timings[0].Start, timings[0].End));
        Assert.Equal((Seconds(2.05), Seconds(4.05)), (timings[1].Start, timings[1].End));
        Assert.Equal(Seconds(4.55), total);
        Assert.Equal([10, 12], timings.Select(t => t.SourceLine!.Value));
    }

    [Fact]
    public void Dual_dialogue_is_spoken_at_once_and_the_next_line_waits_for_the_longer_half()
    {
        DialogueLine[] lines =
        [
            new("ALICE", "Stop!", Alice), new("BOB", "Wait, no, listen!", Bob, Dual: true), new("ALICE", "Fine.", Alice),
        ];

        var (timings, total) = SceneAudioBuilder.Schedule(lines, [Seconds(1), Seconds(3), Seconds(1)], SceneAudioPacing.Natural);

        Assert.Equal(timings[0].Start, timings[1].Start);
        Assert.Equal(Seconds(3.5) + Seconds(0.35), timings[2].Start);
        Assert.Equal(Seconds(5.35), total);
    }

    [Fact]
    public void The_mix_delays_each_line_to_its_start_and_keeps_every_voice_at_full_level()
    {
        var timings = new[]
        {
            new LineTiming(0, "ALICE", "Hi.", 1, Seconds(0.5), Seconds(1.5)),
            new LineTiming(1, "BOB", "Yo.", 2, Seconds(1.85), Seconds(2.5)),
        };

        Assert.Equal(
            [
                "-i", "/w/0.wav", "-i", "/w/1.wav",
                "-filter_complex",
                "[0:a]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,adelay=500:all=1[l0];" +
                "[1:a]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,adelay=1850:all=1[l1];" +
                "[l0][l1]amix=inputs=2:duration=longest:normalize=0,apad=whole_dur=3[mix]",
                "-map", "[mix]",
                "-c:a", "pcm_s16le", "-ar", "48000", "-ac", "2",
                "-t", "3",
                "/w/scene.wav",
            ],
            SceneAudioBuilder.MixArguments(["/w/0.wav", "/w/1.wav"], timings, Seconds(3), "/w/scene.wav"));
    }

    [Fact]
    public async Task A_scene_track_is_48k_stereo_and_each_line_is_heard_in_its_own_window()
    {
        var output = _folder.File("scene.wav");
        DialogueLine[] lines =
        [
            new("ALICE", "I have been waiting.", Alice, SourceLine: 10),
            new("BOB", "Traffic was terrible, I am so sorry.", Bob, Delivery.Soft, SourceLine: 12),
            new("ALICE", "Sit down!", Alice, Delivery.Loud, SourceLine: 14),
        ];

        var scene = await new SceneAudioBuilder(_runner).BuildAsync(lines, output, "making the voices for scene 1");

        var info = await new Probe(_runner).ReadAsync(output);
        Assert.Equal(scene.Duration.TotalSeconds, info.Duration.TotalSeconds, 0.02);
        Assert.Equal((48000, 2), (info.Audio!.SampleRate, info.Audio.Channels));
        Assert.Equal(Seconds(0.5), scene.Lines[0].Start);
        Assert.Equal(scene.Lines[^1].End + Seconds(0.5), scene.Duration);
        foreach (var line in scene.Lines)
        {
            Assert.True(line.End > line.Start);
            var level = await new VolumeDetect(output, line.Start, line.End - line.Start).RunAsync(_runner);
            Assert.True(level.IsAudible, $"{line.Speaker} at {line.Start} is silent");
        }
        Assert.False((await new VolumeDetect(output, TimeSpan.Zero, Seconds(0.45)).RunAsync(_runner)).IsAudible);
        Assert.Equal(["ALICE", "BOB", "ALICE"], scene.Cues().Select(c => c.Speaker));
        Assert.Equal([10, 12, 14], scene.Cues().Select(c => c.SourceLine!.Value));
    }

    private static TimeSpan Seconds(double s) => TimeSpan.FromSeconds(s);
}
