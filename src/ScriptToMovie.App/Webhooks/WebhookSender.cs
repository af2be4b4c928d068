using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Text;

namespace ScriptToMovie.App.Webhooks;

/// <summary>What one attempt came to: our sentence (never the receiver's body), its status code, and any Retry-After.</summary>
public sealed record WebhookAttempt(bool Delivered, int? StatusCode, string? Error, bool Gone, TimeSpan? RetryAfter);

/// <summary>
/// Sends one attempt in the Standard Webhooks format through the SSRF-safe handler: fixed headers, no cookies, no
/// redirects, a short timeout, and the response body left unread. 2xx is delivered; 3xx is a failure (a receiver
/// that moved must be told so, not followed); 410 means the receiver wants no more.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public const string UserAgent = "ScriptToMovie-Webhooks/1.0";
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _timeout;

    public WebhookSender(WebhookSettings settings, IWebhookResolver resolver, TimeProvider clock)
    {
        _http = new HttpClient(WebhookConnections.Handler(resolver, settings.AllowPrivateNetworks)) { Timeout = settings.Timeout };
        _clock = clock;
        _timeout = settings.Timeout;
    }

    public async Task<WebhookAttempt> SendAsync(string url, string messageId, string body, IReadOnlyList<string> secrets, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        request.Headers.TryAddWithoutValidation("webhook-id", messageId);
        request.Headers.TryAddWithoutValidation("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("webhook-signature", WebhookSignature.Header(secrets, messageId, timestamp, bytes));
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var code = (int)response.StatusCode;
            if (code is >= 200 and < 300) return new WebhookAttempt(true, code, null, false, null);
            var retryAfter = RetryAfter(response.Headers.RetryAfter);
            return code switch
            {
                410 => new WebhookAttempt(false, code, "The receiver answered 410 Gone, so this endpoint was turned off. Turn it on again when it accepts events.", true, null),
                >= 300 and < 400 => new WebhookAttempt(false, code, $"The receiver answered {code}, a redirect. Webhooks follow no redirects: register the address it points to.", false, retryAfter),
                _ => new WebhookAttempt(false, code, $"The receiver answered {code} instead of a 2xx status.", false, retryAfter),
            };
        }
        catch (Exception e) when (Refused(e) is { } refused) { return Failure(refused.Message); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failure($"The receiver did not answer within {_timeout.TotalSeconds:0.#} seconds.");
        }
        catch (HttpRequestException e) when (Find<AuthenticationException>(e) is not null)
        {
            return Failure("The receiver's TLS certificate was not accepted.");
        }
        catch (HttpRequestException)
        {
            return Failure("Could not connect to the receiver.");
        }
    }

    private static WebhookAttempt Failure(string sentence) => new(false, null, sentence, false, null);

    private static WebhookAddressRefused? Refused(Exception e) => Find<WebhookAddressRefused>(e);

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException) if (e is T t) return t;
        return null;
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - _clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    public void Dispose() => _http.Dispose();
}
