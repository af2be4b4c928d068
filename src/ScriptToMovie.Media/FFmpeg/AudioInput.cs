namespace ScriptToMovie.Media.FFmpeg;

/// <summary>A clip's audio: the given file, or generated silence, brought to the profile's layout and padded.</summary>
internal static class AudioInput
{
    public static IReadOnlyList<string> Arguments(string? audioPath, EncodingProfile profile) =>
        audioPath is null ? ["-f", "lavfi", "-i", profile.SilenceSource] : ["-i", audioPath];

    /// <summary>
    /// Resample, pad with silence and end on a whole AAC frame at or before the clip's end. Audio that ran
    /// into the last partial frame would overlap the next clip's first frame when clips are joined with
    /// <c>-c copy</c>, and the muxer would have to bend timestamps at every cut.
    /// </summary>
    public static string Filter(string inputLabel, EncodingProfile profile, TimeSpan clipLength) =>
        $"[{inputLabel}]aresample={profile.SampleRate}," +
        $"aformat=sample_fmts=fltp:channel_layouts={(profile.AudioChannels == 1 ? "mono" : "stereo")}," +
        $"apad,atrim=end_sample={profile.AudioSamplesFor(clipLength)}";
}
