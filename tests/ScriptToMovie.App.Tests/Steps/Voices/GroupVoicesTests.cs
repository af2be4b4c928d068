using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Speech;

namespace ScriptToMovie.App.Tests.Steps.Voices;

/// <summary>A line cued to several people is said by each of them at once, and subtitled once.</summary>
public class GroupVoicesTests
{
    private static SceneDialogueLine Line(int order, string speaker, string text) => new() { Order = order, Speaker = speaker, Text = text, SourceLine = order + 1 };

    [Fact]
    public void Mara_and_tom_and_both_are_spoken_by_each_member_over_one_another()
    {
        string[] cast = ["MARA", "TOM"];
        var stored = new[] { Line(0, "MARA", "Ready?"), Line(1, "TOM", "Ready."), Line(2, "MARA AND TOM", "Go!"), Line(3, "BOTH", "Now!"), Line(4, "A VOICE", "Stop!") };

        var (lines, echoes) = GroupVoices.Expand(stored, (l, who) => new DialogueLine(who, l.Text, VoiceProfile.ForCharacter(who, null), SourceLine: l.SourceLine), cast);

        Assert.Equal(7, lines.Count);
        Assert.Equal(["MARA", "TOM", "MARA AND TOM", "MARA AND TOM", "BOTH", "BOTH", "A VOICE"], lines.Select(l => l.Speaker));
        // Each member's own voice, the second heard over the first.
        Assert.Equal(VoiceProfile.ForCharacter("MARA", null), lines[2].Voice);
        Assert.Equal(VoiceProfile.ForCharacter("TOM", null), lines[3].Voice);
        Assert.True(lines[3].Dual);
        Assert.Equal(new HashSet<VoiceProfile> { VoiceProfile.ForCharacter("MARA", null), VoiceProfile.ForCharacter("TOM", null) }, lines.Skip(4).Take(2).Select(l => l.Voice).ToHashSet());
        Assert.Equal([3, 5], echoes.Order());
    }

    [Fact]
    public async Task A_group_line_is_heard_and_subtitled_once_under_its_cue()
    {
        await using var h = await StepHarness.CreateAsync();
        var scenes = await h.ScenesAsync();
        h.Db.DialogueLines.Add(new SceneDialogueLine { SceneId = scenes[2].Id, Order = 0, Speaker = "MARA AND TOM", Text = "Home at last.", SourceLine = 40 });
        await h.Db.SaveChangesAsync();

        await h.RunAsync<VoicesStep>();

        var row = await h.Db.SceneAudio.AsNoTracking().SingleAsync(a => a.SceneId == scenes[2].Id);
        var line = Assert.Single(LineTimingJson.Read(row.TimingsJson));
        Assert.Equal(("MARA AND TOM", "Home at last."), (line.Speaker, line.Text));
        var level = await new VolumeDetect(await h.LocalPathAsync(row.StorageKey!), TimeSpan.FromSeconds(line.Start), TimeSpan.FromSeconds(line.End - line.Start)).RunAsync(h.Runner);
        Assert.True(level.IsAudible);
    }
}
