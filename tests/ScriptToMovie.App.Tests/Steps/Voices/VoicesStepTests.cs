using ScriptToMovie.App.Data;
using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.Media.FFmpeg;
using ScriptToMovie.Media.Speech;

namespace ScriptToMovie.App.Tests.Steps.Voices;

public class VoicesStepTests
{
    [Fact]
    public async Task Each_character_gets_a_distinct_voice_that_stays_the_same_on_a_second_run()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<VoicesStep>();
        var first = await h.Db.Characters.OrderBy(c => c.Name).Select(c => c.Voice).ToListAsync();

        Assert.All(first, v => Assert.True(VoiceProfile.TryParse(v, out _)));
        Assert.Equal(2, first.Distinct().Count());
        // Mara is described as a woman, Tom as a man.
        Assert.True(VoiceProfile.Parse(first[0]!).SoundsFemale);
        Assert.False(VoiceProfile.Parse(first[1]!).SoundsFemale);

        await h.RunAsync<VoicesStep>(onlyScenes: (await h.ScenesAsync()).Select(s => s.Id).ToHashSet());
        Assert.Equal(first, await h.Db.Characters.OrderBy(c => c.Name).Select(c => c.Voice).ToListAsync());
    }

    [Fact]
    public async Task A_voice_the_user_chose_is_kept()
    {
        await using var h = await StepHarness.CreateAsync();
        var tom = await h.Db.Characters.FirstAsync(c => c.Name == "TOM");
        tom.Voice = "espeak:en-gb+m3:p20:s140";
        await h.Db.SaveChangesAsync();

        await h.RunAsync<VoicesStep>();

        Assert.Equal("espeak:en-gb+m3:p20:s140", (await h.Db.Characters.FirstAsync(c => c.Name == "TOM")).Voice);
    }

    [Fact]
    public async Task Every_spoken_scene_gets_audible_audio_with_each_line_timed_and_the_silent_scene_gets_none()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<VoicesStep>();
        var scenes = await h.ScenesAsync();
        var rows = await h.Db.SceneAudio.ToDictionaryAsync(a => a.SceneId);

        var harbour = rows[scenes[0].Id];
        var lighthouse = rows[scenes[1].Id];
        var cliff = rows[scenes[2].Id];
        Assert.All(new[] { harbour, lighthouse, cliff }, r => Assert.Equal("completed", r.Status));

        var lines = LineTimingJson.Read(lighthouse.TimingsJson);
        Assert.Equal(["TOM", "MARA", "TOM", "MARA"], lines.Select(l => l.Speaker));
        Assert.Equal("Then I already know.", lines[3].Text);
        Assert.Equal(26, lines[3].SourceLine);
        Assert.True(lines[0].End <= lines[1].Start, "lines in script order follow each other");
        // Dual dialogue: Mara answers at the same moment as Tom's last line.
        Assert.Equal(lines[2].Start, lines[3].Start);
        Assert.InRange(lighthouse.Duration, lines.Max(l => l.End), lines.Max(l => l.End) + 1.0);

        foreach (var row in new[] { harbour, lighthouse })
        {
            var wav = await h.LocalPathAsync(row.StorageKey!);
            var first = LineTimingJson.Read(row.TimingsJson)[0];
            var level = await new VolumeDetect(wav, TimeSpan.FromSeconds(first.Start), TimeSpan.FromSeconds(first.End - first.Start)).RunAsync(h.Runner);
            Assert.True(level.IsAudible, $"scene audio {row.StorageKey} is silent during its first line");
        }

        Assert.Null(cliff.StorageKey);
        Assert.Equal(0, cliff.Duration);
        Assert.Empty(LineTimingJson.Read(cliff.TimingsJson));
    }

    [Fact]
    public async Task A_whispered_line_is_quieter_than_the_same_voice_speaking_normally()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<VoicesStep>();
        var mara = VoiceProfile.Parse((await h.Db.Characters.FirstAsync(c => c.Name == "MARA")).Voice!);
        var whisperRow = await h.Db.SceneAudio.FirstAsync(a => a.SceneId == h.Db.Scenes.First(s => s.SceneNumber == 1).Id);
        var whispered = await new VolumeDetect(await h.LocalPathAsync(whisperRow.StorageKey!)).RunAsync(h.Runner);

        var normal = Path.Combine(h.Directory, "normal.wav");
        await new SpeechSynthesizer(h.Runner).SynthesizeAsync("He should have been here by now.", mara, Delivery.Normal, normal);
        var spoken = await new VolumeDetect(normal).RunAsync(h.Runner);

        Assert.True(whispered.MaxDb < spoken.MaxDb - 3, $"whispered peak {whispered.MaxDb} dB vs normal {spoken.MaxDb} dB");
    }

    [Fact]
    public async Task A_project_parsed_before_dialogue_rows_existed_gets_them_once_from_its_script()
    {
        // The harness seeds scenes as an earlier parse stored them: no dialogue lines, no title page.
        await using var h = await StepHarness.CreateAsync();
        Assert.False(await h.Db.TitlePages.AnyAsync());
        await h.RunAsync<VoicesStep>();

        var scenes = await h.ScenesAsync();
        var stored = await h.Db.DialogueLines.Where(l => l.SceneId == scenes[1].Id).OrderBy(l => l.Order).Select(l => l.Speaker).ToListAsync();
        Assert.Equal(["TOM", "MARA", "TOM", "MARA"], stored);
        Assert.Equal(5, await h.Db.DialogueLines.CountAsync());
        Assert.Equal("The Lighthouse Keys", (await h.Db.TitlePages.SingleAsync()).Title);

        await h.RunAsync<VoicesStep>(userRetry: true);
        Assert.Equal(5, await h.Db.DialogueLines.CountAsync());
    }

    [Fact]
    public async Task Scenes_are_voiced_from_the_stored_lines_not_the_script()
    {
        await using var h = await StepHarness.CreateAsync();
        var scenes = await h.ScenesAsync();
        h.Db.TitlePages.Add(new TitlePageRow { ProjectId = h.ProjectId, Title = "The Lighthouse Keys" });
        h.Db.DialogueLines.Add(new SceneDialogueLine { SceneId = scenes[2].Id, Order = 0, Speaker = "TOM", Text = "The wind took the keys.", SourceLine = 33 });
        await h.Db.SaveChangesAsync();
        await h.Db.Projects.Where(p => p.Id == h.ProjectId).ExecuteUpdateAsync(u => u.SetProperty(p => p.ScriptContent, "Not a screenplay any more."));

        await h.RunAsync<VoicesStep>();

        var rows = await h.Db.SceneAudio.AsNoTracking().ToDictionaryAsync(a => a.SceneId);
        var cliff = Assert.Single(LineTimingJson.Read(rows[scenes[2].Id].TimingsJson));
        Assert.Equal(("TOM", "The wind took the keys.", 33), (cliff.Speaker, cliff.Text, cliff.SourceLine));
        Assert.Empty(LineTimingJson.Read(rows[scenes[0].Id].TimingsJson));
    }
}
