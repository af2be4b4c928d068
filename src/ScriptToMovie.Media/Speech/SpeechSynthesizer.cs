using System.Globalization;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.Media.Speech;

/// <summary>Speaks one line into a WAV file with espeak-ng (or flite) and measures how long it really is.</summary>
public sealed class SpeechSynthesizer(ProcessRunner runner)
{
    /// <summary>
    /// espeak-ng's arguments. The text itself goes in on stdin, so a line starting with "-" is never
    /// taken for an option and nothing needs quoting.
    /// </summary>
    public static IReadOnlyList<string> EspeakArguments(VoiceProfile voice, Delivery delivery, string outputPath) =>
    [
        "-v", voice.Voice,
        "-p", Number(Math.Clamp(voice.Pitch + delivery.PitchShift(), 0, 99)),
        "-s", Number(SpeedFor(voice, delivery)),
        "-a", Number(delivery.Amplitude()),
        "-w", outputPath,
        "--stdin",
    ];

    /// <summary>flite's arguments: speed becomes a duration stretch, pitch a target F0 between 70 and 250 Hz.</summary>
    public static IReadOnlyList<string> FliteArguments(string text, VoiceProfile voice, Delivery delivery, string outputPath) =>
    [
        "-voice", voice.Voice,
        "--setf", $"duration_stretch={((double)VoiceProfile.DefaultSpeed / SpeedFor(voice, delivery)).ToString("0.###", CultureInfo.InvariantCulture)}",
        "--setf", $"int_f0_target_mean={Number(70 + Math.Clamp(voice.Pitch + delivery.PitchShift(), 0, 99) * 180 / 99)}",
        "-t", text,
        "-o", outputPath,
    ];

    /// <summary>Writes <paramref name="outputPath"/> (a WAV) and returns its measured duration.</summary>
    public async Task<TimeSpan> SynthesizeAsync(
        string text,
        VoiceProfile voice,
        Delivery delivery,
        string outputPath,
        string? purpose = null,
        CancellationToken cancellationToken = default)
    {
        var spoken = Speakable(text);
        var failure = $"Speech synthesis failed while {purpose ?? "speaking a line of dialogue"}.";
        if (voice.Engine == SpeechEngine.Flite)
        {
            await runner.RunAsync(runner.Tools.Flite, FliteArguments(spoken, voice, delivery, outputPath), failure, cancellationToken);
            if (delivery != Delivery.Normal) await ApplyGainAsync(outputPath, delivery.GainDb(), cancellationToken);
        }
        else
        {
            await runner.RunAsync(runner.Tools.EspeakNg, EspeakArguments(voice, delivery, outputPath), failure,
                cancellationToken, standardInput: spoken);
        }
        return AudioDuration.TryReadWav(outputPath)
            ?? await new AudioDuration(new Probe(runner)).ReadAsync(outputPath, cancellationToken);
    }

    /// <summary>Screenplay emphasis marks (*, _) and stray brackets are read aloud by TTS engines; drop them.</summary>
    internal static string Speakable(string text)
    {
        var cleaned = new string(text.Where(c => c is not ('*' or '_' or '[' or ']' or '{' or '}' or '<' or '>')).ToArray());
        return string.Join(' ', cleaned.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task ApplyGainAsync(string wav, double gainDb, CancellationToken cancellationToken)
    {
        var louder = Path.ChangeExtension(wav, ".gain.wav");
        await runner.RunFFmpegAsync(
            ["-i", wav, "-af", $"volume={gainDb.ToString(CultureInfo.InvariantCulture)}dB", louder],
            "changing the loudness of a line", cancellationToken: cancellationToken, activity: "Speech synthesis");
        File.Move(louder, wav, overwrite: true);
    }

    private static int SpeedFor(VoiceProfile voice, Delivery delivery) =>
        (int)Math.Round(voice.Speed * delivery.SpeedFactor());

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
