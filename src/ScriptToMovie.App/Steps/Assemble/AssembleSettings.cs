using ScriptToMovie.App.Settings;

namespace ScriptToMovie.App.Steps.Assemble;

/// <summary>How the movie is put together.</summary>
public sealed record AssembleSettings
{
    [Setting("BURN_SUBTITLES", "Burn speaker-labelled captions into the picture (the soft subtitle track is always there).")]
    public bool BurnSubtitles { get; init; }

    public static AssembleSettings From(IConfiguration c) => SettingsBinder.Bind<AssembleSettings>(c);
}
