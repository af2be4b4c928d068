using System.Text.Json.Nodes;
using ScriptToMovie.App.Tests.EndToEnd;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Hosting;

public class OpenApiDocumentTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public OpenApiDocumentTests(AppFactory app) => _app = app;

    [Fact]
    public async Task The_web_clients_openapi_json_is_the_document_the_app_serves()
    {
        var served = JsonNode.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        // As web/scripts/fetch-api.mjs saves it: the server list names whichever port it was fetched from.
        served.Remove("servers");
        var committedPath = Path.Combine(Repository.WebFolder, "openapi.json");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath));

        var difference = FirstDifference(served, committed, "");
        Assert.True(difference is null,
            $"web/openapi.json is stale ({difference}). With the app running, run `npm run fetch:api && npm run gen:api` in web/ and commit both files.");
    }

    /// <summary>The path (keys joined by dots) of the first place two documents differ, or null when they are equal.</summary>
    private static string? FirstDifference(JsonNode? served, JsonNode? committed, string at)
    {
        if (JsonNode.DeepEquals(served, committed)) return null;
        switch (served, committed)
        {
            case (JsonObject a, JsonObject b):
                foreach (var (key, value) in a)
                {
                    if (!b.ContainsKey(key)) return $"{Join(at, key)} is served but not committed";
                    if (FirstDifference(value, b[key], Join(at, key)) is { } inner) return inner;
                }
                return $"{Join(at, b.Select(p => p.Key).First(k => !a.ContainsKey(k)))} is committed but no longer served";
            case (JsonArray a, JsonArray b) when a.Count == b.Count:
                for (var i = 0; i < a.Count; i++)
                    if (FirstDifference(a[i], b[i], Join(at, i.ToString())) is { } inner) return inner;
                return null;
            default:
                return $"{(at == "" ? "the document" : at)} is {Shorten(served)} when served but {Shorten(committed)} in web/openapi.json";
        }
    }

    private static string Join(string at, string key) => at == "" ? key : $"{at}.{key}";

    private static string Shorten(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
