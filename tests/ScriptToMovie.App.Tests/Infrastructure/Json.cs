using System.Net.Http.Json;
using System.Text.Json;

namespace ScriptToMovie.App.Tests.Infrastructure;

public static class Json
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try { return JsonDocument.Parse(text).RootElement.Clone(); }
        catch (JsonException) { throw new Xunit.Sdk.XunitException($"Expected JSON but got {(int)response.StatusCode}: {text}"); }
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var r = await client.GetAsync(url);
        Assert.True(r.IsSuccessStatusCode, $"GET {url} answered {(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.ReadJsonAsync();
    }

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string url, object body)
    {
        var r = await client.PostAsJsonAsync(url, body);
        Assert.True(r.IsSuccessStatusCode, $"POST {url} answered {(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.ReadJsonAsync();
    }

    /// <summary>Asserts a ProblemDetails with a human message and no stack trace.</summary>
    public static async Task<string> AssertProblemAsync(this HttpResponseMessage r, int status)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True((int)r.StatusCode == status, $"Expected {status}, got {(int)r.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        var message = json.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        return message!;
    }

    public static async Task<int> CreateProjectAsync(this HttpClient client, string title = "My Test Movie", string script = Samples.CoffeeShop)
    {
        var p = await client.PostJsonAsync("/api/projects", new { title, scriptContent = script });
        return p.GetProperty("id").GetInt32();
    }
}
