namespace ScriptToMovie.Screenplay;

/// <summary>An element while a reader is still working on it (dual dialogue is marked after the fact).
/// Lines are 1-based.</summary>
internal sealed class ElementDraft(string type, string text, int line, int endLine)
{
    public string Type = type;
    public string Text = text;
    public string? Markup;
    public int Line = line;
    public int EndLine = endLine;
    public string? Character;
    public bool? Dual;
    public int? Depth;
    /// <summary>For scene headings: the script's own scene number (<c>#1A#</c>).</summary>
    public string? SceneNumber;

    public ScriptElement ToElement() =>
        new(Type, Text, Line, Character, Dual, EndLine, Depth, Markup == null || ReferenceEquals(Markup, Text) || Markup == Text ? null : Markup);
}

/// <summary>What a reader produced, before it is grouped into scenes.</summary>
internal sealed class ReadResult
{
    public TitlePageEntries TitlePage = new();
    public List<SourceRange> TitlePageLines = [];
    public List<ElementDraft> Elements = [];
    public List<ParseMessage> Messages = [];
    public List<Boneyard> Boneyards = [];
}
