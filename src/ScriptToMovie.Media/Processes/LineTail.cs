namespace ScriptToMovie.Media.Processes;

/// <summary>Keeps only the last lines of a stream so a chatty process cannot fill memory.</summary>
internal sealed class LineTail(int capacity)
{
    private readonly Queue<string> _lines = new(capacity);
    private readonly object _gate = new();

    public void Add(string line)
    {
        lock (_gate)
        {
            if (_lines.Count == capacity) _lines.Dequeue();
            _lines.Enqueue(line);
        }
    }

    public override string ToString()
    {
        lock (_gate) return string.Join('\n', _lines);
    }
}
