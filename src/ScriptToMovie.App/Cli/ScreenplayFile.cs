using ScriptToMovie.App.Projects;
using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Cli;

/// <summary>A screenplay file read the way an upload is: text formats verbatim, FDX and PDF written out as Fountain.</summary>
public sealed record ScreenplayFile(string Title, string Fountain)
{
    /// <exception cref="UnreadableScreenplayException">The file is not a screenplay we can read.</exception>
    public static ScreenplayFile Read(FileInfo file)
    {
        var bytes = File.ReadAllBytes(file.FullName);
        var doc = ScreenplayReader.Read(bytes, file.Name);
        // Same rule as the upload endpoint, so line numbers in the movie's manifest match the user's file.
        var fountain = doc.Format is "fdx" or "pdf" ? FountainWriter.Write(doc) : ScriptText.Decode(bytes);
        return new ScreenplayFile(TitleOf(doc, file), fountain);
    }

    private static string TitleOf(ScreenplayDocument doc, FileInfo file)
    {
        var lines = (doc.Title ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var title = lines.Length > 0 ? string.Join(": ", lines) : Path.GetFileNameWithoutExtension(file.Name);
        return title.Length > 500 ? title[..500] : title;
    }
}
