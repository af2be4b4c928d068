namespace ScriptToMovie.App.Steps.Export;

/// <summary>
/// The one frame grid of every export: exactly 24 frames a second (never 23.976), counted in integers.
/// Seconds become frames once, here; everything written out is computed back from frames.
/// </summary>
public static class Frames24
{
    public const int Rate = 24;

    public static long FromSeconds(double seconds) => (long)Math.Round(seconds * Rate, MidpointRounding.AwayFromZero);

    public static TimeSpan ToTime(long frames) => TimeSpan.FromMilliseconds(Math.Round(frames * 1000.0 / Rate));

    /// <summary>Non-drop SMPTE timecode HH:MM:SS:FF.</summary>
    public static string Timecode(long frames)
    {
        var f = frames % Rate;
        var seconds = frames / Rate;
        return $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}:{f:00}";
    }

    /// <summary>FCPXML's rational seconds on FCP's own 24p grid (frameDuration 100/2400s).</summary>
    public static string Rational(long frames) => frames == 0 ? "0s" : $"{frames * 100}/2400s";

    /// <summary>m:ss, or h:mm:ss from an hour, for people reading a page.</summary>
    public static string Clock(long frames)
    {
        var seconds = (long)Math.Round(frames / (double)Rate);
        return seconds >= 3600 ? $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}" : $"{seconds / 60}:{seconds % 60:00}";
    }
}
