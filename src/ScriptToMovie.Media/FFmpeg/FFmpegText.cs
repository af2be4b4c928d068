using System.Globalization;
using System.Text;

namespace ScriptToMovie.Media.FFmpeg;

/// <summary>Number formatting and quoting for ffmpeg arguments and filtergraphs.</summary>
internal static class FFmpegText
{
    /// <summary>Seconds with millisecond precision and a dot, whatever the machine's culture.</summary>
    public static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>
    /// Makes a value (a file name, usually) safe inside a filtergraph option: first escaped for the option
    /// parser, then for the graph parser, as ffmpeg-filters(1) "Notes on filtergraph escaping" describes.
    /// </summary>
    public static string FilterValue(string value)
    {
        var option = new StringBuilder();
        foreach (var c in value)
        {
            if (c is '\\' or '\'' or ':') option.Append('\\');
            option.Append(c);
        }
        var graph = new StringBuilder();
        foreach (var c in option.ToString())
        {
            if (c is '\\' or '\'' or '[' or ']' or ',' or ';') graph.Append('\\');
            graph.Append(c);
        }
        return graph.ToString();
    }
}
