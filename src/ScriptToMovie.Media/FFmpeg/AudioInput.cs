namespace ScriptToMovie.Media.FFmpeg;

/// <summary>A clip's audio: the given file, or generated silence, brought to the profile's layout and padded.</summary>
internal static class AudioInput
{
    public static IReadOnlyList<string> Arguments(string? audioPath, EncodingProfile profile) =>
        audioPath is null ? ["-f", "lavfi", "-i", profile.SilenceSource] : ["-i", audioPath];

    /// <summary>
    /// Resample and pad with silence; the output's <c>-t</c> then cuts it to the clip's length, so
    /// audio never ends early or runs past the picture.
    /// </summary>
    public static string Filter(string inputLabel, EncodingProfile profile) =>
        $"[{inputLabel}]aresample={profile.SampleRate}," +
        $"aformat=sample_fmts=fltp:channel_layouts={(profile.AudioChannels == 1 ? "mono" : "stereo")},apad";
}
