using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Accounts;

/// <summary>Another app's OpenID Connect provider whose access tokens this app accepts (off unless AUTH_OIDC_AUTHORITY is set).</summary>
public sealed record SharedAccountSettings
{
    [Setting("AUTH_OIDC_AUTHORITY", "Issuer URL of another app's OpenID Connect provider (e.g. https://id.decodeshorts.com) whose access tokens are accepted beside our own accounts; empty = off. Its discovery document and JWKS are read from here.")]
    public string? Authority { get; init; }

    [Setting("AUTH_OIDC_AUDIENCE", "The audience (\"aud\") those access tokens must name for this app, e.g. script-to-movie; required with AUTH_OIDC_AUTHORITY.")]
    public string? Audience { get; init; }

    [Setting("AUTH_OIDC_KEYS_REFRESH_MINUTES", "Minutes the provider's discovery document and signing keys are cached before they are read again.")]
    [Range(1, 10_080)]
    public double KeysRefreshMinutes { get; init; } = 720;

    [Setting("AUTH_OIDC_UNKNOWN_KEY_REFRESH_SECONDS", "A token signed with a key not in the cached JWKS (the provider rotated) makes the keys be read again, at most this often.")]
    [Range(1, 86_400)]
    public double UnknownKeyRefreshSeconds { get; init; } = 300;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public static SharedAccountSettings From(IConfiguration c) => SettingsBinder.Bind<SharedAccountSettings>(c);

    public IEnumerable<string> Problems()
    {
        if (!Enabled) yield break;
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            yield return $"AUTH_OIDC_AUTHORITY must be the provider's issuer URL, e.g. https://id.example.com; got '{Authority}'.";
        else if (uri.Scheme == "http" && !uri.IsLoopback)
            yield return "AUTH_OIDC_AUTHORITY must use https (plain http is allowed only for a provider on this machine, as in tests).";
        if (string.IsNullOrWhiteSpace(Audience))
            yield return "AUTH_OIDC_AUDIENCE is required with AUTH_OIDC_AUTHORITY: the audience the provider's access tokens name for this app.";
    }
}
