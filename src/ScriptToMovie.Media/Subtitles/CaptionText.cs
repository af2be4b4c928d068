using System.Text;

namespace ScriptToMovie.Media.Subtitles;

/// <summary>Breaks a line of dialogue into caption rows a viewer can read at a glance.</summary>
internal static class CaptionText
{
    public const int MaxRowLength = 42;

    public static IReadOnlyList<string> Rows(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var rows = new List<string>();
        var row = new StringBuilder();
        foreach (var word in words)
        {
            if (row.Length > 0 && row.Length + 1 + word.Length > MaxRowLength)
            {
                rows.Add(row.ToString());
                row.Clear();
            }
            if (row.Length > 0) row.Append(' ');
            row.Append(word);
        }
        if (row.Length > 0) rows.Add(row.ToString());
        return rows;
    }
}
