using System;
using System.Collections.Generic;

namespace NodeMqtt.FaultProxy.Faults;

/// <summary>
/// <c>latency N</c>: scenario S18 (slow). Each chunk is written N ms after it was read, in both
/// directions. Chunks are queued with their due time rather than delayed one by one, so a burst is
/// delayed by N ms once, not N ms per chunk, and order is kept because a direction writes its queue
/// strictly first in, first out.
/// </summary>
public sealed class LatencyFault : IFault
{
    /// <summary>The name this fault is registered under.</summary>
    public const string FaultName = "latency";

    /// <summary>Largest accepted delay: a minute is already far beyond any keepalive under test.</summary>
    public const int MaxDelayMs = 60_000;

    /// <summary>Creates the fault.</summary>
    public LatencyFault(int delayMs)
    {
        if (delayMs < 0 || delayMs > MaxDelayMs)
        {
            throw new ArgumentOutOfRangeException(nameof(delayMs), delayMs, $"0..{MaxDelayMs} ms");
        }

        DelayMs = delayMs;
    }

    /// <summary>Delay added to each chunk, in milliseconds.</summary>
    public int DelayMs { get; }

    /// <inheritdoc />
    public string Spec => $"{FaultName} {DelayMs}";

    /// <summary>Factory for <see cref="FaultRegistry"/>: <c>latency MS</c>.</summary>
    public static IFault FromArguments(IReadOnlyList<string> args)
    {
        FaultArguments.ExpectCount(FaultName, args, 1, 1, "latency MS");
        return new LatencyFault(FaultArguments.ParseInt(FaultName, "MS", args[0], 0, MaxDelayMs));
    }

    /// <inheritdoc />
    public AdmissionAction Admit() => AdmissionAction.Forward;

    /// <inheritdoc />
    public void Activate(IProxyConnection connection)
    {
        // Applies to the next chunk each live connection reads; nothing to do to the sockets.
    }

    /// <inheritdoc />
    public void Shape(ReadOnlyMemory<byte> chunk, FlowDirection direction, long nowMs, ICollection<TimedSegment> output)
    {
        output.Add(new TimedSegment(chunk, nowMs + DelayMs, 0));
    }
}
