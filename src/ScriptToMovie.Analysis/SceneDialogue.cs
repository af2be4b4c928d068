using ScriptToMovie.Screenplay;

namespace ScriptToMovie.Analysis;

/// <summary>One spoken line as the script writes it: who, what, how (the parenthetical before it), and where.</summary>
/// <param name="Dual">The second speaker of a dual-dialogue pair: heard at the same time as the line before.</param>
/// <param name="SourceLine">The line of the screenplay text the speech starts on (1-based).</param>
public sealed record ScriptLine(string Speaker, string Text, string? Parenthetical, bool Dual, int SourceLine);

/// <summary>A scene's spoken lines, read from the screenplay itself so parentheticals, dual dialogue and source lines survive.</summary>
public static class SceneDialogue
{
    public static IReadOnlyList<ScriptLine> Lines(SceneBlock block)
    {
        var lines = new List<ScriptLine>();
        string? speaker = null;
        string? parenthetical = null;
        bool firstOfPairOpen = false, secondOfPair = false, firstLineOfBlock = false;

        foreach (var element in block.Elements)
        {
            switch (element.Type)
            {
                case ElementTypes.Character:
                    speaker = element.Character ?? element.Text;
                    parenthetical = null;
                    firstLineOfBlock = true;
                    // Both halves of a dual pair are flagged; the second is the one that overlaps.
                    if (element.Dual == true)
                    {
                        secondOfPair = firstOfPairOpen;
                        firstOfPairOpen = !firstOfPairOpen;
                    }
                    else
                    {
                        secondOfPair = firstOfPairOpen = false;
                    }
                    break;
                case ElementTypes.Parenthetical:
                    parenthetical = element.Text;
                    break;
                case ElementTypes.Dialogue or ElementTypes.Lyrics:
                    var text = string.Join(' ', element.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    var who = element.Character ?? speaker;
                    if (who is null || text.Length == 0) break;
                    lines.Add(new ScriptLine(who, text, parenthetical, secondOfPair && firstLineOfBlock, element.Line));
                    firstLineOfBlock = false;
                    parenthetical = null;
                    break;
            }
        }
        return lines;
    }
}
