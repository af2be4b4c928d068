namespace ScriptToMovie.Media.Frames;

/// <summary>
/// SplitMix64. System.Random's seeded sequence is an implementation detail of the runtime;
/// frames must stay byte-identical across runtime upgrades.
/// </summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public float NextFloat() => (NextULong() >> 40) / (float)(1UL << 24);

    public float Range(float min, float max) => min + (max - min) * NextFloat();

    public int Next(int maxExclusive) => (int)(NextULong() % (ulong)maxExclusive);

    public bool Chance(float probability) => NextFloat() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
