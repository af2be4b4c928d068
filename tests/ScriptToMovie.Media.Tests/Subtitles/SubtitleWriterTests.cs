using ScriptToMovie.Media.Subtitles;

namespace ScriptToMovie.Media.Tests.Subtitles;

public sealed class SubtitleWriterTests
{
    private static readonly SubtitleCue[] Cues =
    [
        new(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2.25), "ALICE", "I have been waiting.", 12),
        new(TimeSpan.FromSeconds(3723.004), TimeSpan.FromSeconds(3725), "BOB", "Fish & chips <again>?", 14),
    ];

    [Fact]
    public void Srt_numbers_each_cue_uses_comma_milliseconds_and_names_the_speaker()
    {
        Assert.Equal(
            "1\n00:00:00,500 --> 00:00:02,250\nALICE: I have been waiting.\n\n" +
            "2\n01:02:03,004 --> 01:02:05,000\nBOB: Fish & chips <again>?\n\n",
            SrtWriter.Write(Cues));
    }

    [Fact]
    public void Vtt_has_a_header_dot_milliseconds_and_a_voice_tag_per_speaker()
    {
        Assert.Equal(
            "WEBVTT\n\n" +
            "00:00:00.500 --> 00:00:02.250\n<v ALICE>I have been waiting.\n\n" +
            "01:02:03.004 --> 01:02:05.000\n<v BOB>Fish &amp; chips &lt;again&gt;?\n\n",
            VttWriter.Write(Cues));
    }

    [Fact]
    public void Long_lines_are_wrapped_into_rows_a_viewer_can_read()
    {
        var cue = new SubtitleCue(TimeSpan.Zero, TimeSpan.FromSeconds(4), "MARGARET",
            "Nobody in this family has ever once remembered my birthday without being reminded.");

        var rows = SrtWriter.Write([cue]).Split('\n').Skip(2).TakeWhile(r => r.Length > 0).ToList();

        Assert.True(rows.Count >= 2);
        Assert.All(rows, r => Assert.True(r.Length <= 42, r));
        Assert.StartsWith("MARGARET: Nobody", rows[0]);
    }

    [Fact]
    public void Cues_of_a_scene_move_to_where_the_scene_starts_in_the_movie()
    {
        var shifted = Cues.Offset(TimeSpan.FromSeconds(10)).ToList();

        Assert.Equal(TimeSpan.FromSeconds(10.5), shifted[0].Start);
        Assert.Equal(TimeSpan.FromSeconds(12.25), shifted[0].End);
        Assert.Equal(12, shifted[0].SourceLine);
        Assert.Equal("00:00:10,500", SrtWriter.Timestamp(shifted[0].Start));
    }

    [Fact]
    public void Narration_without_a_speaker_has_no_label()
    {
        var cue = new SubtitleCue(TimeSpan.Zero, TimeSpan.FromSeconds(1), null, "Years later.");

        Assert.Contains("\nYears later.\n", SrtWriter.Write([cue]));
        Assert.EndsWith("\nYears later.\n\n", VttWriter.Write([cue]));
    }
}
