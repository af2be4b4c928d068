using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Steps.Voices;

[Trait("Category", "Api")]
public class VoiceListTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_signed_in_user_gets_the_installed_voices_and_each_choice_previews_and_saves()
    {
        await (await app.CreateClient().GetAsync("/api/voices")).AssertProblemAsync(401);

        var owner = await app.SignedInClientAsync();
        var voices = await owner.GetJsonAsync("/api/voices");
        var accents = voices.GetProperty("accents").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList();
        var variants = voices.GetProperty("variants").EnumerateArray().ToList();
        Assert.Contains("en-us", accents);
        Assert.Contains("en-gb-scotland", accents);
        Assert.Contains(variants, v => v.GetProperty("id").GetString() == "f3" && v.GetProperty("gender").GetString() == "female");

        // A voice put together from the list is one the preview speaks and the character accepts.
        var id = await owner.CreateProjectAsync("Coffee");
        await owner.StartAsync($"/api/phases/script-to-trailer/{id}/parse");
        await owner.WaitForRunAsync(id);
        var bob = (await owner.GetJsonAsync($"/api/projects/{id}/characters")).EnumerateArray().First(c => c.GetProperty("name").GetString() == "BOB");
        var chosen = $"espeak:en-gb-scotland+{variants[^1].GetProperty("id").GetString()}:p30:s150";
        var preview = await owner.GetAsync($"/api/projects/{id}/characters/{bob.GetProperty("id").GetInt32()}/voice-preview?voice={Uri.EscapeDataString(chosen)}");
        Assert.True(preview.IsSuccessStatusCode, await preview.Content.ReadAsStringAsync());
        Assert.Equal("audio/wav", preview.Content.Headers.ContentType?.MediaType);

        var saved = await owner.PatchAsync($"/api/projects/{id}/characters/{bob.GetProperty("id").GetInt32()}", System.Net.Http.Json.JsonContent.Create(new { voice = chosen }));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        Assert.Equal(chosen, (await saved.ReadJsonAsync()).GetProperty("voice").GetString());
    }
}
