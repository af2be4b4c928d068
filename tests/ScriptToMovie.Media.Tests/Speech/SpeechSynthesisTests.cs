using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Speech;
using ScriptToMovie.Media.Tests.Processes;

namespace ScriptToMovie.Media.Tests.Speech;

public sealed class SpeechSynthesisTests : IDisposable
{
    private static readonly VoiceProfile Alice = VoiceProfile.Parse("espeak:en-us+f3:p55:s165");
    private readonly TestFolder _folder = new();
    private readonly ProcessRunner _runner = SampleMedia.Runner;
    private readonly SpeechSynthesizer _speech = new(SampleMedia.Runner);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Espeak_gets_the_voice_pitch_speed_and_loudness_and_reads_the_text_from_stdin()
    {
        Assert.Equal(
            ["-v", "en-us+f3", "-p", "55", "-s", "165", "-a", "100", "-w", "/m/l.wav", "--stdin"],
            SpeechSynthesizer.EspeakArguments(Alice, Delivery.Normal, "/m/l.wav"));
        Assert.Equal(
            ["-v", "en-us+f3", "-p", "65", "-s", "185", "-a", "190", "-w", "/m/l.wav", "--stdin"],
            SpeechSynthesizer.EspeakArguments(Alice, Delivery.Loud, "/m/l.wav"));
        Assert.Equal(
            ["-v", "en-us+f3", "-p", "50", "-s", "145", "-a", "35", "-w", "/m/l.wav", "--stdin"],
            SpeechSynthesizer.EspeakArguments(Alice, Delivery.Soft, "/m/l.wav"));
    }

    [Fact]
    public async Task A_spoken_line_has_a_measured_length_and_can_be_heard()
    {
        var wav = _folder.File("line.wav");

        var length = await _speech.SynthesizeAsync("I have been waiting.", Alice, Delivery.Normal, wav);

        Assert.InRange(length.TotalSeconds, 0.5, 4);
        Assert.Equal((await new Probe(_runner).DurationAsync(wav)).TotalSeconds, length.TotalSeconds, 0.01);
        Assert.True((await new VolumeDetect(wav).RunAsync(_runner)).IsAudible);
    }

    [Fact]
    public async Task A_whisper_is_quieter_and_slower_than_a_shout()
    {
        const string line = "Get out of my house right now.";
        var whisper = _folder.File("whisper.wav");
        var shout = _folder.File("shout.wav");

        var whisperLength = await _speech.SynthesizeAsync(line, Alice, Delivery.Soft, whisper);
        var shoutLength = await _speech.SynthesizeAsync(line, Alice, Delivery.Loud, shout);

        var whisperLevel = await new VolumeDetect(whisper).RunAsync(_runner);
        var shoutLevel = await new VolumeDetect(shout).RunAsync(_runner);
        Assert.True(whisperLevel.MeanDb < shoutLevel.MeanDb - 6, $"whisper {whisperLevel.MeanDb} dB, shout {shoutLevel.MeanDb} dB");
        Assert.True(whisperLength > shoutLength);
    }

    [Fact]
    public async Task A_line_that_starts_like_an_option_is_spoken_not_parsed()
    {
        var wav = _folder.File("dash.wav");

        var length = await _speech.SynthesizeAsync("-v --help, *really*?", Alice, Delivery.Normal, wav);

        Assert.True(length > TimeSpan.FromSeconds(0.5));
    }

    [Fact]
    public async Task Flite_speaks_a_line_too_and_a_whisper_is_quieter()
    {
        var slt = VoiceProfile.Parse("flite:slt:p60:s170");
        var normal = _folder.File("flite.wav");
        var soft = _folder.File("flite-soft.wav");

        var length = await _speech.SynthesizeAsync("Good morning, everyone.", slt, Delivery.Normal, normal);
        await _speech.SynthesizeAsync("Good morning, everyone.", slt, Delivery.Soft, soft);

        Assert.InRange(length.TotalSeconds, 0.5, 4);
        Assert.True((await new VolumeDetect(soft).RunAsync(_runner)).MeanDb < (await new VolumeDetect(normal).RunAsync(_runner)).MeanDb - 6);
    }

    [Fact]
    public async Task A_voice_that_espeak_does_not_know_fails_with_a_sentence()
    {
        var error = await Assert.ThrowsAsync<MediaProcessException>(() => _speech.SynthesizeAsync(
            "Hello.", new VoiceProfile(SpeechEngine.Espeak, "xx-nowhere", 50, 170), Delivery.Normal,
            _folder.File("x.wav"), "speaking a line for ALICE"));

        Assert.Equal("Speech synthesis failed while speaking a line for ALICE.", error.UserMessage);
    }
}
