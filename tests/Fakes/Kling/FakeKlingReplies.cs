using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ScriptToMovie.Fakes.Kling;

/// <summary>Kling's reply envelope: code, message and request_id around the data, as JSON.</summary>
internal static class FakeKlingReplies
{
    internal static Task Ok(HttpContext http, JsonNode data) =>
        Write(http, 200, new JsonObject { ["code"] = 0, ["message"] = "SUCCEED", ["request_id"] = Guid.NewGuid().ToString(), ["data"] = data });

    internal static Task Error(HttpContext http, int status, int code, string message) =>
        Write(http, status, new JsonObject { ["code"] = code, ["message"] = message, ["request_id"] = Guid.NewGuid().ToString() });

    internal static async Task Write(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString());
    }
}
