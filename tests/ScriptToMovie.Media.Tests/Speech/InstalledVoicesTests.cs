using ScriptToMovie.Media.Processes;
using ScriptToMovie.Media.Speech;
using ScriptToMovie.Media.Tests.Processes;

namespace ScriptToMovie.Media.Tests.Speech;

public sealed class InstalledVoicesTests : IDisposable
{
    private readonly TestFolder _folder = new();
    private readonly ProcessRunner _runner = SampleMedia.Runner;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_listed_english_accent_speaks_with_a_listed_variant()
    {
        var catalog = await new InstalledVoices(_runner).ListAsync();

        Assert.Contains(catalog.Accents, a => a.Id == "en-us" && a.Name == "English (America)");
        Assert.All(catalog.Accents, a => Assert.StartsWith("en", a.Id));
        Assert.Contains(catalog.Variants, v => v.Id == "f3" && v.Gender == "female");
        Assert.Contains(catalog.Variants, v => v.Id == "m3" && v.Gender == "male");
        var synthesizer = new SpeechSynthesizer(_runner);
        foreach (var accent in catalog.Accents)
        {
            var voice = VoiceProfile.Parse($"espeak:{accent.Id}+{catalog.Variants[^1].Id}:p50:s170");
            var length = await synthesizer.SynthesizeAsync("Same time tomorrow?", voice, Delivery.Normal, _folder.File($"{accent.Id}.wav"));
            Assert.True(length > TimeSpan.FromSeconds(0.3), $"{voice} spoke for {length}.");
        }
    }

    [Fact]
    public async Task The_list_is_read_once_and_kept()
    {
        var voices = new InstalledVoices(_runner);
        Assert.Same(await voices.ListAsync(), await voices.ListAsync());
    }

    [Fact]
    public void Mbrola_voices_are_left_out_because_a_plain_install_cannot_speak_them()
    {
        const string listing = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
             5  en-us           --/F      us-mbrola-1        mb/mb-us1            (en 8)
             2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
            """;
        Assert.Equal([new VoiceAccent("en-us", "English (America)"), new VoiceAccent("en-gb", "English (Great Britain)")], InstalledVoices.ParseAccents(listing));
    }
}
