using System.Diagnostics.CodeAnalysis;

namespace ScriptToMovie.Screenplay;

/// <summary>Title-page entries in the order they were written; keys are looked up case-insensitively
/// because scripts write <c>Title:</c>, <c>title:</c> and <c>TITLE:</c> alike.</summary>
internal sealed class TitlePageEntries : IReadOnlyDictionary<string, string>
{
    private readonly List<KeyValuePair<string, string>> _ordered = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public static readonly TitlePageEntries Empty = new();

    /// <summary>Adds a value; a repeated key appends its value on a new line.</summary>
    public void Add(string key, string value)
    {
        if (_index.TryGetValue(key, out var i))
        {
            var old = _ordered[i].Value;
            _ordered[i] = new(_ordered[i].Key, old.Length == 0 ? value : value.Length == 0 ? old : old + "\n" + value);
            return;
        }
        _index[key] = _ordered.Count;
        _ordered.Add(new(key, value));
    }

    public string this[string key] => _ordered[_index[key]].Value;
    public IEnumerable<string> Keys => _ordered.Select(p => p.Key);
    public IEnumerable<string> Values => _ordered.Select(p => p.Value);
    public int Count => _ordered.Count;
    public bool ContainsKey(string key) => _index.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        if (_index.TryGetValue(key, out var i)) { value = _ordered[i].Value; return true; }
        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _ordered.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
