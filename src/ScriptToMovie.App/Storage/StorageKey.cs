namespace ScriptToMovie.App.Storage;

public static class StorageKey
{
    /// <summary>Null unless every segment is a plain name: no "..", no rooted paths, no backslashes.</summary>
    public static string? Normalize(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        var parts = key.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        foreach (var p in parts)
            if (p is "." or ".." || p.Contains(':') || p.Any(char.IsControl)) return null;
        return string.Join('/', parts);
    }

    public static string For(int projectId, string folder, string name) => $"{projectId}/{folder}/{name}";

    /// <summary>The URL the API hands out; served by the owner-checking media route.</summary>
    public static string Url(string key) => "/api/media/" + string.Join('/', key.Split('/').Select(Uri.EscapeDataString));
}
