using Microsoft.Extensions.DependencyInjection;
using ScriptToMovie.App.Data;
using ScriptToMovie.App.Steps.Voices;
using ScriptToMovie.App.Tests.Infrastructure;
using ScriptToMovie.Media.Processes;

namespace ScriptToMovie.App.Tests.Steps.Voices;

[Trait("Category", "Api")]
public class VoicePreviewTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_owner_hears_a_wav_of_the_characters_line_and_nobody_else_can()
    {
        var owner = await app.SignedInClientAsync();
        var projectId = (await owner.PostJsonAsync("/api/projects", new { title = "Lighthouse", scriptContent = SampleScript.Text })).GetProperty("id").GetInt32();
        int tomId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var tom = new Character { ProjectId = projectId, Name = "TOM", VisualDescription = SampleScript.TomLook, CreatedAt = DateTime.UtcNow };
            db.Characters.Add(tom);
            await db.SaveChangesAsync();
            tomId = tom.Id;
        }
        var url = $"/api/projects/{projectId}/characters/{tomId}/voice-preview";

        var response = await owner.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        var wav = Path.Combine(app.DataDirectory, "preview.wav");
        await File.WriteAllBytesAsync(wav, await response.Content.ReadAsByteArrayAsync());
        Assert.InRange(AudioDuration.TryReadWav(wav)!.Value.TotalSeconds, 0.8, 10);

        var otherVoice = await owner.GetAsync(url + "?voice=espeak:en-us%2Bm3:p20:s140");
        Assert.True(otherVoice.IsSuccessStatusCode);
        await (await owner.GetAsync(url + "?voice=shout-loudly")).AssertProblemAsync(400);

        var stranger = await app.SignedInClientAsync();
        await (await stranger.GetAsync(url)).AssertProblemAsync(404);
        await (await owner.GetAsync($"/api/projects/{projectId}/characters/{tomId + 999}/voice-preview")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task The_preview_speaks_the_characters_first_line_of_some_length()
    {
        await using var h = await StepHarness.CreateAsync();
        Assert.Equal("Who told you about the keys?", await VoicePreviewEndpoint.SampleLineAsync(h.Db, h.ProjectId, "TOM", default));
        Assert.Equal("He should have been here by now.", await VoicePreviewEndpoint.SampleLineAsync(h.Db, h.ProjectId, "mara", default));
    }

    [Fact]
    public async Task A_character_without_lines_introduces_themselves()
    {
        await using var h = await StepHarness.CreateAsync();
        Assert.Equal("Hello, I'm Old Pete.", await VoicePreviewEndpoint.SampleLineAsync(h.Db, h.ProjectId, "OLD PETE", default));
    }
}
