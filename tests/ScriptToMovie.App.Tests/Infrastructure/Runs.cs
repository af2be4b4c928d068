using System.Text.Json;

namespace ScriptToMovie.App.Tests.Infrastructure;

public static class Runs
{
    /// <summary>Polls the workflow status until the run leaves queued/running; fails the test after the deadline (scaled by TestTime).</summary>
    public static async Task<JsonElement> WaitForRunAsync(this HttpClient client, int projectId, TimeSpan? deadline = null)
    {
        var within = TestTime.Scaled(deadline ?? TimeSpan.FromSeconds(120));
        var until = DateTime.UtcNow + within;
        JsonElement status = default;
        while (DateTime.UtcNow < until)
        {
            status = await client.GetJsonAsync($"/api/workflow/{projectId}/status");
            if (status.GetProperty("status").GetString() is not ("queued" or "running")) return status;
            await Task.Delay(150);
        }
        throw new Xunit.Sdk.XunitException($"The run did not finish within {within.TotalSeconds:0} s ({TestTime.Variable}={TestTime.Scale}). Last status: {status}");
    }

    public static async Task<JsonElement> StartAsync(this HttpClient client, string url, object? body = null)
    {
        var r = body is null ? await client.PostAsync(url, null) : await client.PostAsync(url, System.Net.Http.Json.JsonContent.Create(body));
        var json = await r.ReadJsonAsync();
        Assert.True((int)r.StatusCode == 202, $"POST {url} answered {(int)r.StatusCode}: {json}");
        Assert.False(string.IsNullOrEmpty(json.GetProperty("runId").GetString()));
        Assert.EndsWith("/status", json.GetProperty("statusUrl").GetString());
        return json;
    }

    public static string StepStatus(this JsonElement status, string step) =>
        status.GetProperty("phases").EnumerateArray().SelectMany(p => p.GetProperty("steps").EnumerateArray())
            .First(s => s.GetProperty("name").GetString() == step).GetProperty("status").GetString()!;
}
