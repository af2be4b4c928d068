using System.Globalization;

namespace ScriptToMovie.App.Cli;

/// <summary>The one line ./s2m render prints when it is done.</summary>
/// <param name="ChargedUsd">What paid providers charged for this render (the project's costLedger); 0 offline.</param>
public sealed record RenderSummary(string Output, int Scenes, TimeSpan MovieLength, TimeSpan WallTime, int FailedScenes, double ChargedUsd = 0)
{
    public override string ToString()
    {
        var factor = WallTime > TimeSpan.Zero ? MovieLength.TotalSeconds / WallTime.TotalSeconds : 0;
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Rendered {Output}: {Scenes} scene{(Scenes == 1 ? "" : "s")}, {Length(MovieLength)} of movie in {Length(WallTime)} (realtime factor {factor:0.0}x)");
        if (FailedScenes > 0) line += $", {FailedScenes} scene{(FailedScenes == 1 ? "" : "s")} failed";
        if (ChargedUsd > 0) line += string.Create(CultureInfo.InvariantCulture, $", charged ${ChargedUsd:0.00}");
        return line;
    }

    /// <summary>"41.2s" under a minute, "3m12.4s" above.</summary>
    public static string Length(TimeSpan t)
    {
        var seconds = Math.Round(t.TotalSeconds, 1);
        var minutes = (int)(seconds / 60);
        var rest = seconds - minutes * 60;
        return minutes > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{minutes}m{rest:0.0}s")
            : string.Create(CultureInfo.InvariantCulture, $"{rest:0.0}s");
    }
}
