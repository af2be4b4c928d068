namespace ScriptToMovie.Screenplay.Tests.Support;

/// <summary>Our document seen as the reference parser's (nyousefi/Fountain) flat element list, so that its
/// test expectations can be checked index by index: boneyards are elements there, centered text is centered
/// Action, and notes are called Comment.</summary>
public sealed record ReferenceElement(string Type, string Text, bool Centered, ScriptElement? Source, string? SceneNumber);

public static class ReferenceElementList
{
    public static List<ReferenceElement> From(ScreenplayDocument doc)
    {
        var items = new List<(int Line, ReferenceElement Element)>();
        foreach (var e in doc.Elements) items.Add((e.Line, Map(e, null)));
        foreach (var scene in doc.Scenes)
            for (int i = 0; i < scene.Elements.Count; i++)
                items.Add((scene.Elements[i].Line, Map(scene.Elements[i], i == 0 ? scene.ScriptSceneNumber : null)));
        foreach (var b in doc.Boneyards)
            items.Add((b.Line, new ReferenceElement("Boneyard", b.Text, false, null, null)));
        return items.OrderBy(i => i.Line).Select(i => i.Element).ToList();
    }

    private static ReferenceElement Map(ScriptElement e, string? sceneNumber) => e.Type switch
    {
        ElementTypes.SceneHeading => new("Scene Heading", e.Text, false, e, sceneNumber),
        ElementTypes.Action => new("Action", e.Text, false, e, null),
        ElementTypes.Centered => new("Action", e.Text, true, e, null),
        ElementTypes.Character => new("Character", e.Text, false, e, null),
        ElementTypes.Dialogue => new("Dialogue", e.Text, false, e, null),
        ElementTypes.Parenthetical => new("Parenthetical", e.Text, false, e, null),
        ElementTypes.Transition => new("Transition", e.Text, false, e, null),
        ElementTypes.Lyrics => new("Lyrics", e.Text, false, e, null),
        ElementTypes.Section => new("Section Heading", e.Text, false, e, null),
        ElementTypes.Synopsis => new("Synopsis", e.Text, false, e, null),
        ElementTypes.Note => new("Comment", e.Text, false, e, null),
        ElementTypes.PageBreak => new("Page Break", e.Text, false, e, null),
        _ => throw new InvalidOperationException("Unknown element type " + e.Type),
    };
}
