namespace NodeMqtt.MeterSim.Model;

/// <summary>One closed month of e-MUCS maximum demand (an entry of 0-0:98.1.0).</summary>
public readonly struct DemandRecord
{
    /// <summary>Creates a record.</summary>
    public DemandRecord(long closedUtcMs, long peakUtcMs, double peakW)
    {
        ClosedUtcMs = closedUtcMs;
        PeakUtcMs = peakUtcMs;
        PeakW = peakW;
    }

    /// <summary>When the month closed: local midnight on the 1st of the next month (UTC ms).</summary>
    public long ClosedUtcMs { get; }

    /// <summary>End of the quarter hour with the highest average (UTC ms).</summary>
    public long PeakUtcMs { get; }

    /// <summary>That quarter hour's average (W).</summary>
    public double PeakW { get; }
}
