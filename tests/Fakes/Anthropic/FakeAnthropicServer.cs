using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ScriptToMovie.Fakes.Anthropic;

/// <summary>
/// A fake of the Anthropic Messages API (POST /v1/messages) on loopback, answering at the HTTP level so
/// the real SDK runs against it. It checks what the real API checks first (x-api-key, anthropic-version,
/// model, max_tokens, messages), answers scripted replies in order, then well-formed ones, and
/// records every request.
/// </summary>
public sealed class FakeAnthropicServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeAnthropicReply> _script = new();
    private readonly ConcurrentQueue<JsonObject> _requests = new();
    private int _ids;

    public string BaseUrl { get; private set; } = "";
    public const string ApiKey = "sk-ant-fake-key";

    /// <summary>
    /// Recorded answers: a character's or setting's visualDescription by name, used in well-formed replies in place of
    /// the fake's own words for whatever a request asks to describe. See <see cref="RecordedAnswers"/>.
    /// </summary>
    public RecordedAnswers? Recorded { get; set; }

    /// <summary>Replies once the script has run out.</summary>
    public FakeAnthropicReply Default { get; set; } = FakeAnthropicReply.WellFormed;

    /// <summary>Every request body received, in order (including those answered with an error).</summary>
    public IReadOnlyList<JsonObject> Requests => _requests.ToList();
    public int RequestCount => _requests.Count;

    private FakeAnthropicServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/v1/messages", (Delegate)HandleAsync);
    }

    public static async Task<FakeAnthropicServer> StartAsync()
    {
        var server = new FakeAnthropicServer();
        await server._app.StartAsync();
        server.BaseUrl = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>Queues replies for the next requests, in order.</summary>
    public void Enqueue(params FakeAnthropicReply[] replies)
    {
        foreach (var r in replies) _script.Enqueue(r);
    }

    /// <summary>The user prompt of a recorded request.</summary>
    public static string PromptOf(JsonObject request) =>
        request["messages"]![0]!["content"] switch
        {
            JsonValue v => (string)v!,
            JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"])),
            _ => "",
        };

    /// <summary>The scene numbers a recorded request asked for (from its tool schema).</summary>
    public static IReadOnlyList<int> SceneNumbersOf(JsonObject request) =>
        ((JsonArray)request["tools"]![0]!["input_schema"]!["properties"]!["scenes"]!["items"]!["properties"]!["sceneNumber"]!["enum"]!)
        .Select(n => (int)n!).ToList();

    private async Task<IResult> HandleAsync(HttpContext http)
    {
        JsonObject? body;
        try { body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject; }
        catch (JsonException) { body = null; }
        _requests.Enqueue(body ?? new JsonObject());

        // The API takes the key as x-api-key or as a bearer token (the C# SDK sends the latter).
        var bearer = http.Request.Headers.Authorization.ToString();
        if (http.Request.Headers["x-api-key"].ToString() != ApiKey && bearer != $"Bearer {ApiKey}")
            return Error(401, "authentication_error", "invalid x-api-key");
        if (string.IsNullOrEmpty(http.Request.Headers["anthropic-version"]))
            return Error(400, "invalid_request_error", "anthropic-version: header is required");
        if (body is null || body["model"] is not JsonValue || body["max_tokens"] is not JsonValue mt || (int)mt <= 0
            || body["messages"] is not JsonArray { Count: > 0 })
            return Error(400, "invalid_request_error", "model, max_tokens and messages are required");

        var reply = _script.TryDequeue(out var scripted) ? scripted : Default;
        return reply switch
        {
            FakeAnthropicReply.RateLimited => Error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit", retryAfter: true),
            FakeAnthropicReply.Unauthorized => Error(401, "authentication_error", "invalid x-api-key"),
            FakeAnthropicReply.Overloaded => Error(529, "overloaded_error", "Overloaded"),
            FakeAnthropicReply.Malformed => Message(body, new JsonObject { ["scenes"] = new JsonArray(new JsonObject { ["sceneNumber"] = "one", ["title"] = "" }) }, "tool_use"),
            FakeAnthropicReply.Truncated => Message(body, new JsonObject(), "max_tokens"),
            _ => Message(body, WellFormedInput(body), "tool_use"),
        };
    }

    private JsonObject WellFormedInput(JsonObject body)
    {
        var toolName = (string?)body["tool_choice"]?["name"];
        var tool = (body["tools"] as JsonArray)?.FirstOrDefault(t => (string?)t?["name"] == toolName) ?? (body["tools"] as JsonArray)?.FirstOrDefault();
        var input = SchemaInstance.Build(tool?["input_schema"], "value", "this request") as JsonObject ?? new JsonObject();
        Recorded?.Apply(input);
        return input;
    }

    private IResult Message(JsonObject request, JsonObject input, string stopReason)
    {
        var id = Interlocked.Increment(ref _ids);
        var toolName = (string?)request["tool_choice"]?["name"] ?? (string?)request["tools"]?[0]?["name"] ?? "tool";
        var message = new JsonObject
        {
            ["id"] = $"msg_fake_{id:D6}",
            ["type"] = "message",
            ["role"] = "assistant",
            ["model"] = (string?)request["model"],
            ["content"] = new JsonArray(new JsonObject { ["type"] = "tool_use", ["id"] = $"toolu_fake_{id:D6}", ["name"] = toolName, ["input"] = input }),
            ["stop_reason"] = stopReason,
            ["stop_sequence"] = null,
            ["usage"] = new JsonObject { ["input_tokens"] = PromptOf(request).Length / 4, ["output_tokens"] = input.ToJsonString().Length / 4 },
        };
        return Results.Text(message.ToJsonString(), "application/json");
    }

    private static IResult Error(int status, string type, string message, bool retryAfter = false)
    {
        var body = new JsonObject { ["type"] = "error", ["error"] = new JsonObject { ["type"] = type, ["message"] = message } }.ToJsonString();
        return new ErrorResult(status, body, retryAfter);
    }

    private sealed class ErrorResult(int status, string body, bool retryAfter) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = "application/json";
            http.Response.Headers["request-id"] = $"req_fake_{Guid.NewGuid():N}";
            if (retryAfter) http.Response.Headers["retry-after"] = "0";
            await http.Response.WriteAsync(body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
