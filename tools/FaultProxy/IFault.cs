using System;
using System.Collections.Generic;

namespace NodeMqtt.FaultProxy;

/// <summary>
/// One fault mode of the proxy (toxiproxy's "toxic"): how it treats a chunk of bytes travelling in a
/// direction, what it does to the live connections when it becomes active, and what it does with
/// connections accepted while it is active. Implementations are immutable and shared by every
/// connection and both directions, so they keep no per-connection state.
/// </summary>
public interface IFault
{
    /// <summary>The command that selects this fault, e.g. <c>latency 200</c>; shown by <c>status</c>.</summary>
    string Spec { get; }

    /// <summary>Decides what happens to a connection accepted while this fault is active.</summary>
    AdmissionAction Admit();

    /// <summary>Applied once to each live connection when this fault becomes the active mode.</summary>
    void Activate(IProxyConnection connection);

    /// <summary>
    /// Turns one chunk read from one side into the segments to write to the other side. Adding
    /// nothing drops the chunk. <paramref name="nowMs"/> is the proxy clock when the chunk was read.
    /// </summary>
    void Shape(ReadOnlyMemory<byte> chunk, FlowDirection direction, long nowMs, ICollection<TimedSegment> output);
}
