namespace ScriptToMovie.Screenplay;

/// <summary>A screenplay read into one model. Line numbers are 1-based lines of the source text
/// (for FDX: lines of the XML file; for PDF: lines of the text laid out from the PDF).</summary>
public sealed record ScreenplayDocument(
    string? Title,
    IReadOnlyDictionary<string, string> TitlePage,
    string Format,
    IReadOnlyList<ParseMessage> Messages,
    IReadOnlyList<SceneBlock> Scenes,
    IReadOnlyList<ScriptElement> Elements,
    IReadOnlyList<CharacterSummary> Characters)
{
    /// <summary>Boneyard comments (<c>/* … */</c>), kept so the text can be written back.</summary>
    public IReadOnlyList<Boneyard> Boneyards { get; init; } = [];

    /// <summary>Source lines taken by the title page.</summary>
    public IReadOnlyList<SourceRange> TitlePageLines { get; init; } = [];

    /// <summary>Every element in reading order: the elements before the first heading, then each scene's.</summary>
    public IEnumerable<ScriptElement> AllElements => Elements.Concat(Scenes.SelectMany(s => s.Elements));
}

public sealed record ParseMessage(string Text, int? Line);

public sealed record SceneBlock(
    int Number,
    string? ScriptSceneNumber,
    string Heading,
    string? Interior,
    string Location,
    string? TimeOfDay,
    IReadOnlyList<string> Characters,
    int StartLine,
    int EndLine,
    IReadOnlyList<ScriptElement> Elements);

/// <summary>One element. <paramref name="Text"/> has emphasis, notes and escapes removed;
/// <paramref name="Markup"/> is the Fountain text as written when it differs from Text (used to write Fountain back).</summary>
public sealed record ScriptElement(
    string Type,
    string Text,
    int Line,
    string? Character = null,
    bool? Dual = null,
    int? EndLine = null,
    int? Depth = null,
    string? Markup = null)
{
    public int LastLine => EndLine ?? Line;
}

public sealed record CharacterSummary(string Name, int DialogueLines, IReadOnlyList<int> Scenes);

public sealed record Boneyard(string Text, int Line, int EndLine, bool Standalone);

public readonly record struct SourceRange(int Line, int EndLine);

/// <summary>The values of <see cref="ScriptElement.Type"/>.</summary>
public static class ElementTypes
{
    public const string SceneHeading = "sceneHeading";
    public const string Action = "action";
    public const string Character = "character";
    public const string Dialogue = "dialogue";
    public const string Parenthetical = "parenthetical";
    public const string Transition = "transition";
    public const string Centered = "centered";
    public const string Lyrics = "lyrics";
    public const string Section = "section";
    public const string Synopsis = "synopsis";
    public const string Note = "note";
    public const string PageBreak = "pageBreak";

    internal static bool IsSpeech(string type) =>
        type is Character or Dialogue or Parenthetical or Lyrics;
}

/// <summary>The values of <see cref="ScreenplayDocument.Format"/>.</summary>
public static class ScreenplayFormats
{
    public const string Fountain = "fountain";
    public const string Loose = "loose";
    public const string Fdx = "fdx";
    public const string Pdf = "pdf";
}
