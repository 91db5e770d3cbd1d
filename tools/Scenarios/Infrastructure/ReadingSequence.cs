using System.Collections.Generic;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>
/// Judges a stream of readings (meter time in whole seconds, in arrival order) the way QoS 1 promises them:
/// at least once. A reading counts once, at its first arrival; later copies are duplicates (expected after a
/// session dies with messages in flight), and order is judged on first arrivals only.
/// </summary>
public sealed class ReadingSequence
{
    public ReadingSequence(IReadOnlyList<long> arrivals)
    {
        var seen = new HashSet<long>();
        var first = new List<long>();
        foreach (long s in arrivals)
        {
            if (seen.Add(s)) first.Add(s);
            else Duplicates++;
        }

        FirstArrivals = first;
        Received = arrivals.Count;
        Distinct = first.Count;
        if (first.Count > 0)
        {
            long lo = long.MaxValue, hi = long.MinValue;
            foreach (long s in first) { lo = System.Math.Min(lo, s); hi = System.Math.Max(hi, s); }
            Expected = hi - lo + 1;
        }

        for (int i = 1; i < first.Count; i++)
        {
            if (first[i] < first[i - 1]) OutOfOrder++;
        }
    }

    public IReadOnlyList<long> FirstArrivals { get; }

    public int Received { get; }

    public int Distinct { get; }

    /// <summary>Seconds between the first and the last reading seen, inclusive: one reading each at 1 Hz.</summary>
    public long Expected { get; }

    public long Lost => Expected - Distinct;

    public int Duplicates { get; }

    /// <summary>First arrivals that came after a later reading.</summary>
    public int OutOfOrder { get; }
}
