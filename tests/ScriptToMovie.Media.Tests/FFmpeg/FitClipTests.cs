using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Tests.Processes;

namespace ScriptToMovie.Media.Tests.FFmpeg;

public sealed class FitClipTests
{
    [Fact]
    public void A_generated_video_is_scaled_to_the_profile_given_the_scene_audio_and_held_on_its_last_frame()
    {
        var recipe = new FitClip("/m/kling.mp4", "/m/scene.wav", TimeSpan.FromSeconds(7.2));

        Assert.Equal(
            [
                "-i", "/m/kling.mp4",
                "-i", "/m/scene.wav",
                "-filter_complex",
                "[0:v]scale=1280:720:force_original_aspect_ratio=increase,crop=1280:720,setsar=1,fps=24," +
                "tpad=stop_mode=clone:stop_duration=7.208,format=yuv420p[v];" +
                "[1:a]aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=end_sample=345088[a]",
                "-map", "[v]", "-map", "[a]",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-r", "24",
                "-c:a", "aac", "-b:a", "128k", "-ar", "48000", "-ac", "2",
                "-t", "7.208",
                "/m/clip.mp4",
            ],
            recipe.Arguments(EncodingProfile.Landscape, "/m/clip.mp4"));
    }

    [Fact]
    public void A_silent_scene_gets_generated_silence_instead_of_the_videos_own_sound()
    {
        var arguments = new FitClip("/m/kling.mp4", null, TimeSpan.FromSeconds(5)).Arguments(EncodingProfile.Portrait, "/m/clip.mp4");

        Assert.Equal(["-i", "/m/kling.mp4", "-f", "lavfi", "-i", "anullsrc=r=48000:cl=stereo"], arguments.Take(6));
        Assert.StartsWith("[0:v]scale=720:1280:force_original_aspect_ratio=increase,crop=720:1280", arguments[7]);
        Assert.Equal(["-map", "[v]", "-map", "[a]"], arguments.Skip(8).Take(4));
    }

    [Fact]
    public async Task A_short_video_under_long_speech_becomes_a_clip_as_long_as_the_speech()
    {
        var dir = Directory.CreateTempSubdirectory("fitclip-").FullName;
        try
        {
            var profile = new EncodingProfile(320, 180, Preset: "ultrafast");
            var source = Path.Combine(dir, "source.mp4");
            await new MockClip(1, "Source", null, TimeSpan.FromSeconds(1)).RunAsync(SampleMedia.Runner, new EncodingProfile(160, 120, 30), source);
            var speech = await SampleMedia.ToneWav(Path.Combine(dir, "speech.wav"), 2.5);
            var output = Path.Combine(dir, "clip.mp4");

            var length = await new FitClip(source, speech, TimeSpan.FromSeconds(2.5)).RunAsync(SampleMedia.Runner, profile, output);

            var info = await new Probe(SampleMedia.Runner).ReadAsync(output);
            var video = info.Video!;
            Assert.Equal((320, 180), (video.Width, video.Height));
            Assert.Equal(24, video.FramesPerSecond!.Value, 1);
            Assert.InRange(info.Duration.TotalSeconds, 2.45, 2.6);
            Assert.Equal(2.5, length.TotalSeconds, 2);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
