using ScriptToMovie.Screenplay;

namespace ScriptToMovie.App.Steps.Trailer;

/// <summary>What the trailer's title card says, from the script's title page, else the project's title.</summary>
public sealed record TrailerTitle(string Title, string? Subtitle)
{
    public static TrailerTitle From(ScreenplayDocument script, string projectTitle)
    {
        var lines = (script.Title ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        if (lines.Count == 0) lines = [string.IsNullOrWhiteSpace(projectTitle) ? "Untitled" : projectTitle.Trim()];

        // A second title line ("FULL RETIRED") is the subtitle; otherwise the writer's credit.
        var subtitle = lines.Count > 1 ? string.Join(" ", lines.Skip(1)) : Credit(script);
        return new TrailerTitle(lines[0], subtitle);
    }

    private static string? Credit(ScreenplayDocument script)
    {
        string? Entry(string key) =>
            script.TitlePage.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ReplaceLineEndings(" ").Trim() : null;
        var author = Entry("Author") ?? Entry("Authors") ?? Entry("Writer");
        if (author is null) return null;
        return $"{Entry("Credit") ?? "Written by"} {author}";
    }
}
