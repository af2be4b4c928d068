namespace ScriptToMovie.App.Providers.Kling;

/// <summary>A Kling reply with a non-zero business code (or a non-JSON HTTP failure, code 0).</summary>
public sealed class KlingApiException(int httpStatus, int code, string klingMessage)
    : Exception($"Kling answered HTTP {httpStatus} with code {code}: {klingMessage}")
{
    public int HttpStatus { get; } = httpStatus;
    public int Code { get; } = code;
    public string KlingMessage { get; } = klingMessage;

    /// <summary>Trying the same call again later may work: rate limits, concurrency, server trouble.</summary>
    public bool IsTransient => Code is 1302 or 1303 or (>= 5000 and <= 5002)
        || (Code == 0 && (HttpStatus >= 500 || HttpStatus == 429));

    /// <summary>The call was refused before anything was created, so it may simply be sent again.</summary>
    public bool IsRefusedBeforeCreating => Code is 1302 or 1303;

    /// <summary>A server-side failure: counted by the circuit breaker (rate and concurrency refusals are not outages).</summary>
    public bool IsOutage => Code is >= 5000 and <= 5002 || (Code == 0 && HttpStatus >= 500);

    public bool IsAuthentication => Code is >= 1000 and <= 1004;
    public bool IsNotFound => HttpStatus == 404 && Code is 1203 or 0;
    public bool IsDuplicateExternalId => Code == 1201 && KlingMessage.Contains("already exists", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A result link that no longer works (Kling keeps results for 30 days).</summary>
public sealed class KlingResultExpiredException(string url, int status)
    : Exception($"The Kling result {url} answered HTTP {status}.");

/// <summary>Sentences the user reads in generatedVideos.errorMessage for Kling's refusals.</summary>
public static class KlingErrors
{
    public const string Outage = "Video generation is temporarily unavailable. Your project has been saved — try again in a few minutes.";
    public const string ImagesOutage = "Image generation is temporarily unavailable. Your project has been saved — try again in a few minutes.";

    /// <param name="picture">True for a storyboard picture (IMAGE_PROVIDER=kling), false for a clip.</param>
    public static string Sentence(KlingApiException ex, int sceneNumber, bool picture = false) =>
        Sentence(ex.Code, ex.KlingMessage.Trim().TrimEnd('.'), sceneNumber, picture);

    private static string Sentence(int code, string kling, int sceneNumber, bool picture) => code switch
    {
        >= 1000 and <= 1004 => $"Kling did not accept our credentials ({kling}). Check KLING_API_KEY and KLING_SECRET_KEY, or KLING_API_TOKEN.",
        1100 => $"The Kling account is not in good standing ({kling}); check it in the Kling console.",
        1101 => "The Kling account is in arrears; settle the bill in the Kling console and try again.",
        1102 => $"The Kling account has no {(picture ? "image" : "video")} units left; buy or renew a resource pack and try again.",
        1103 => $"The Kling key may not use this model or API ({kling}); check KLING_MODEL.",
        1200 or 1201 => $"Kling refused the request for scene {sceneNumber}: {kling}.",
        1202 or 1203 => $"Kling does not know this request or model ({kling}); check KLING_MODEL and KLING_BASE_URL.",
        1300 => $"Kling's platform policy blocked scene {sceneNumber}: {kling}.",
        1301 => $"Kling's content-safety check refused scene {sceneNumber}; change its prompt or frame and try again.",
        1304 => "Kling refused this server's IP address; add it to the key's IP whitelist in the Kling console.",
        _ => $"Kling could not make the {(picture ? "storyboard picture" : "clip")} for scene {sceneNumber} ({kling}).",
    };
}
