using Microsoft.EntityFrameworkCore;
using ScriptToMovie.App.Steps.Prompts;

namespace ScriptToMovie.App.Tests.Steps.Prompts;

public class PromptsStepTests
{
    [Fact]
    public async Task Every_prompt_describes_each_character_present_the_setting_a_camera_and_the_style()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<PromptsStep>();

        var scenes = await h.ScenesAsync();
        var prompts = await h.Db.VideoPrompts.Where(p => p.ProjectId == h.ProjectId).ToDictionaryAsync(p => p.SceneId);
        Assert.Equal(3, prompts.Count);

        var lighthouse = prompts[scenes[1].Id];
        Assert.StartsWith("Tom climbs the stairs. Mara follows him.", lighthouse.Prompt);
        Assert.Contains($"TOM: {SampleScript.TomLook}", lighthouse.Prompt);
        Assert.Contains($"MARA: {SampleScript.MaraLook}", lighthouse.Prompt);
        Assert.Contains("Setting: a narrow spiral staircase of white-washed stone.", lighthouse.Prompt);
        Assert.Contains("two-shot", lighthouse.Camera);
        Assert.Contains("Cinematic style: " + VideoPromptText.Style, lighthouse.Prompt);

        var harbour = prompts[scenes[0].Id];
        Assert.Contains(SampleScript.MaraLook, harbour.Prompt);
        Assert.DoesNotContain(SampleScript.TomLook, harbour.Prompt);
        Assert.Contains("close-up", harbour.Camera);

        // Nobody is in the last scene and its setting has no description: the heading says where and when.
        var cliff = prompts[scenes[2].Id];
        Assert.DoesNotContain("Characters present", cliff.Prompt);
        Assert.Contains("Setting: exterior, CLIFF ROAD, dusk.", cliff.Prompt);
        Assert.Contains("wide establishing shot", cliff.Camera);

        Assert.Single(prompts.Values.Select(p => p.Style).Distinct());
        Assert.All(prompts.Values, p => Assert.InRange(p.Duration, 3, 10));
    }

    [Fact]
    public async Task A_prompt_the_user_edited_is_kept_when_the_step_runs_again()
    {
        await using var h = await StepHarness.CreateAsync();
        await h.RunAsync<PromptsStep>();
        var edited = await h.Db.VideoPrompts.FirstAsync();
        edited.Prompt = "My own words for this scene.";
        edited.Edited = true;
        var untouched = await h.Db.VideoPrompts.FirstAsync(p => p.Id != edited.Id);
        untouched.Prompt = "stale";
        await h.Db.SaveChangesAsync();
        h.Db.ChangeTracker.Clear();

        var context = await h.RunAsync<PromptsStep>();

        Assert.Equal("My own words for this scene.", (await h.Db.VideoPrompts.FindAsync(edited.Id))!.Prompt);
        Assert.NotEqual("stale", (await h.Db.VideoPrompts.FindAsync(untouched.Id))!.Prompt);
        Assert.Equal(3, await h.Db.VideoPrompts.CountAsync());
        Assert.Contains("Kept 1 prompt you edited.", context.Notes);
    }

    [Fact]
    public void Neighbouring_scenes_get_different_camera_moves()
    {
        var moves = Enumerable.Range(1, 4).Select(n => CameraDirection.For(n, 2, 1).Split(", ")[1]).ToList();
        Assert.Equal(4, moves.Distinct().Count());
    }
}
