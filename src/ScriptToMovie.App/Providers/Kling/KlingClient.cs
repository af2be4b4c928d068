using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScriptToMovie.App.Telemetry;

namespace ScriptToMovie.App.Providers.Kling;

/// <summary>
/// Kling's legacy /v1 API over HTTP: create, query (by task id or external_task_id), list and download.
/// Every call goes through <see cref="KlingResilience"/>; a 401 for a JWT is answered by re-signing once.
/// </summary>
public sealed class KlingClient(HttpClient http, KlingSettings settings, KlingToken token, KlingResilience resilience)
{
    public const string Text2Video = "/v1/videos/text2video";
    public const string Image2Video = "/v1/videos/image2video";
    public const string Images = "/v1/images/generations";
    public const string OmniImage = "/v1/images/omni-image";
    public const string OmniVideo = "/v1/videos/omni-video";
    public const string MultiShot = "/v1/general/ai-multi-shot";
    public const string Elements = "/v1/general/advanced-custom-elements";

    public async Task<KlingTask> CreateAsync(string product, JsonObject body, CancellationToken ct) =>
        await resilience.CreateAsync(async c => KlingTask.Parse(await SendAsync(HttpMethod.Post, product, body, c)), ct);

    /// <summary>The task with this task id or external_task_id, or null when Kling has none.</summary>
    public async Task<KlingTask?> FindAsync(string product, string id, CancellationToken ct)
    {
        try
        {
            return await resilience.ReadAsync(
                async c => KlingTask.Parse(await SendAsync(HttpMethod.Get, $"{product}/{Uri.EscapeDataString(id)}", null, c)), ct);
        }
        catch (KlingApiException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<KlingTask>> ListAsync(string product, int pageNum, int pageSize, CancellationToken ct) =>
        await resilience.ReadAsync(async c =>
        {
            var data = await SendAsync(HttpMethod.Get, $"{product}?pageNum={pageNum}&pageSize={pageSize}", null, c);
            return (IReadOnlyList<KlingTask>)data.EnumerateArray().Select(KlingTask.Parse).ToList();
        }, ct);

    /// <summary>Saves a result (a signed link, sent without our credentials) to <paramref name="localPath"/>.</summary>
    public async Task DownloadAsync(string url, string localPath, CancellationToken ct) =>
        await resilience.ReadAsync(async c =>
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, c);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Gone)
                throw new KlingResultExpiredException(url, (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
                throw new KlingApiException((int)response.StatusCode, 0, $"downloading the result failed with HTTP {(int)response.StatusCode}");
            await using (var file = File.Create(localPath))
                await response.Content.CopyToAsync(file, c);
            return true;
        }, ct);

    private async Task<JsonElement> SendAsync(HttpMethod method, string pathAndQuery, JsonObject? body, CancellationToken ct)
    {
        for (var resigned = false; ; resigned = true)
        {
            using var request = new HttpRequestMessage(method, settings.BaseUrl + pathAndQuery);
            request.Headers.Authorization = new("Bearer", token.Current(forceNew: resigned));
            if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");

            using var response = await SendTimedAsync(request, method, pathAndQuery, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            var (code, message, data) = ReadEnvelope(text);
            if (response.IsSuccessStatusCode && code == 0 && data is { } found) return found;

            var error = new KlingApiException((int)response.StatusCode, code, message ?? Describe(response.StatusCode, text));
            // A token refused for its times (clock skew, expiry) is re-signed once; a second refusal is real.
            if (error.IsAuthentication && settings.UsesJwt && !resigned) continue;
            throw error;
        }
    }

    /// <summary>One call, its latency recorded by product (the path without ids or query), method and status.</summary>
    private async Task<HttpResponseMessage> SendTimedAsync(HttpRequestMessage request, HttpMethod method, string pathAndQuery, CancellationToken ct)
    {
        var product = string.Join('/', pathAndQuery.Split('?')[0].Split('/').Take(4));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var status = "error";
        try
        {
            var response = await http.SendAsync(request, ct);
            status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return response;
        }
        finally
        {
            AppTelemetry.KlingCallDuration.Record(AppTelemetry.SecondsSince(started),
                new("method", method.Method), new("product", product), new("status", status));
        }
    }

    private static (int Code, string? Message, JsonElement? Data) ReadEnvelope(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (0, null, null);
            var code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0;
            var message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
            JsonElement? data = root.TryGetProperty("data", out var d) && d.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? d.Clone() : null;
            return (code, message, data);
        }
        catch (JsonException)
        {
            return (0, null, null);
        }
    }

    private static string Describe(HttpStatusCode status, string text) =>
        $"HTTP {(int)status} {(text.Length > 200 ? text[..200] : text)}".Trim();
}
