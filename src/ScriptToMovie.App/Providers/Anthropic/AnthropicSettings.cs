namespace ScriptToMovie.App.Providers.Anthropic;

/// <summary>The Claude settings, under the seed's .env names.</summary>
public sealed record AnthropicSettings(string? ApiKey, string Model, string? BaseUrl, int BatchScenes, int BatchCharacters, TimeSpan RetryBase, int Attempts)
{
    public const string DefaultModel = "claude-sonnet-4-20250514";

    public static AnthropicSettings From(IConfiguration c) => new(
        ApiKey: Blank(c["ANTHROPIC_API_KEY"]),
        Model: Blank(c["ANTHROPIC_MODEL"]) ?? DefaultModel,
        BaseUrl: Blank(c["ANTHROPIC_BASE_URL"]),
        // About a dozen scenes keep an answer well under the output limit even for talky scenes.
        BatchScenes: int.TryParse(c["ANTHROPIC_BATCH_SCENES"], out var n) && n > 0 ? n : 12,
        BatchCharacters: int.TryParse(c["ANTHROPIC_BATCH_CHARS"], out var ch) && ch > 1000 ? ch : 30_000,
        RetryBase: TimeSpan.FromMilliseconds(int.TryParse(c["ANTHROPIC_RETRY_BASE_MS"], out var ms) && ms >= 0 ? ms : 2000),
        Attempts: int.TryParse(c["ANTHROPIC_ATTEMPTS"], out var a) && a > 0 ? a : 4);

    private static string? Blank(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}
