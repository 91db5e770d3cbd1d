using System;

namespace NodeMqtt.FaultProxy;

/// <summary>
/// A piece of bytes a fault wants written to the far side: not before <see cref="DueMs"/> (on the
/// proxy's monotonic clock) and not sooner than <see cref="GapBeforeMs"/> after the previous write.
/// Segments of one direction are always written in the order they were produced.
/// </summary>
public readonly struct TimedSegment
{
    /// <summary>Creates a segment.</summary>
    public TimedSegment(ReadOnlyMemory<byte> bytes, long dueMs, int gapBeforeMs)
    {
        Bytes = bytes;
        DueMs = dueMs;
        GapBeforeMs = gapBeforeMs;
    }

    /// <summary>The bytes to write.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Earliest time to write, in milliseconds of the proxy clock.</summary>
    public long DueMs { get; }

    /// <summary>Pause before writing this segment, in milliseconds; 0 for none.</summary>
    public int GapBeforeMs { get; }
}
