namespace ScriptToMovie.App.Steps.Trailer;

/// <summary>What the trailer's title card says, from the script's title page (stored by the parse), else the project's title.</summary>
public sealed record TrailerTitle(string Title, string? Subtitle)
{
    /// <param name="scriptTitle">The title page's title, lines separated by '\n'.</param>
    /// <param name="credit">The title page's credit ("Written by Ada Writer").</param>
    public static TrailerTitle From(string? scriptTitle, string? credit, string projectTitle)
    {
        var lines = (scriptTitle ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        if (lines.Count == 0) lines = [string.IsNullOrWhiteSpace(projectTitle) ? "Untitled" : projectTitle.Trim()];

        // A second title line ("FULL RETIRED") is the subtitle; otherwise the writer's credit.
        var subtitle = lines.Count > 1 ? string.Join(" ", lines.Skip(1)) : credit;
        return new TrailerTitle(lines[0], subtitle);
    }
}
