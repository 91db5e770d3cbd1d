namespace NodeMqtt.MeterSim.Model;

/// <summary>
/// SplitMix64: small, fast and, unlike <see cref="System.Random"/>, defined by this file, so a seed
/// replays the same telegrams on every .NET version (a failing test prints its seed; the seed must stay
/// meaningful).
/// </summary>
public sealed class SimRandom
{
    private ulong _state;

    /// <summary>Starts the sequence at <paramref name="seed"/>.</summary>
    public SimRandom(ulong seed)
    {
        _state = seed;
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble()
    {
        return (NextUInt64() >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>Uniform in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        return maxExclusive <= 0 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive)
    {
        return min + Next(maxExclusive - min);
    }

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Range(double min, double max)
    {
        return min + (max - min) * NextDouble();
    }

    /// <summary>Standard normal (Box-Muller).</summary>
    public double Gaussian()
    {
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return System.Math.Sqrt(-2.0 * System.Math.Log(u1)) * System.Math.Cos(2.0 * System.Math.PI * u2);
    }
}
