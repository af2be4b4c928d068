using System.Security.Cryptography;
using System.Text;
using ScriptToMovie.Analysis;

namespace ScriptToMovie.App.Steps.Parse;

/// <summary>
/// What a scene says, as a hash: its heading, action and spoken lines with whitespace and case evened out, but not
/// where it sits in the script (line numbers move when an earlier scene grows). A re-parse keeps every artifact of
/// a scene whose hash is unchanged, wherever it moved.
/// </summary>
public static class SceneContent
{
    public static string Hash(SceneOutline scene)
    {
        var text = new StringBuilder(Normal(scene.Block.Heading));
        foreach (var a in scene.Action) text.Append("\n").Append(Normal(a));
        foreach (var l in scene.Lines) text.Append("\n").Append(Normal(l.Speaker)).Append('|').Append(Normal(l.Parenthetical ?? "")).Append('|').Append(Normal(l.Text)).Append(l.Dual ? "|dual" : "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Normal(string s) => string.Join(' ', s.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
