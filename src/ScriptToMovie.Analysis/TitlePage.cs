using ScriptToMovie.Screenplay;

namespace ScriptToMovie.Analysis;

/// <summary>What the script's title page says about the film: its title (one or more lines) and the writer's credit.</summary>
/// <param name="Title">The title as written, lines separated by '\n'; null when the script has no title page title.</param>
/// <param name="Credit">"Written by Ada Writer" (the page's own credit wording when it has one); null without an author.</param>
public sealed record TitlePage(string? Title, string? Credit)
{
    public static TitlePage From(ScreenplayDocument script)
    {
        string? Entry(string key) =>
            script.TitlePage.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ReplaceLineEndings(" ").Trim() : null;
        var author = Entry("Author") ?? Entry("Authors") ?? Entry("Writer");
        var title = string.IsNullOrWhiteSpace(script.Title) ? null : script.Title;
        return new TitlePage(title, author is null ? null : $"{Entry("Credit") ?? "Written by"} {author}");
    }
}
