using System.Text;

namespace ScriptToMovie.Media.Frames;

/// <summary>
/// FNV-1a over UTF-8. string.GetHashCode is randomised per process, which would give a
/// character a different look on every run.
/// </summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
