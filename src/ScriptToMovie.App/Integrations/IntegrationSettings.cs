using System.ComponentModel.DataAnnotations;
using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Integrations;

/// <summary>How long media links another app is given last.</summary>
public sealed record IntegrationSettings
{
    [Setting("MEDIA_LINK_MINUTES", "Minutes a signed media link (movie, subtitles, manifest for another app) works without a cookie; the API renews it.")]
    [Range(1, 10_080)]
    public double MediaLinkMinutes { get; init; } = 60;

    public TimeSpan MediaLinkLifetime => TimeSpan.FromMinutes(MediaLinkMinutes);

    public static IntegrationSettings From(IConfiguration c) => SettingsBinder.Bind<IntegrationSettings>(c);
}
