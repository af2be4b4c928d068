using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ScriptToMovie.App.Tests.Infrastructure;

namespace ScriptToMovie.App.Tests.Integrations;

/// <summary>An AI assistant makes a movie in conversation through /mcp, with the official SDK's client and an API token.</summary>
[Trait("Category", "Api")]
public class McpTests : IClassFixture<AppFactory>
{
    private readonly AppFactory _app;
    public McpTests(AppFactory app) => _app = app;

    private async Task<McpClient> ConnectAsync(params string[] scopes)
    {
        var user = await _app.SignedInClientAsync();
        var (token, _) = await user.CreateTokenAsync(scopes);
        var http = _app.TokenClient(token);
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(http.BaseAddress!, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
        }, http);
        return await McpClient.CreateAsync(transport);
    }

    private static JsonElement Result(CallToolResult result)
    {
        Assert.True(result.IsError is not true, string.Join(" ", result.Content.OfType<TextContentBlock>().Select(t => t.Text)));
        return JsonDocument.Parse(result.Content.OfType<TextContentBlock>().Single().Text).RootElement;
    }

    [Fact]
    public async Task An_assistant_lists_the_tools_makes_a_movie_follows_it_and_gets_a_link_that_downloads_without_a_cookie()
    {
        await using var mcp = await ConnectAsync("runs:write", "runs:read", "media:read");

        var tools = (await mcp.ListToolsAsync()).Select(t => t.Name).Order().ToList();
        Assert.Equal(["create_movie", "get_movie_links", "get_run", "list_projects", "quote"], tools);

        var run = Result(await mcp.CallToolAsync("create_movie", new Dictionary<string, object?>
        {
            ["title"] = "Made in conversation", ["script"] = Samples.CoffeeShop, ["externalRef"] = "chat-1",
        }));
        var runId = run.GetProperty("id").GetString()!;
        Assert.Equal("queued", run.GetProperty("status").GetString());

        var until = DateTime.UtcNow + TestTime.Scaled(TimeSpan.FromSeconds(120));
        do
        {
            run = Result(await mcp.CallToolAsync("get_run", new Dictionary<string, object?> { ["runId"] = runId }));
            if (run.GetProperty("status").GetString() is not ("queued" or "running")) break;
            await Task.Delay(200);
        } while (DateTime.UtcNow < until);
        Assert.Equal("completed", run.GetProperty("status").GetString());

        var projects = Result(await mcp.CallToolAsync("list_projects"));
        Assert.Contains(projects.EnumerateArray(), p => p.GetProperty("title").GetString() == "Made in conversation");
        var quote = Result(await mcp.CallToolAsync("quote", new Dictionary<string, object?> { ["projectId"] = run.GetProperty("projectId").GetInt32() }));
        Assert.Equal("USD", quote.GetProperty("currency").GetString());

        var links = Result(await mcp.CallToolAsync("get_movie_links", new Dictionary<string, object?> { ["runId"] = runId }));
        var movieUrl = new Uri(links.GetProperty("movie").GetProperty("url").GetString()!);
        Assert.True(movieUrl.IsAbsoluteUri);
        using var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var movie = await anonymous.GetAsync(movieUrl.PathAndQuery);
        Assert.Equal(200, (int)movie.StatusCode);
        Assert.True((await movie.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task A_tool_the_token_has_no_scope_for_answers_with_the_scope_it_needs()
    {
        await using var mcp = await ConnectAsync("runs:read");
        var refused = await mcp.CallToolAsync("create_movie", new Dictionary<string, object?> { ["title"] = "No", ["script"] = Samples.CoffeeShop });
        Assert.True(refused.IsError);
        Assert.Contains("runs:write", refused.Content.OfType<TextContentBlock>().Single().Text);
        var missing = await mcp.CallToolAsync("get_run", new Dictionary<string, object?> { ["runId"] = "no-such-run" });
        Assert.True(missing.IsError);
        Assert.Contains("couldn't find that run", missing.Content.OfType<TextContentBlock>().Single().Text);
    }

    [Fact]
    public async Task Without_a_token_the_endpoint_refuses()
    {
        using var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var r = await anonymous.PostAsync("/mcp", new StringContent("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(401, (int)r.StatusCode);
    }
}
