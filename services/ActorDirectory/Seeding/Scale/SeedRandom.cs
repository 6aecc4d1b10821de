namespace ActorDirectory.Seeding.Scale;

/// <summary>
/// SplitMix64: a small generator whose sequence is fixed by its seed forever (unlike
/// <see cref="Random"/>, whose algorithm is an implementation detail). One stream per generated
/// association, so association n is the same whatever the number asked for.
/// </summary>
internal sealed class SeedRandom(ulong seed, long stream)
{
    private ulong _state = seed ^ ((ulong)stream * 0x9E3779B97F4A7C15UL);

    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public long NextInt64(long maxExclusive) => (long)(NextUInt64() % (ulong)maxExclusive);

    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
